package jp.tomoni.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.mustache.autoconfigure.MustacheProperties;
import org.springframework.boot.mustache.autoconfigure.MustacheResourceTemplateLoader;

/**
 * The console's pages rendered from their templates as the engine renders them (with the compiler Spring
 * Boot's Mustache auto-configuration makes): each has the shared head and, once signed in, the top bar; no
 * page has an inline script, an inline style or an event-handler attribute, which the console's policy would
 * refuse; a missing template fails.
 */
class ConsolePagesTest {

    private static final Mustache.Compiler BOOT = Mustache.compiler().withLoader(
            new MustacheResourceTemplateLoader(MustacheProperties.DEFAULT_PREFIX, MustacheProperties.DEFAULT_SUFFIX));
    private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL);

    private static String page(String path) {
        return ConsolePages.render(BOOT, ConsolePages.PAGES.stream().filter(p -> p.path().equals(path))
                .findFirst().orElseThrow());
    }

    @Test
    void everyPageHasTheSharedHead() {
        for (ConsolePages.Page page : ConsolePages.PAGES) {
            String html = ConsolePages.render(BOOT, page);
            assertThat(html).as(page.path()).startsWith("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n")
                    .contains("  <meta charset=\"utf-8\">\n")
                    .contains("  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .contains("  <title data-i18n-doc=\"" + page.titleKey() + "\">Tomoni</title>\n")
                    .contains("  <link rel=\"icon\" href=\"/console/img/favicon.svg\" type=\"image/svg+xml\">\n")
                    .contains("  <link rel=\"stylesheet\" href=\"/console/css/console.css\">\n")
                    .contains("  <script type=\"module\" src=\"/console/js/" + page.script() + "\"></script>\n"
                            + "</head>\n<body")
                    .endsWith("</body>\n</html>\n").doesNotContain("{{").doesNotContain("}}");
        }
    }

    @Test
    void theTopBarIsOnEveryPageButTheLoginPage() {
        for (ConsolePages.Page page : ConsolePages.PAGES) {
            String html = ConsolePages.render(BOOT, page);
            if (page.path().equals("/console/login")) {
                assertThat(html).contains("<body class=\"login-page\">").doesNotContain("id=\"topbar\"");
            } else {
                assertThat(html).as(page.path()).contains("<body>\n  <header id=\"topbar\"></header>\n  <main>");
            }
        }
    }

    @Test
    void noPageHasAnInlineScriptStyleOrHandler() {
        for (ConsolePages.Page page : ConsolePages.PAGES) {
            String html = ConsolePages.render(BOOT, page);
            List<String> sources = new ArrayList<>();
            Matcher m = SCRIPT.matcher(html);
            while (m.find()) {
                assertThat(m.group(2)).as(page.path() + ": an inline script").isEmpty();
                assertThat(m.group(1)).as(page.path()).contains(" src=\"/");
                sources.add(m.group(1));
            }
            assertThat(sources).as(page.path()).hasSize(page.charts() ? 2 : 1);
            assertThat(html).as(page.path()).doesNotContain("<style").doesNotContain(" style=")
                    .doesNotContainPattern("(?i)\\son[a-z]+\\s*=").doesNotContain("javascript:");
        }
    }

    @Test
    void theLiveViewLoadsChartJsBeforeItsScript() {
        String live = page("/console/auctions/{id}");
        assertThat(live.indexOf("<script src=\"/webjars/chart.js/4.5.1/dist/chart.umd.min.js\"></script>"))
                .isPositive().isLessThan(live.indexOf("/console/js/live-page.js"));
        assertThat(page("/console/")).doesNotContain("chart.js");
    }

    @Test
    void theRoutesKeepTheirAddressesAndTheFormComesBeforeTheLiveView() {
        assertThat(ConsolePages.PAGES).extracting(ConsolePages.Page::path).containsExactly("/console/",
                "/console/login", "/console/facilities", "/console/lots", "/console/auctions/new",
                "/console/auctions/{id}");
    }

    @Test
    void aMissingTemplateFails() {
        assertThatThrownBy(() -> ConsolePages.render(BOOT,
                new ConsolePages.Page("/console/x", "console/no-such-page", "x", "x.js", false)))
                .isInstanceOf(MustacheException.class);
    }
}
