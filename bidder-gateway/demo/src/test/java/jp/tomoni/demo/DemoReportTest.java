package jp.tomoni.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The demo's note on the clearing price says why it is, or is not, a round's price. */
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
