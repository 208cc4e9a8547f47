package jp.tomoni.load.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the statistics table of a real Gatling 3.15.1 report. */
class GatlingReportTest {

    static String sample() throws IOException {
        try (InputStream in = GatlingReportTest.class.getResourceAsStream("/samples/gatling-index.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsEveryRequestNameWithItsCountsAndPercentiles() throws IOException {
        Map<String, GatlingReport.RequestStats> rows = GatlingReport.parse(sample());
        assertThat(rows.keySet()).containsExactly(GatlingReport.ALL, "event stream", "bid (steady)",
                "bid above the load cap (deliberate)", "bid (burst)", "close event stream", "auction ended");
        assertThat(rows.get(GatlingReport.ALL)).isEqualTo(new GatlingReport.RequestStats(GatlingReport.ALL, 447, 447,
                0, 8.28, 0L, 913L, 1565L, 2432L, 3098L, 3282L, 1037L));
        GatlingReport.RequestStats burst = rows.get("bid (burst)");
        assertThat(burst.total()).isEqualTo(185);
        assertThat(burst.p50Ms()).isEqualTo(1245);
        assertThat(burst.p99Ms()).isEqualTo(3145);
        assertThat(rows.get("bid (steady)").p75Ms()).isEqualTo(1100);
    }

    @Test
    void aDashIsNoValueAndThousandsSeparatorsAreRead() throws IOException {
        String html = sample().replace("<td class=\"value total col-8\">913</td>", "<td class=\"value total col-8\">-</td>")
                .replace("<td class=\"value total col-2\">447</td>", "<td class=\"value total col-2\">1,447</td>");
        GatlingReport.RequestStats all = GatlingReport.parse(html).get(GatlingReport.ALL);
        assertThat(all.p50Ms()).isNull();
        assertThat(all.total()).isEqualTo(1447);
    }

    @Test
    void aReportWithoutTheExpectedColumnsIsRefused() throws IOException {
        String html = sample().replace("<span>99th pct</span>", "<span>99.9th pct</span>");
        assertThatThrownBy(() -> GatlingReport.parse(html)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("99th pct");
        assertThatThrownBy(() -> GatlingReport.parse("<html></html>")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void halfTheRateOfSuccessfulRequestsOverTheMeasuredSeconds() throws IOException {
        Map<String, GatlingReport.RequestStats> rows = GatlingReport.parse(sample());
        assertThat(BenchTool.halfRate(rows, "bid (burst)", 10)).isEqualTo(9); // 185 / 10 / 2 = 9.25
        assertThat(BenchTool.halfRate(rows, "bid above the load cap (deliberate)", 30)).isEqualTo(1);
        assertThatThrownBy(() -> BenchTool.halfRate(rows, "bid", 10)).hasMessageContaining("\"bid\"");
    }
}
