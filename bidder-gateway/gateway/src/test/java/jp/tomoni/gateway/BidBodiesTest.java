package jp.tomoni.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import jp.tomoni.core.unit.Price;
import org.junit.jupiter.api.Test;

/** Bid bodies bound strictly: every wrong shape is a 400 naming its field, every price exact. */
class BidBodiesTest {

    private static Bid parse(String body, String format) {
        return BidBodies.read(BidBodies.object(body.getBytes(StandardCharsets.UTF_8)), format);
    }

    private static void refused(String body, String format, String code, String field) {
        assertThatThrownBy(() -> parse(body, format)).as(body).isInstanceOfSatisfying(GatewayException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    @Test
    void readsClockAndReverseBids() {
        assertThat(parse("{\"round\":1,\"quantity\":0}", BidBodies.CLOCK)).isEqualTo(new Bid.Clock(1, 0, null));
        assertThat(parse("{\"round\":2,\"quantity\":3,\"exitPrice\":null}", BidBodies.CLOCK))
                .isEqualTo(new Bid.Clock(2, 3, null));
        assertThat(parse("{\"round\":2,\"quantity\":3,\"exitPrice\":\"0\"}", BidBodies.CLOCK))
                .isEqualTo(new Bid.Clock(2, 3, Price.ofHundredths(0)));
        assertThat(parse("{\"price\":\"27.3\"}", BidBodies.OPEN_REVERSE)).isEqualTo(new Bid.Reverse(Price.ofHundredths(2730)));
    }

    @Test
    void refusesEveryWrongShape() {
        refused("{\"round\":1}", BidBodies.CLOCK, "INVALID_QUANTITY", "quantity");
        refused("{\"quantity\":1}", BidBodies.CLOCK, "INVALID_ROUND", "round");
        refused("{\"round\":\"1\",\"quantity\":1}", BidBodies.CLOCK, "INVALID_ROUND", "round");
        refused("{\"round\":true,\"quantity\":1}", BidBodies.CLOCK, "INVALID_ROUND", "round");
        refused("{\"round\":1,\"quantity\":-1}", BidBodies.CLOCK, "INVALID_QUANTITY", "quantity");
        refused("{\"round\":1,\"quantity\":1e1}", BidBodies.CLOCK, "INVALID_QUANTITY", "quantity");
        refused("{\"round\":1,\"quantity\":2.0}", BidBodies.CLOCK, "INVALID_QUANTITY", "quantity");
        refused("{\"round\":1,\"quantity\":99999999999}", BidBodies.CLOCK, "INVALID_QUANTITY", "quantity");
        refused("{\"round\":1,\"quantity\":[1]}", BidBodies.CLOCK, "INVALID_QUANTITY", "quantity");
        refused("{\"round\":2,\"quantity\":1,\"exitPrice\":24.3}", BidBodies.CLOCK, "INVALID_PRICE", "exitPrice");
        refused("{\"round\":2,\"quantity\":1,\"exitPrice\":{}}", BidBodies.CLOCK, "INVALID_PRICE", "exitPrice");
        refused("{}", BidBodies.OPEN_REVERSE, "INVALID_PRICE", "price");
        refused("{\"price\":null}", BidBodies.OPEN_REVERSE, "INVALID_PRICE", "price");
        refused("{\"price\":\"0.00\"}", BidBodies.OPEN_REVERSE, "INVALID_PRICE", "price");
        refused("{\"price\":\"1\",\"round\":1}", BidBodies.OPEN_REVERSE, "UNKNOWN_FIELD", "round");
        refused("{\"price\":\"1\"} {}", BidBodies.OPEN_REVERSE, "MALFORMED_JSON", null);
        refused("{\"price\":\"1\",\"price\":\"2\"}", BidBodies.OPEN_REVERSE, "MALFORMED_JSON", null);
        refused("", BidBodies.OPEN_REVERSE, "MALFORMED_JSON", null);
        refused("\"24.00\"", BidBodies.OPEN_REVERSE, "MALFORMED_JSON", null);
        refused("[1,2]", BidBodies.CLOCK, "MALFORMED_JSON", null);
    }

    @Test
    void onlyUtf8WithoutAByteOrderMarkIsRead() {
        String bid = "{\"price\":\"27.30\"}";
        byte[][] others = {
                bid.getBytes(StandardCharsets.UTF_16BE), bid.getBytes(StandardCharsets.UTF_16LE),
                bid.getBytes(StandardCharsets.UTF_16), bid.getBytes(java.nio.charset.Charset.forName("UTF-32")),
                ("\uFEFF" + bid).getBytes(StandardCharsets.UTF_8),
                {'{', '"', 'p', 'r', 'i', 'c', 'e', '"', ':', '"', (byte) 0xC3, '"', '}'},
                {'{', '"', 'p', 'r', 'i', 'c', 'e', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'},
                {'{', 0, '}'}};
        for (byte[] body : others) {
            assertThatThrownBy(() -> BidBodies.object(body)).isInstanceOfSatisfying(GatewayException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.code()).isEqualTo("MALFORMED_JSON");
            });
        }
        assertThat(BidBodies.read(BidBodies.object(bid.getBytes(StandardCharsets.UTF_8)), BidBodies.OPEN_REVERSE))
                .isEqualTo(new Bid.Reverse(Price.ofHundredths(2730)));
    }

    @Test
    void pricesAreReadByTheRulesOwnParser() {
        for (String bad : new String[] {"24.375", "-1", "+1", "1e2", "24.", ".5", " 24", "24 ", "", "２４",
                "1234567890123456"}) {
            refused("{\"price\":\"" + bad + "\"}", BidBodies.OPEN_REVERSE, "INVALID_PRICE", "price");
        }
        assertThat(parse("{\"price\":\"24\"}", BidBodies.OPEN_REVERSE)).isEqualTo(new Bid.Reverse(Price.ofHundredths(2400)));
    }

    @Test
    void theCanonicalFormNamesFormatValuesAndAuction() {
        assertThat(new Bid.Clock(2, 3, Price.ofHundredths(2430)).canonical("A")).isEqualTo("clock|2|3|24.30|A");
        assertThat(new Bid.Clock(1, 3, null).canonical("A")).isEqualTo("clock|1|3||A");
        assertThat(new Bid.Reverse(Price.ofHundredths(2437)).canonical("A")).isEqualTo("reverse|24.37|A");
        assertThat(new Bid.Reverse(Price.ofHundredths(2437)).requestHash("A"))
                .isNotEqualTo(new Bid.Reverse(Price.ofHundredths(2437)).requestHash("B"));
    }
}
