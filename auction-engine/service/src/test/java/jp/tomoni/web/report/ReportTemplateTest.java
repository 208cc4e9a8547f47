package jp.tomoni.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The rules the report's Mustache template is rendered by ({@link ReportTemplate}): every value is escaped
 * and shown as text, never read as markup or as a template place; a label, value or section the view does
 * not have fails loudly; labels are reached along their keys' dots.
 */
class ReportTemplateTest {

    private static final Mustache.Compiler REPORT = ReportTemplate.rules(ReportTemplate.bootDefaults());
    private static final Map<String, Object> EN = ReportDictionary.of(ReportLanguage.EN).labels();

    private static String render(String template, Map<String, Object> view) {
        return REPORT.compile(template).execute(view);
    }

    private static Map<String, Object> view(Object... pairs) {
        Map<String, Object> view = new HashMap<>();
        view.put("t", EN);
        for (int i = 0; i < pairs.length; i += 2) {
            view.put((String) pairs[i], pairs[i + 1]);
        }
        return view;
    }

    @Test
    void aValueIsEscapedAndNeverReadAsMarkupOrAsAPlace() {
        String name = "<script>alert('x')</script> {{t.document.title}} & \"Co\" {{{x}}}";
        assertThat(render("<h1>{{t.document.title}}</h1><p title=\"{{name}}\">{{name}}</p>", view("name", name)))
                .isEqualTo("<h1>Award report</h1><p title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; "
                        + "{{t.document.title}} &amp; &quot;Co&quot; {{{x}}}\">&lt;script&gt;alert(&#39;x&#39;)"
                        + "&lt;/script&gt; {{t.document.title}} &amp; &quot;Co&quot; {{{x}}}</p>");
    }

    @Test
    void linksAndLabelsKeepTheirEqualsSignsAndBackquotes() {
        assertThat(render("<a href=\"{{href}}\">{{text}}</a>", view("href", "/r.html?lang=en&download=true",
                "text", "a = b `c`"))).isEqualTo("<a href=\"/r.html?lang=en&amp;download=true\">a = b `c`</a>");
    }

    @Test
    void aMissingLabelValueOrSectionFailsLoudly() {
        assertThatThrownBy(() -> render("{{t.section.noSuchLabel}}", view())).isInstanceOf(MustacheException.class)
                .hasMessageContaining("t.section.noSuchLabel");
        assertThatThrownBy(() -> render("{{t.noSuchGroup.label}}", view())).isInstanceOf(MustacheException.class)
                .hasMessageContaining("t.noSuchGroup.label");
        assertThatThrownBy(() -> render("{{headline}}", view())).isInstanceOf(MustacheException.class)
                .hasMessageContaining("headline");
        assertThatThrownBy(() -> render("{{headline}}", view("headline", null))).isInstanceOf(MustacheException.class);
        assertThatThrownBy(() -> render("{{#rows}}x{{/rows}}", view())).isInstanceOf(MustacheException.class)
                .hasMessageContaining("rows");
    }

    @Test
    void labelsAreReachedAlongTheirKeysDots() {
        ReportDictionary ja = ReportDictionary.of(ReportLanguage.JA);
        assertThat(REPORT.compile("{{t.section.summary}}|{{t.fiscalYear}}|{{t.col.planFactor}}")
                .execute(Map.of("t", ja.labels())))
                .isEqualTo(ja.text("section.summary") + "|" + ja.text("fiscalYear") + "|"
                        + ja.text("col.planFactor"));
        assertThatThrownBy(() -> EN.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aKeyThatBeginsAnotherIsRefused() {
        Properties labels = new Properties();
        labels.setProperty("a.b", "leaf");
        labels.setProperty("a.b.c", "below the leaf");
        assertThatThrownBy(() -> ReportDictionary.tree(ReportLanguage.EN, labels))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("a.b");
    }

    @Test
    void aTableCellHoldingMarkupOrAPlaceIsShownAsText() {
        ReportTable table = new ReportTable.Builder(ReportDictionary.of(ReportLanguage.EN), "<b>caption</b>",
                "@col.facilityId", "col.facilityName", "#col.kwh")
                .row("F-1", "<script>x</script> {{t.document.title}}", "1,000").total("", "", "2,000").build();
        String html = render("{{#table}}{{> report/table}}{{/table}}", view("table", table));
        assertThat(html).isEqualTo("<table><caption>&lt;b&gt;caption&lt;/b&gt;</caption><thead><tr>"
                + "<th scope=\"col\">Facility ID</th><th scope=\"col\">Facility</th>"
                + "<th class=\"num\" scope=\"col\">Annual kWh</th></tr></thead><tbody>\n"
                + "<tr><td><code>F-1</code></td><td>&lt;script&gt;x&lt;/script&gt; {{t.document.title}}</td>"
                + "<td class=\"num\">1,000</td></tr>\n"
                + "<tr class=\"total\"><td><code></code></td><td></td><td class=\"num\">2,000</td></tr>\n"
                + "</tbody></table>\n");
        assertThatThrownBy(() -> new ReportTable.Builder(ReportDictionary.of(ReportLanguage.EN), "", "col.kind")
                .row("a", "b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBranchesTheFixtureDoesNotReach() {
        ReportDictionary en = ReportDictionary.of(ReportLanguage.EN);
        String noBids = render("{{> report/price-path}}",
                view("pricePath", new SummarySection.PricePath("note", List.of())));
        assertThat(noBids).contains("<p class=\"note\">note</p>").contains("<p>No bid was accepted.</p>")
                .doesNotContain("<table>");
        ReportTable empty = new ReportTable.Builder(en, "", "col.kind").build();
        ReportTable left = new ReportTable.Builder(en, "", "@col.facilityId").row("F-<9>").build();
        String partial = render("{{> report/winners}}", view("winners",
                new FigureSections.Winners(empty, empty, List.of(), List.of(left))));
        assertThat(partial).contains("<h3>Facilities left without supply (partial award)</h3>\n    <table>")
                .contains("<td><code>F-&lt;9&gt;</code></td>");
    }

    @Test
    void partialsAreFoundWhereBootLooksForTemplates() {
        assertThat(REPORT.compile("{{> report/table}}").execute(new ReportTable("", List.of(), List.of())))
                .isEqualTo("<table><thead><tr></tr></thead><tbody>\n</tbody></table>\n");
        assertThatThrownBy(() -> REPORT.compile("{{> report/no-such-partial}}").execute(Map.of()))
                .isInstanceOf(MustacheException.class);
    }
}
