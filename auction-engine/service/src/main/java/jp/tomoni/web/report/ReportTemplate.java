package jp.tomoni.web.report;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import org.springframework.boot.mustache.autoconfigure.MustacheProperties;
import org.springframework.boot.mustache.autoconfigure.MustacheResourceTemplateLoader;

/**
 * The award report's Mustache template ({@code templates/report/award-report.mustache} and its partials) and
 * the rules it is rendered by.
 *
 * <ul>
 *   <li>Every {@code {{name}}} is escaped: {@code & < > " '} become character references, the same five the
 *       report has always escaped. Every attribute of the templates is double-quoted, so these are enough for
 *       a text to be shown as it is and never read as markup; {@code =} and {@code `} are kept as they are,
 *       so links and labels keep their bytes.</li>
 *   <li>A variable or section the view does not have, or a {@code null} value, fails the rendering
 *       ({@code MustacheException}); nothing is ever printed empty by mistake.</li>
 *   <li>Only trusted text is written unescaped with {@code {{{name}}}}: the inline Chart.js and chart script,
 *       whose SHA-256 the page's policy names, and the JSON islands, made safe by {@link #jsonIsland}.</li>
 * </ul>
 */
final class ReportTemplate {

    /** The template's name for the Mustache loader. */
    static final String NAME = "report/award-report";

    /** The five characters escaped in every {@code {{name}}}. */
    static final Mustache.Escaper ESCAPER = Escapers.simple(new String[][] {
            {"&", "&amp;"}, {"'", "&#39;"}, {"\"", "&quot;"}, {"<", "&lt;"}, {">", "&gt;"}});

    private ReportTemplate() {
    }

    /**
     * The report's template compiled with Boot's compiler (its loader finds {@code templates/*.mustache} on
     * the classpath) and the report's rules above.
     *
     * @throws com.samskivert.mustache.MustacheException when the template or a partial is missing or malformed
     */
    static Template compile(Mustache.Compiler boot) {
        return rules(boot).loadTemplate(NAME);
    }

    /** {@code boot} with the report's rules: the report's escaping, and a missing section fails. */
    static Mustache.Compiler rules(Mustache.Compiler boot) {
        return boot.withEscaper(ESCAPER).strictSections(true);
    }

    /**
     * The compiler Spring Boot's Mustache auto-configuration makes with its default settings (templates from
     * {@code classpath:/templates/}, suffix {@code .mustache}, UTF-8), built without a Spring context.
     */
    static Mustache.Compiler bootDefaults() {
        return Mustache.compiler().withLoader(new MustacheResourceTemplateLoader(MustacheProperties.DEFAULT_PREFIX,
                MustacheProperties.DEFAULT_SUFFIX));
    }

    /**
     * JSON text made safe to stand inside a {@code <script type="application/json">} element: {@code < > &}
     * and the line separators U+2028 and U+2029 become {@code \\uXXXX} escapes. In JSON these characters can
     * only occur inside strings, where the escape means the same character, so {@code JSON.parse} of the
     * element's text gives back the same value, and no {@code </script>} can end the element early.
     */
    static String jsonIsland(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
