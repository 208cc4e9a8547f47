package jp.tomoni.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import jp.tomoni.contract.ApplicationChecks;
import jp.tomoni.contract.v1.ApplyRequest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Application bodies generated from the application's schema, valid and hostile: a valid one is read exactly,
 * under the caller's own retailer id; anything else is a 400 with a stable code, never another failure, and
 * whatever is read keeps every bound the engine checks again ({@link ApplicationChecks}).
 */
class ApplicationBodyProperties {

    private static final Set<String> CODES = Set.of("MALFORMED_JSON", "UNKNOWN_FIELD", "WRONG_TYPE", "REQUIRED",
            "INVALID_ID", "INVALID_REGISTRATION_NUMBER", "OUT_OF_RANGE", "INVALID_TEXT", "INVALID_FACTOR",
            "INVALID_FACTOR_KIND", "INVALID_DATE");

    @Property
    void aValidApplicationIsReadExactly(@ForAll @LongRange(min = 1, max = 1_000_000_000_000_000L) long security,
                                        @ForAll @IntRange(min = 0, max = 2_000) int factorThousandths,
                                        @ForAll @IntRange(min = 2000, max = 2100) int fiscalYear,
                                        @ForAll @IntRange(min = 0, max = 9999) int registration) {
        String factor = "%d.%03d".formatted(factorThousandths / 1000, factorThousandths % 1000);
        String number = "A%04d".formatted(registration);
        ApplyRequest read = read("""
                {"groupId": "TOKYO-23", "registrationNumber": "%s", "securityYen": %d,
                 "securityExpiresOn": "2099-03-31",
                 "plans": [{"name": "Green 100", "factor": "%s", "factorKind": "basic", "fiscalYear": %d}]}"""
                .formatted(number, security, factor, fiscalYear));
        assertThat(read.getRetailerId()).isEqualTo("R-caller");
        assertThat(read.getRegistrationNumber()).isEqualTo(number);
        assertThat(read.getSecurityYen()).isEqualTo(security);
        assertThat(read.getPlans(0).getFactor()).isEqualTo(factor);
        assertThat(read.getPlans(0).getFiscalYear()).isEqualTo(fiscalYear);
    }

    @Property(tries = 2_000)
    void anyOtherBodyIsA400WithACodeAndWhatIsReadKeepsEveryBound(@ForAll("hostile") String body) {
        Throwable thrown = catchThrowable(() -> read(body));
        if (thrown == null) {
            assertThat(ApplicationChecks.problem(read(body), LocalDate.now(ZoneId.of("Asia/Tokyo")))).as(body).isNull();
            return;
        }
        BodyRefusals.assertRefusedAs400(thrown, body, CODES);
    }

    /**
     * A valid application with up to three of its members replaced by a wrong-typed or nasty value, dropped, or
     * joined by a stray one; its plans likewise; and some bodies broken or not objects at all.
     */
    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> nasty = Arbitraries.oneOf(Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.of("\"TOKYO-23\"", "\"A0001\"", "\"0.433\"", "\"2.001\"", "\"basic\"", "\"BASIC\"",
                        "\"2099-03-31\"", "\"2020-01-01\"", "\"2027-02-30\"", "\"\"", "\"../G1\"", "\"a\\u0000b\"",
                        "null", "true", "[]", "{}", "1.5", "1e400", "-0", "0", "1999", "2101", "9".repeat(400),
                        "\"\\uD800\"", "\"" + "x".repeat(200) + "\"", "DROP"),
                Arbitraries.strings().ofMaxLength(20).map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"")
                        + "\""));
        Arbitrary<String> plan = mutated(new String[][] {{"name", "\"Green 100\""}, {"factor", "\"0.000\""},
                {"factorKind", "\"adjusted\""}, {"fiscalYear", "2024"}}, nasty);
        Arbitrary<String> plans = Arbitraries.oneOf(plan.list().ofMinSize(1).ofMaxSize(3)
                .map(p -> "[" + String.join(", ", p) + "]"), Arbitraries.just("[]"), plan.list().ofSize(11)
                .map(p -> "[" + String.join(", ", p) + "]"), nasty);
        Arbitrary<String> object = plans.flatMap(p -> mutated(new String[][] {{"groupId", "\"TOKYO-23\""},
                {"registrationNumber", "\"A0001\""}, {"plans", p}, {"securityYen", "25000000"},
                {"securityExpiresOn", "\"2099-03-31\""}}, nasty));
        return Arbitraries.oneOf(object, object, object, object.map(o -> o.substring(0, o.length() / 2)),
                object.map(o -> "[" + o + "]"), Arbitraries.strings().ofMaxLength(30));
    }

    /** The object of {@code members} with up to three replaced (or dropped, for "DROP") and maybe a stray one. */
    private static Arbitrary<String> mutated(String[][] members, Arbitrary<String> nasty) {
        Arbitrary<Integer> which = Arbitraries.integers().between(0, members.length);
        return Combinators.combine(which.list().ofMaxSize(3), nasty.list().ofSize(3)).as((indexes, values) -> {
            StringBuilder out = new StringBuilder("{");
            for (int i = 0; i <= members.length; i++) {
                int at = indexes.indexOf(i);
                String value = at < 0 ? (i < members.length ? members[i][1] : null) : values.get(at);
                if (value == null || value.equals("DROP")) {
                    continue;
                }
                out.append(out.length() > 1 ? ", " : "").append('"')
                        .append(i < members.length ? members[i][0] : "stray").append("\": ").append(value);
            }
            return out.append('}').toString();
        });
    }

    private static ApplyRequest read(String body) {
        return ApplicationController.request(BidBodies.object(body.getBytes(StandardCharsets.UTF_8)), "R-caller");
    }
}
