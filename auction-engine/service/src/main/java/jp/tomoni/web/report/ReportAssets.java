package jp.tomoni.web.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The scripts the report inlines, read once from the classpath: the chart script
 * ({@code report/award-report.js}) and Chart.js itself from its webjar ({@code org.webjars.npm:chart.js}),
 * so that the page carries everything it runs and opens offline. The
 * Chart.js bundle loses only its last line, the {@code sourceMappingURL} comment, which would make a
 * browser's developer tools fetch a map file that is not there.
 */
final class ReportAssets {

    /** The Chart.js version inlined; it must match the webjar the build depends on. */
    static final String CHART_JS_VERSION = "4.5.1";

    static final String CHART_SCRIPT = read("/report/award-report.js");
    static final String CHART_JS = withoutSourceMap(read("/META-INF/resources/webjars/chart.js/" + CHART_JS_VERSION
            + "/dist/chart.umd.min.js"));

    private ReportAssets() {
    }

    private static String withoutSourceMap(String script) {
        int map = script.lastIndexOf("//# sourceMappingURL=");
        String code = map < 0 ? script : script.substring(0, map);
        String lower = code.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("</script") || lower.contains("<!--")) {
            throw new IllegalStateException("Chart.js cannot be inlined: it contains </script or <!--");
        }
        return code;
    }

    private static String read(String resource) {
        try (InputStream in = ReportAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
