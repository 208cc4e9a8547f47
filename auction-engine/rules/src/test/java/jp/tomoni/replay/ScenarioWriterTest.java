package jp.tomoni.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import jp.tomoni.core.clock.ClockCommand;
import jp.tomoni.core.clock.ClockParameters;
import jp.tomoni.core.lot.FactorKind;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.core.reverse.OpenReverseParameters;
import jp.tomoni.core.reverse.ReverseCommand;
import jp.tomoni.core.unit.EmissionFactor;
import jp.tomoni.core.unit.Percentage;
import jp.tomoni.core.unit.Price;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/** An exported scenario reads back equal and replays to the same bytes as the file it came from. */
class ScenarioWriterTest {

    private static String example(String name) throws IOException {
        return Files.readString(SharedExamples.folder().resolve(name), StandardCharsets.UTF_8);
    }

    /** The replay command's standard output for a scenario given on standard input; fails unless it exits 0. */
    private static String replay(String scenario) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ReplayCommand.run(new String[] {"-"},
                new ByteArrayInputStream(scenario.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @TestFactory
    Stream<DynamicTest> everySharedExampleRoundTripsAndReplaysToTheSameBytes() throws IOException {
        return SharedExamples.scenarios().stream().map(Path::getFileName).map(Path::toString)
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    String original = example(name);
                    Scenario scenario = ScenarioReader.read(original);
                    String written = ScenarioWriter.write(scenario);
                    assertThat(ScenarioReader.read(written)).isEqualTo(scenario);
                    assertThat(replay(written)).isEqualTo(replay(original)).isNotEmpty();
                    assertThat(ScenarioWriter.write(ScenarioReader.read(written))).isEqualTo(written);
                }));
    }

    @Test
    void theClockExampleIsWrittenWithEveryDefaultExplicit() throws IOException {
        JsonNode root = SharedExamples.parse(ScenarioWriter.write(ScenarioReader.read(example("clock-basic.json"))));
        assertThat(root.get("format").stringValue()).isEqualTo("CLOCK");
        assertThat(root.has("openReverse")).isFalse();
        assertThat(root.has("bids")).isFalse();
        JsonNode clock = root.get("clock");
        assertThat(clock.get("startPrice").stringValue()).isEqualTo("30.00");
        assertThat(clock.get("reservePrice").stringValue()).isEqualTo("27.50");
        assertThat(clock.get("floorPrice").stringValue()).isEqualTo("0.01");
        assertThat(clock.get("decrementPercentOfCurrent").stringValue()).isEqualTo("5");
        assertThat(clock.get("decrementPercentOfStart").stringValue()).isEqualTo("1");
        assertThat(clock.get("loadCap").intValue()).isEqualTo(6);
        assertThat(clock.get("allowPartialAward").booleanValue()).isFalse();
        JsonNode quiet = root.get("lot").get("facilities").get(4);
        assertThat(quiet.get("id").stringValue()).isEqualTo("F-13112-SC");
        assertThat(quiet.has("currentPrice")).isFalse();
        assertThat(quiet.get("baselineFactor").get("value").stringValue()).isEqualTo("0.433");
        JsonNode bidder = root.get("bidders").get(0);
        assertThat(bidder.get("eligibility").intValue()).isEqualTo(8);
        assertThat(bidder.has("qualified")).isFalse();
        assertThat(bidder.get("planFactor").stringValue()).isEqualTo("0.000");
        assertThat(bidder.get("planFactorKind").stringValue()).isEqualTo("adjusted");
        assertThat(bidder.get("planFactorFiscalYear").intValue()).isEqualTo(2022);
        JsonNode bid = root.get("rounds").get(2).get("bids").get(1);
        assertThat(bid.has("round")).isFalse();
        assertThat(bid.get("exitPrice").stringValue()).isEqualTo("27.30");
        assertThat(root.get("rounds").get(0).get("bids").get(0).has("exitPrice")).isFalse();
    }

    @Test
    void theOpenReverseExampleKeepsItsOffsetAndWholeMinutes() throws IOException {
        JsonNode root = SharedExamples.parse(
                ScenarioWriter.write(ScenarioReader.read(example("open-reverse-basic.json"))));
        JsonNode parameters = root.get("openReverse");
        assertThat(parameters.get("opensAt").stringValue()).isEqualTo("2026-12-01T09:00:00+09:00");
        assertThat(parameters.get("closesAt").stringValue()).isEqualTo("2026-12-10T17:00:00+09:00");
        assertThat(parameters.get("minStep").stringValue()).isEqualTo("0.05");
        assertThat(parameters.get("softCloseWindowMinutes").intValue()).isEqualTo(30);
        assertThat(parameters.get("maxExtensions").intValue()).isEqualTo(2);
        assertThat(root.get("bids").get(0).get("at").stringValue()).isEqualTo("2026-12-01T08:59:59+09:00");
        assertThat(root.get("bidders").get(0).has("eligibility")).isFalse();
        assertThat(root.has("rounds")).isFalse();
    }

    @Test
    void aLateBidNamesItsRoundAndAnUnqualifiedBidderSaysSo() throws IOException {
        Scenario example = ScenarioReader.read(example("clock-basic.json"));
        ReportedFactor basic = new ReportedFactor(new EmissionFactor(120), FactorKind.BASIC, 2021);
        List<Scenario.Bidder> bidders = List.of(example.bidders().get(0),
                new Scenario.Bidder("R-X", 2, false, basic));
        List<List<ClockCommand.Bid>> rounds = List.of(
                List.of(new ClockCommand.Bid("R-A", 1, 5, null)),
                List.of(new ClockCommand.Bid("R-A", 1, 4, Price.parse("29.99")),
                        new ClockCommand.Bid("R-A", 2, 4, null)));
        ClockParameters clock = new ClockParameters(10, Price.parse("30"), null, Price.parse("1.5"),
                new Percentage(250), new Percentage(125), 10, true);
        Scenario scenario = new Scenario(example.auctionId(), example.lot(), clock, null, null, example.seed(),
                bidders, rounds, List.of());
        String written = ScenarioWriter.write(scenario);
        assertThat(ScenarioReader.read(written)).isEqualTo(scenario);
        JsonNode root = SharedExamples.parse(written);
        assertThat(root.get("clock").has("reservePrice")).isFalse();
        assertThat(root.get("clock").get("floorPrice").stringValue()).isEqualTo("1.50");
        assertThat(root.get("clock").get("decrementPercentOfCurrent").stringValue()).isEqualTo("2.5");
        assertThat(root.get("clock").get("decrementPercentOfStart").stringValue()).isEqualTo("1.25");
        JsonNode late = root.get("rounds").get(1).get("bids");
        assertThat(late.get(0).get("round").intValue()).isEqualTo(1);
        assertThat(late.get(1).has("round")).isFalse();
        JsonNode unqualified = root.get("bidders").get(1);
        assertThat(unqualified.get("qualified").booleanValue()).isFalse();
        assertThat(unqualified.get("planFactor").stringValue()).isEqualTo("0.120");
        assertThat(unqualified.get("planFactorKind").stringValue()).isEqualTo("basic");
        assertThat(unqualified.get("planFactorFiscalYear").intValue()).isEqualTo(2021);
    }

    @Test
    void utcTimesAreWrittenWithZAndSecondsAndFractions() throws IOException {
        Scenario example = ScenarioReader.read(example("open-reverse-basic.json"));
        OpenReverseParameters p = example.openReverse();
        Instant opens = Instant.parse("2026-12-01T00:00:00Z");
        OpenReverseParameters utc = new OpenReverseParameters(opens, opens.plus(Duration.ofDays(9)),
                p.ceilingPrice(), null, p.minStep(), Duration.ofMinutes(15), Duration.ofHours(1), 0);
        Instant bidAt = Instant.parse("2026-12-02T03:04:05.678Z");
        Scenario scenario = new Scenario(example.auctionId(), example.lot(), null, utc, ZoneOffset.UTC,
                example.seed(), example.bidders(),
                List.of(), List.of(new ReverseCommand.Bid("R-A", bidAt, Price.parse("28"))));
        String written = ScenarioWriter.write(scenario);
        assertThat(ScenarioReader.read(written)).isEqualTo(scenario);
        JsonNode root = SharedExamples.parse(written);
        assertThat(root.get("openReverse").get("opensAt").stringValue()).isEqualTo("2026-12-01T00:00:00Z");
        assertThat(root.get("openReverse").has("reservePrice")).isFalse();
        assertThat(root.get("openReverse").get("extensionMinutes").intValue()).isEqualTo(60);
        assertThat(root.get("bids").get(0).get("at").stringValue()).isEqualTo("2026-12-02T03:04:05.678Z");
        assertThat(root.get("bids").get(0).get("price").stringValue()).isEqualTo("28.00");
    }

    @Test
    void aDurationThatIsNotWholeMinutesIsRefused() throws IOException {
        Scenario example = ScenarioReader.read(example("open-reverse-basic.json"));
        OpenReverseParameters p = example.openReverse();
        OpenReverseParameters odd = new OpenReverseParameters(p.opensAt(), p.closesAt(), p.ceilingPrice(),
                p.reservePrice(), p.minStep(), Duration.ofSeconds(90), p.extension(), p.maxExtensions());
        Scenario scenario = new Scenario(example.auctionId(), example.lot(), null, odd, example.offset(),
                example.seed(), example.bidders(), List.of(), example.bids());
        assertThatThrownBy(() -> ScenarioWriter.write(scenario)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("soft-close window").hasMessageContaining("whole number of minutes");
    }

    @Test
    void anOpenReverseScenarioWithoutAnOffsetIsRefused() throws IOException {
        Scenario example = ScenarioReader.read(example("open-reverse-basic.json"));
        Scenario scenario = new Scenario(example.auctionId(), example.lot(), null, example.openReverse(), null,
                example.seed(), example.bidders(), List.of(), example.bids());
        assertThatThrownBy(() -> ScenarioWriter.write(scenario)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offset");
    }
}
