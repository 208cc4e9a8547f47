package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import jp.tomoni.core.clock.ClockParameters;
import jp.tomoni.core.unit.Price;
import jp.tomoni.json.InvalidInputException;
import jp.tomoni.json.JsonField;
import jp.tomoni.replay.ScenarioReader;
import jp.tomoni.web.body.CreateAuctionBody;
import jp.tomoni.web.body.CreateLotBody;
import jp.tomoni.web.body.StrictJson;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The strict binder of request bodies, without HTTP: what it refuses, the code and path it names, what it
 * reads exactly, and that it judges a {@code clock} section as the scenario reader of the rules does.
 */
class RequestBodyProperties {

    private static final Set<String> CLOCK_FIELDS = Set.of("tranches", "startPrice", "reservePrice", "floorPrice",
            "decrementPercentOfCurrent", "decrementPercentOfStart", "loadCap", "allowPartialAward");
    private static final String BEYOND_LONG = "10000000000000000000000000000000000000000";
    private static final List<String> ROOT_FIELDS = List.of("auctionId", "lotId", "format", "clock", "schedule",
            "bidders");

    private static String create(String clockFields) {
        return "{\"auctionId\": \"A-1\", \"lotId\": \"L-1\", \"format\": \"CLOCK\", \"bidders\": [\"R1\"], "
                + "\"clock\": {" + clockFields + "}, \"schedule\": {\"roundSeconds\": 60}}";
    }

    private static BindingProblems refusal(String json, Class<?> type) {
        JacksonException e = catchThrowableOfType(JacksonException.class,
                () -> StrictJson.mapper().readValue(json, type));
        assertThat(e).as("refused: " + json).isNotNull();
        BindingProblems problem = BindingProblems.of(e);
        assertThat(problem.detail()).as("no Java names in the detail").doesNotContain("jp.tomoni")
                .doesNotContain("java.");
        return problem;
    }

    private static void refused(String json, String code, String field) {
        BindingProblems problem = refusal(json, CreateAuctionBody.class);
        assertThat(problem.code()).as(json).isEqualTo(code);
        assertThat(problem.field()).as(json).isEqualTo(field);
    }

    @Property
    void aPriceWithMoreThanTwoDecimalsIsRefusedAtItsField(@ForAll @LongRange(max = 999_999) long whole,
                                                          @ForAll @IntRange(min = 3, max = 8) int decimals,
                                                          @ForAll @IntRange(min = 1, max = 9) int lastDigit) {
        String price = whole + "." + "0".repeat(decimals - 1) + lastDigit;
        refused(create("\"tranches\": 4, \"startPrice\": \"30.00\", \"reservePrice\": \"" + price + "\""),
                "INVALID_PRICE", "clock.reservePrice");
    }

    @Property
    void aPriceOfAtMostTwoDecimalsIsReadExactly(@ForAll @LongRange(max = 9_999) long whole,
                                                @ForAll @StringLength(max = 2) @NumericChars String decimals) {
        String text = decimals.isEmpty() ? String.valueOf(whole) : whole + "." + decimals;
        long expected = whole * 100 + (decimals.isEmpty() ? 0 : Long.parseLong((decimals + "0").substring(0, 2)));
        CreateAuctionBody body = StrictJson.mapper().readValue(
                create("\"tranches\": 4, \"startPrice\": \"30.00\", \"reservePrice\": \"" + text + "\""),
                CreateAuctionBody.class);
        assertThat(body.clock().reservePrice().hundredths()).as(text).isEqualTo(expected);
    }

    @Property
    void aPriceAboveTenThousandYenIsRefusedAtItsField(@ForAll @LongRange(min = 10_001, max = 999_999_999_999L) long whole) {
        refused(create("\"tranches\": 4, \"startPrice\": \"30.00\", \"reservePrice\": \"" + whole + ".00\""),
                "INVALID_PRICE", "clock.reservePrice");
    }

    @Property
    void aPriceWrittenAsAJsonNumberIsRefused(@ForAll @IntRange(max = 100_000) int whole,
                                             @ForAll @IntRange(max = 99) int cents) {
        refused(create("\"tranches\": 4, \"startPrice\": " + whole + "." + cents), "INVALID_PRICE", "clock.startPrice");
        refused(create("\"tranches\": 4, \"startPrice\": " + whole), "INVALID_PRICE", "clock.startPrice");
    }

