package jp.tomoni.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The demo's note on the clearing price, and the check that the offline pages link only to files it wrote. */
class DemoReportTest {

    private static JsonNode rounds(String... prices) {
        StringBuilder json = new StringBuilder("{\"rounds\": [");
        for (int i = 0; i < prices.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"round\": ").append(i + 1).append(", \"price\": \"")
                    .append(prices[i]).append("\"}");
        }
        return DemoHttp.JSON.readTree(json.append("]}").toString());
    }

    @Test
    void theOfflinePageMayLinkOnlyToFilesBesideIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("A-1-wards.csv"), "x");
        String html = "<a href=\"A-1-wards.csv\">w</a> <a href=\"A-1-winners.csv\">v</a>"
                + " <a href=\"https://example.org/x\">e</a> <a href=\"#top\">t</a> <a href=\"/api/v1/x\">a</a>";

        assertThat(DemoReport.missingLinks(html, dir)).containsExactly("A-1-winners.csv");
    }

    @Test
    void aClearingPriceBetweenTwoRoundsIsAnExitPrice() {
        assertThat(DemoReport.clearingNote(rounds("30.00", "28.50", "27.08"), "27.60"))
                .startsWith("(Not a round's price").contains("lowest exit price first");
    }

    @Test
    void aClearingPriceEqualToTheLastRoundsPriceSaysSo() {
        assertThat(DemoReport.clearingNote(rounds("30.00", "28.50"), "28.50"))
                .isEqualTo("(The last round's price: supply met the tranches in round 2.)");
    }
}
