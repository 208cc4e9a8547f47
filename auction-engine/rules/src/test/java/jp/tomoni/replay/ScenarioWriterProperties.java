package jp.tomoni.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import jp.tomoni.core.clock.ClockCommand;
import jp.tomoni.core.clock.ClockParameters;
import jp.tomoni.core.draw.TieBreakSeed;
import jp.tomoni.core.lot.Facility;
import jp.tomoni.core.lot.FactorKind;
import jp.tomoni.core.lot.Lot;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.core.reverse.OpenReverseParameters;
import jp.tomoni.core.reverse.ReverseCommand;
import jp.tomoni.core.unit.EmissionFactor;
import jp.tomoni.core.unit.Kwh;
import jp.tomoni.core.unit.Percentage;
import jp.tomoni.core.unit.Price;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any scenario, of either format, written and read back is equal to itself, and writing is stable. */
class ScenarioWriterProperties {

    @Property(tries = 400)
    void aWrittenScenarioReadsBackEqual(@ForAll("scenarios") Scenario scenario) {
        String written = ScenarioWriter.write(scenario);
        Scenario read = ScenarioReader.read(written);
        assertThat(read).isEqualTo(scenario);
        assertThat(ScenarioWriter.write(read)).isEqualTo(written);
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Arbitraries.oneOf(clockScenarios(), openReverseScenarios());
    }

    private Arbitrary<Scenario> clockScenarios() {
        return Combinators.combine(text(), facilities(), clockParameters(), seeds(), bidders(true), rounds())
                .as((id, lot, clock, seed, bidders, rounds) ->
                        new Scenario(id, lot, clock, null, null, seed, bidders, rounds, List.of()));
    }

    private Arbitrary<Scenario> openReverseScenarios() {
        return Combinators.combine(text(), facilities(), openReverseParameters(), seeds(), bidders(false),
                        reverseBids())
                .as((id, lot, timed, seed, bidders, bids) -> new Scenario(id, lot, null, timed.parameters(),
                        timed.offset(), seed, bidders, List.of(),
                        bids.stream().map(b -> b.at(timed.parameters().opensAt())).toList()));
    }

    /** Ids and names, with characters that JSON must escape and Japanese text. */
    private static Arbitrary<String> text() {
        return Arbitraries.strings().alpha().numeric().withChars("-_ ,\"\\/\t\n区役所本庁舎").ofMinLength(1)
                .ofMaxLength(12);
    }

    private static Arbitrary<TieBreakSeed> seeds() {
        return Arbitraries.strings().withChars("0123456789abcdef").ofLength(64).map(TieBreakSeed::parse);
    }

    private static Arbitrary<Price> prices(long maxHundredths) {
        return Arbitraries.longs().between(0, maxHundredths).map(Price::ofHundredths);
    }

    private static Arbitrary<ReportedFactor> factors() {
        return Combinators.combine(Arbitraries.longs().between(0, 2_500).map(EmissionFactor::new),
                Arbitraries.of(FactorKind.class), Arbitraries.integers().between(1990, 2100))
                .as(ReportedFactor::new);
    }

    private static Arbitrary<Lot> facilities() {
        Arbitrary<String> wards = Arbitraries.of("13101", "13112", "13123", "01100", "27100");
        Arbitrary<IntFunction<Facility>> facility = Combinators.combine(text(), wards,
                        Arbitraries.longs().between(0, 50_000_000_000L), prices(Price.MAX.hundredths()).injectNull(0.3), factors())
                .as((name, ward, kwh, current, baseline) ->
                        i -> new Facility(name + "#" + i, ward, Kwh.of(kwh), current, baseline));
        return facility.list().ofMinSize(1).ofMaxSize(6).map(makers ->
                new Lot(IntStream.range(0, makers.size()).mapToObj(i -> makers.get(i).apply(i)).toList()));
    }