    @Property
    void aWholeNumberBeyondItsRangeIsOutOfRange(@ForAll @BigRange(min = "2147483648", max = BEYOND_LONG) BigInteger big,
                                                @ForAll boolean negative) {
        BigInteger value = negative ? big.negate().subtract(BigInteger.ONE) : big;
        refused(create("\"tranches\": " + value + ", \"startPrice\": \"30.00\""), "OUT_OF_RANGE", "clock.tranches");
        refused(create("\"tranches\": 4, \"startPrice\": \"30.00\"").replace("\"roundSeconds\": 60",
                "\"roundSeconds\": " + value), "OUT_OF_RANGE", "schedule.roundSeconds");
    }

    @Property
    void aFractionIsNeverAWholeNumber(@ForAll @IntRange(min = 1, max = 1000) int tranches,
                                      @ForAll("fractionForms") String form) {
        refused(create("\"tranches\": " + form.formatted(tranches) + ", \"startPrice\": \"30.00\""), "WRONG_TYPE",
                "clock.tranches");
    }

    @Provide
    Arbitrary<String> fractionForms() {
        return Arbitraries.of("%d.0", "%d.5", "%de0", "%dE+0", "%d.000");
    }

    @Property
    void aNumberWrittenAsAStringIsRefused(@ForAll @IntRange(min = 1, max = 1000) int tranches) {
        refused(create("\"tranches\": \"" + tranches + "\", \"startPrice\": \"30.00\""), "WRONG_TYPE", "clock.tranches");
    }

    @Property
    void anUnknownPropertyIsRefusedByItsName(@ForAll @AlphaChars @StringLength(min = 1, max = 20) String name) {
        if (!CLOCK_FIELDS.contains(name)) {
            refused(create("\"tranches\": 4, \"startPrice\": \"30.00\", \"" + name + "\": 1"), "UNKNOWN_FIELD",
                    "clock." + name);
        }
        if (!ROOT_FIELDS.contains(name) && !name.equals("openReverse")) {
            refused(create("\"tranches\": 4, \"startPrice\": \"30.00\"").replaceFirst("}$", ", \"" + name + "\": 1}"),
                    "UNKNOWN_FIELD", name);
        }
    }

    @Property
    void anyPropertyGivenTwiceIsRefusedByItsName(@ForAll("rootFields") String name) {
        JsonNode body = StrictJson.mapper().readTree(create("\"tranches\": 4, \"startPrice\": \"30.00\""));
        String repeated = body.toString().replaceFirst("}$", ", \"" + name + "\": " + body.get(name) + "}");
        refused(repeated, "DUPLICATE_FIELD", name);
    }

    @Provide
    Arbitrary<String> rootFields() {
        return Arbitraries.of(ROOT_FIELDS);
    }

    @Property
    void aRequiredFieldLeftOutIsNamed(@ForAll("requiredPaths") String path) {
        JsonNode body = StrictJson.mapper().readTree(create("\"tranches\": 4, \"startPrice\": \"30.00\""));
        int dot = path.indexOf('.');
        JsonNode parent = dot < 0 ? body : body.get(path.substring(0, dot));
        ((tools.jackson.databind.node.ObjectNode) parent).remove(path.substring(dot + 1));
        refused(body.toString(), "REQUIRED", path);
    }

    @Provide
    Arbitrary<String> requiredPaths() {
        return Arbitraries.of("format", "clock", "schedule", "clock.tranches", "clock.startPrice",
                "schedule.roundSeconds");
    }

    @Property
    void aControlCharacterNeverPassesInAnIdOrAText(@ForAll @StringLength(min = 1, max = 30) @AlphaChars String word,
                                                   @ForAll @IntRange(max = 0x1f) int control,
                                                   @ForAll boolean inTheName) {
        String text = word.substring(0, word.length() / 2) + "\\u%04x".formatted(control)
                + word.substring(word.length() / 2);
        String json = inTheName ? "{\"lotId\": \"L-1\", \"name\": \"" + text + "\"}" : "{\"lotId\": \"" + text + "\"}";
        BindingProblems problem = refusal(json, CreateLotBody.class);
        assertThat(problem.code()).isEqualTo(inTheName ? "INVALID_TEXT" : "INVALID_ID");
        assertThat(problem.field()).isEqualTo(inTheName ? "name" : "lotId");
    }

