package jp.tomoni.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import jp.tomoni.core.unit.Price;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Bid bodies generated from the bid schema, valid and hostile: a valid one is read exactly; anything else is
 * a 400 with a stable code (and the field when one is at fault), never another failure.
 */
class BidBodyProperties {

    private static final Set<String> CODES = Set.of("MALFORMED_JSON", "UNKNOWN_FIELD", "INVALID_ROUND",
            "INVALID_QUANTITY", "INVALID_PRICE");

    @Property
    void aValidClockBidIsReadExactly(@ForAll @IntRange(min = 1, max = 100_000) int round,
                                     @ForAll @IntRange(min = 0, max = 1_000_000) int quantity,
                                     @ForAll @LongRange(min = 0, max = 1_000_000) long exitHundredths) {
        String exit = Price.ofHundredths(exitHundredths).toString();
        Bid bid = read("{\"round\": " + round + ", \"quantity\": " + quantity + ", \"exitPrice\": \"" + exit + "\"}",
                BidBodies.CLOCK);
        assertThat(bid).isEqualTo(new Bid.Clock(round, quantity, Price.ofHundredths(exitHundredths)));
    }

    @Property(tries = 2_000)
    void anyOtherBodyIsA400WithACode(@ForAll("hostile") String body, @ForAll("formats") String format) {
        Throwable thrown = catchThrowable(() -> read(body, format));
        if (thrown == null) {
            return;
        }
        BodyRefusals.assertRefusedAs400(thrown, body, CODES);
    }

    @Provide
    Arbitrary<String> formats() {
        return Arbitraries.of(BidBodies.CLOCK, BidBodies.OPEN_REVERSE);
    }

    /** A bid whose fields each take a valid, a wrong-typed or a nasty value, some with a stray field or broken. */
    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.of("\"24.37\"", "\"0\"", "\"-1\"", "\"1e3\"", "\"24.375\"", "\"\"", "\"99999999999999999\"",
                        "\"２４\"", "\"24.3\\u0000\"", "null", "true", "[]", "{}", "1.5", "1e400", "-0",
                        "9".repeat(400), "\"" + "9".repeat(400) + "\"", "\"\\uD800\""),
                Arbitraries.strings().ofMaxLength(20).map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"")
                        + "\""));
        Arbitrary<String> field = Arbitraries.of("round", "quantity", "exitPrice", "price", "Round", "extra", "");
        Arbitrary<String> member = Combinators.combine(field, value).as((f, v) -> "\"" + f + "\": " + v);
        Arbitrary<String> object = member.list().ofMaxSize(5).map(m -> "{" + String.join(", ", m) + "}");
        return Arbitraries.oneOf(object, object.map(o -> o.substring(0, o.length() / 2)),
                object.map(o -> o + o), object.map(o -> "[" + o + "]"), Arbitraries.strings().ofMaxLength(30));
    }

    private static Bid read(String body, String format) {
        return BidBodies.read(BidBodies.object(body.getBytes(StandardCharsets.UTF_8)), format);
    }
}