    private static Arbitrary<List<Scenario.Bidder>> bidders(boolean clock) {
        Arbitrary<Integer> eligibility = clock ? Arbitraries.integers().between(0, 40) : Arbitraries.just(0);
        Arbitrary<IntFunction<Scenario.Bidder>> bidder = Combinators.combine(text(), eligibility,
                        Arbitraries.of(true, true, false), factors())
                .as((name, e, qualified, plan) -> i -> new Scenario.Bidder(name + "#" + i, e, qualified, plan));
        return bidder.list().ofMaxSize(5).map(makers ->
                IntStream.range(0, makers.size()).mapToObj(i -> makers.get(i).apply(i)).toList());
    }

    private static Arbitrary<ClockParameters> clockParameters() {
        return Combinators.combine(Arbitraries.integers().between(1, 30), prices(10_000).map(p -> p.hundredths() + 1),
                        Arbitraries.longs().between(0, 100_000), prices(200_000).injectNull(0.4),
                        Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 10_000),
                        Arbitraries.integers().between(0, 1_000), Arbitraries.of(true, false))
                .as((tranches, floor, above, reserve, a, b, cap, partial) -> new ClockParameters(tranches,
                        Price.ofHundredths(floor + above), reserve, Price.ofHundredths(floor), new Percentage(a),
                        new Percentage(b), 1 + cap % tranches, partial));
    }

    /** Rounds of bids; a bid names its own list's round unless it is a late (or otherwise odd) one. */
    private static Arbitrary<List<List<ClockCommand.Bid>>> rounds() {
        Arbitrary<IntFunction<ClockCommand.Bid>> bid = Combinators.combine(Arbitraries.of("R-A#0", "R-B#1", "ghost"),
                        Arbitraries.integers().between(-1, 12).injectNull(0.7), Arbitraries.integers().between(-2, 40),
                        prices(100_000).injectNull(0.6))
                .as((bidder, named, quantity, exit) ->
                        round -> new ClockCommand.Bid(bidder, named == null ? round : named, quantity, exit));
        return bid.list().ofMaxSize(5).list().ofMaxSize(5).map(rounds -> IntStream.range(0, rounds.size())
                .mapToObj(k -> rounds.get(k).stream().map(b -> b.apply(k + 1)).toList()).toList());
    }

    /** OPEN_REVERSE parameters together with the offset their times are written in. */
    private record Timed(OpenReverseParameters parameters, ZoneOffset offset) {
    }

    private static Arbitrary<Instant> instants() {
        return Combinators.combine(Arbitraries.longs().between(1_600_000_000L, 2_000_000_000L),
                        Arbitraries.of(0, 0, 0, 500_000_000, 123_000_000, 1))
                .as(Instant::ofEpochSecond);
    }

    private static Arbitrary<Timed> openReverseParameters() {
        Arbitrary<ZoneOffset> offsets = Arbitraries.of(ZoneOffset.ofHours(9), ZoneOffset.UTC,
                ZoneOffset.ofHoursMinutes(-5, -30), ZoneOffset.ofHoursMinutes(5, 45));
        Arbitrary<Duration> minutes = Arbitraries.longs().between(0, 24 * 60).map(Duration::ofMinutes);
        return Combinators.combine(offsets, instants(), Arbitraries.longs().between(1, 30 * 86_400L),
                        prices(200_000), prices(200_000).injectNull(0.4), prices(500).map(p -> p.hundredths() + 1),
                        Combinators.combine(minutes, minutes).as(List::of), Arbitraries.integers().between(0, 20))
                .as((offset, opens, length, ceiling, reserve, step, window, max) -> new Timed(
                        new OpenReverseParameters(opens, opens.plusSeconds(length), ceiling, reserve,
                                Price.ofHundredths(step), window.get(0), window.get(1), max), offset));
    }

    /** A bid whose time is given relative to the opening time. */
    private record Relative(String bidder, long seconds, int nanos, Price price) {

        ReverseCommand.Bid at(Instant opensAt) {
            return new ReverseCommand.Bid(bidder, opensAt.plusSeconds(seconds).plusNanos(nanos), price);
        }
    }

    private static Arbitrary<List<Relative>> reverseBids() {
        return Combinators.combine(Arbitraries.of("R-A#0", "R-B#1", "ghost"),
                        Arbitraries.longs().between(-3_600, 40 * 86_400L), Arbitraries.of(0, 0, 250_000_000),
                        prices(200_000))
                .as(Relative::new).list().ofMaxSize(8);
    }
}