    /**
     * A {@code clock} section is judged as {@link ScenarioReader#clockParameters} judges it: both accept it with
     * equal parameters, or both refuse it, and a refusal of the section as a whole is at {@code clock}.
     */
    @Property(tries = 500, edgeCases = EdgeCasesMode.MIXIN)
    @StatisticsReport(onFailureOnly = true)
    void aClockSectionIsJudgedAsTheScenarioReaderJudgesIt(@ForAll("clockSections") String section) {
        ClockParameters expected;
        InvalidInputException readerRefusal = null;
        try {
            expected = ScenarioReader.clockParameters(new JsonField(StrictJson.mapper().readTree(section), "clock"));
        } catch (InvalidInputException e) {
            expected = null;
            readerRefusal = e;
        }
        Statistics.collect(expected != null ? "accepted" : readerRefusal.place());
        Statistics.coverage(coverage -> {
            coverage.check("accepted").percentage(p -> p > 10);
            coverage.check("clock").percentage(p -> p > 10);
            coverage.check("clock.startPrice").count(n -> n > 0);
        });
        String body = create(section.substring(1, section.length() - 1));
        if (expected != null) {
            assertThat(StrictJson.mapper().readValue(body, CreateAuctionBody.class).clock().parameters())
                    .isEqualTo(expected);
        } else {
            BindingProblems problem = refusal(body, CreateAuctionBody.class);
            assertThat(problem.field()).isEqualTo(readerRefusal.place());
            if (readerRefusal.place().equals("clock")) {
                assertThat(problem.code()).isEqualTo("INVALID_FIELD");
            }
        }
    }

    @Provide
    Arbitrary<String> clockSections() {
        Arbitrary<String> tranches = Arbitraries.integers().between(-2, 40).map(String::valueOf);
        Arbitrary<String> price = mostly(Arbitraries.longs().between(0, 5_000).map(h -> "\"" + Price.ofHundredths(h) + "\""),
                Arbitraries.of("\"30.005\"", "\"-1\"", "\"\"", "\"2748779069.44\"", "30.5"));
        Arbitrary<String> percent = mostly(Arbitraries.of("\"0\"", "\"5\"", "\"2.5\"", "\"100\""),
                Arbitraries.of("\"100.01\"", "\"1.234\"", "5"));
        Arbitrary<String> floors = mostly(Arbitraries.longs().between(0, 300).map(h -> "\"" + Price.ofHundredths(h) + "\""),
                Arbitraries.of("\"0.001\"", "30"));
        Arbitrary<String> cap = Arbitraries.integers().between(-1, 12).map(String::valueOf);
        Arbitrary<String> partial = Arbitraries.of("true", "false");
        return Combinators.combine(tranches, price, price.injectNull(0.5), floors.injectNull(0.5),
                        percent.injectNull(0.6), percent.injectNull(0.6), cap.injectNull(0.5), partial.injectNull(0.5))
                .as((t, start, reserve, floor, a, b, l, p) -> {
                    StringBuilder s = new StringBuilder("{\"tranches\": " + t + ", \"startPrice\": " + start);
                    field(s, "reservePrice", reserve);
                    field(s, "floorPrice", floor);
                    field(s, "decrementPercentOfCurrent", a);
                    field(s, "decrementPercentOfStart", b);
                    field(s, "loadCap", l);
                    field(s, "allowPartialAward", p);
                    return s.append('}').toString();
                });
    }

    /** Nine values in ten from {@code good}, the others from {@code bad}. */
    private static Arbitrary<String> mostly(Arbitrary<String> good, Arbitrary<String> bad) {
        return Arbitraries.frequencyOf(Tuple.of(9, good), Tuple.of(1, bad));
    }

    private static void field(StringBuilder s, String name, String value) {
        if (value != null) {
            s.append(", \"").append(name).append("\": ").append(value);
        }
    }

    @Property
    void aValidBodyBindsToTheCommandItDescribes(@ForAll @IntRange(min = 1, max = 100) int tranches,
                                                @ForAll @IntRange(min = 1, max = 86_400) int roundSeconds) {
        CreateAuctionBody body = StrictJson.mapper().readValue(create("\"tranches\": " + tranches
                + ", \"startPrice\": \"30.00\"").replace("\"roundSeconds\": 60", "\"roundSeconds\": " + roundSeconds),
                CreateAuctionBody.class);
        assertThat(body.clock().parameters()).isEqualTo(ClockParameters.withDefaults(tranches, Price.parse("30.00"), null));
        assertThat(body.schedule().roundLength().toSeconds()).isEqualTo(roundSeconds);
        assertThatThrownBy(() -> StrictJson.mapper().readValue(create("\"tranches\": " + tranches
                + ", \"startPrice\": \"30.00\", \"loadCap\": " + (tranches + 1)), CreateAuctionBody.class))
                .isInstanceOf(JacksonException.class);
    }
}
