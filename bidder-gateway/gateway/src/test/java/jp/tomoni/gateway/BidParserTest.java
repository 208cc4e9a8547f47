package jp.tomoni.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BidParserTest {

    private static Bid parse(String body, String format) {
        return BidParser.bid(BidParser.object(body.getBytes(StandardCharsets.UTF_8)), format);
    }

    private static void refused(String body, String format, String code, String field) {
        assertThatThrownBy(() -> parse(body, format)).isInstanceOfSatisfying(GatewayException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.status()).isEqualTo(400);
        });
    }

    @Test
    void readsPricesAsWholeHundredths() {
        assertThat(Prices.parse("24.37")).isEqualTo(2437);
        assertThat(Prices.parse("24.3")).isEqualTo(2430);
        assertThat(Prices.parse("24")).isEqualTo(2400);
        assertThat(Prices.parse("0.05")).isEqualTo(5);
        assertThat(Prices.format(2430)).isEqualTo("24.30");
        assertThat(Prices.format(5)).isEqualTo("0.05");
        for (String bad : new String[] {"24.375", "-1", "+1", "1e2", "24.", ".5", " 24", "24 ", "", "２４", "1234567890123456"}) {
            assertThatThrownBy(() -> Prices.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void readsClockAndReverseBids() {
        assertThat(parse("{\"round\":1,\"quantity\":0}", BidParser.CLOCK)).isEqualTo(new Bid.Clock(1, 0, null));
        assertThat(parse("{\"round\":2,\"quantity\":3,\"exitPrice\":null}", BidParser.CLOCK))
                .isEqualTo(new Bid.Clock(2, 3, null));
        assertThat(parse("{\"round\":2,\"quantity\":3,\"exitPrice\":\"0\"}", BidParser.CLOCK))
                .isEqualTo(new Bid.Clock(2, 3, 0L));
        assertThat(parse("{\"price\":\"27.30\"}", BidParser.OPEN_REVERSE)).isEqualTo(new Bid.Reverse(2730));
    }

    @Test
    void refusesEveryWrongShape() {
        refused("{\"round\":1}", BidParser.CLOCK, "INVALID_QUANTITY", "quantity");
        refused("{\"quantity\":1}", BidParser.CLOCK, "INVALID_ROUND", "round");
        refused("{\"round\":\"1\",\"quantity\":1}", BidParser.CLOCK, "INVALID_ROUND", "round");
        refused("{\"round\":1,\"quantity\":-1}", BidParser.CLOCK, "INVALID_QUANTITY", "quantity");
        refused("{\"round\":1,\"quantity\":1e1}", BidParser.CLOCK, "INVALID_QUANTITY", "quantity");
        refused("{\"round\":1,\"quantity\":99999999999}", BidParser.CLOCK, "INVALID_QUANTITY", "quantity");
        refused("{\"round\":2,\"quantity\":1,\"exitPrice\":24.3}", BidParser.CLOCK, "INVALID_PRICE", "exitPrice");
        refused("{}", BidParser.OPEN_REVERSE, "INVALID_PRICE", "price");
        refused("{\"price\":null}", BidParser.OPEN_REVERSE, "INVALID_PRICE", "price");
        refused("{\"price\":\"1\",\"round\":1}", BidParser.OPEN_REVERSE, "UNKNOWN_FIELD", "round");
        refused("{\"price\":\"1\"} {}", BidParser.OPEN_REVERSE, "MALFORMED_JSON", null);
        refused("", BidParser.OPEN_REVERSE, "MALFORMED_JSON", null);
        refused("\"24.00\"", BidParser.OPEN_REVERSE, "MALFORMED_JSON", null);
    }

    @Test
    void theCanonicalFormNamesFormatValuesAndAuction() {
        assertThat(new Bid.Clock(2, 3, 2430L).canonical("A")).isEqualTo("clock|2|3|24.30|A");
        assertThat(new Bid.Clock(1, 3, null).canonical("A")).isEqualTo("clock|1|3||A");
        assertThat(new Bid.Reverse(2437).canonical("A")).isEqualTo("reverse|24.37|A");
        assertThat(new Bid.Reverse(2437).requestHash("A")).isNotEqualTo(new Bid.Reverse(2437).requestHash("B"));
    }
}
