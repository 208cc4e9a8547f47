package jp.tomoni.engine;

import static jp.tomoni.engine.EngineFixture.SEED;
import static jp.tomoni.engine.EngineFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.tomoni.core.clock.ClockParameters;
import jp.tomoni.core.reverse.OpenReverseParameters;
import jp.tomoni.core.unit.Price;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * A command is all or nothing, whatever the commands: random officers' commands and bids over three
 * auctions, many of them refused (wrong state, unknown auction, out of bounds, a broken seed, bids against
 * the rules), leave the engine exactly as the same journal does with every refused command replaced by a
 * tick at its time: the same events, minus the refusals, and the same state of every auction.
 */
class AllOrNothingProperties {

    private static final List<String> AUCTIONS = List.of("X", "Y", "R");
    private static final List<String> RETAILERS = List.of("A", "B", "C", "Z");

    @Property(tries = 300)
    void refusedCommandsLeaveNoTrace(@ForAll("journals") List<Step> steps) {
        EngineFixture live = new EngineFixture().withLotAndRetailers();
        EngineFixture accepted = new EngineFixture().withLotAndRetailers();
        List<LoggedEvent> liveEvents = new ArrayList<>();
        List<LoggedEvent> acceptedEvents = new ArrayList<>();
        long seconds = 0;
        int refused = 0;
        for (Step step : steps) {
            seconds += step.afterSeconds();
            List<LoggedEvent> events = live.logged(seconds, step.command());
            boolean wasRefused = events.stream().anyMatch(AllOrNothingProperties::isRefusal);
            refused += wasRefused ? 1 : 0;
            liveEvents.addAll(events.stream().filter(e -> !isRefusal(e)).toList());
            acceptedEvents.addAll(accepted.logged(seconds, wasRefused ? new EngineCommand.Tick() : step.command()));
        }
        Statistics.label("refused").collect(refused == 0 ? "none" : refused < steps.size() / 2 ? "some" : "most");
        assertThat(liveEvents).isEqualTo(acceptedEvents);
        for (String id : AUCTIONS) {
            assertThat(AuctionSnapshot.of(live.processor.auction(id)))
                    .isEqualTo(AuctionSnapshot.of(accepted.processor.auction(id)));
        }
    }

    private static boolean isRefusal(LoggedEvent logged) {
        return logged.event() instanceof EngineEvent.CommandRejected
                || logged.event() instanceof EngineEvent.BidRejected;
    }

    /** One journaled command, {@code afterSeconds} after the one before. */
    record Step(long afterSeconds, EngineCommand command) {
    }

    @Provide
    Arbitrary<List<Step>> journals() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.longs().between(0, 5)),
                        Tuple.of(1, Arbitraries.longs().between(6, 400))),
                commands()).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(60);
    }

    private static Arbitrary<String> auction() {
        return Arbitraries.of(AUCTIONS).injectDuplicates(0.2).edgeCases(e -> e.add("NONE"));
    }

    private static Arbitrary<EngineCommand> commands() {
        Arbitrary<String> retailer = Arbitraries.of(RETAILERS);
        Arbitrary<Price> price = Arbitraries.longs().between(0, 4_000).map(Price::ofHundredths);
        Arbitrary<EngineCommand> clockBid = Combinators.combine(Arbitraries.of("X", "Y", "R"), retailer,
                        Arbitraries.integers().between(0, 5), Arbitraries.integers().between(-1, 3),
                        price.injectNull(0.7))
                .as((a, r, round, q, exit) -> new EngineCommand.SubmitClockBid(a, r, round, q, exit));
        Arbitrary<EngineCommand> reverseBid = Combinators.combine(Arbitraries.of("R", "X"), retailer, price)
                .as((a, r, p) -> new EngineCommand.SubmitReverseBid(a, r, p));
        Arbitrary<EngineCommand> life = Combinators.combine(auction(), Arbitraries.integers().between(0, 6))
                .as(AllOrNothingProperties::lifeCycle);
        return Arbitraries.frequencyOf(
                Tuple.of(6, clockBid),
                Tuple.of(3, reverseBid),
                Tuple.of(4, life),
                Tuple.of(3, creations()),
                Tuple.of(1, Arbitraries.just(new EngineCommand.Tick())),
                Tuple.of(1, Arbitraries.longs().between(0, 120)
                        .map(s -> new EngineCommand.Recover(Duration.ofSeconds(s)))));
    }

    private static EngineCommand lifeCycle(String auction, int which) {
        return switch (which) {
            case 0, 1 -> new EngineCommand.StartAuction(auction);
            case 2 -> new EngineCommand.PauseAuction(auction);
            case 3 -> new EngineCommand.ResumeAuction(auction);
            case 4 -> new EngineCommand.CancelAuction(auction, "property");
            case 5 -> new EngineCommand.ApproveAward(auction);
            default -> new EngineCommand.ScheduleAuction(auction, T0.plusSeconds(200));
        };
    }

    private static Arbitrary<EngineCommand> creations() {
        Arbitrary<Duration> round = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.longs().between(1, 120).map(Duration::ofSeconds)),
                Tuple.of(1, Arbitraries.of(Duration.ZERO, Duration.ofSeconds(Long.MAX_VALUE),
                        Duration.ofDays(3), Duration.ofSeconds(-1))));
        Arbitrary<Duration> recess = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.longs().between(0, 30).map(Duration::ofSeconds)),
                Tuple.of(1, Arbitraries.of(Duration.ofSeconds(Long.MAX_VALUE), Duration.ofSeconds(-5))));
        Arbitrary<String> seed = Arbitraries.frequency(Tuple.of(30, SEED), Tuple.of(1, "not-a-seed"));
        Arbitrary<EngineCommand> clock = Combinators.combine(Arbitraries.of("X", "Y"), round, recess, seed,
                        Arbitraries.integers().between(1, 4))
                .as((id, r, p, s, tranches) -> new EngineCommand.CreateClockAuction(id, "L1",
                        ClockParameters.withDefaults(tranches, Price.parse("30.00"), Price.parse("29.00")), r, p, s,
                        List.of("A", "B"), null));
        Arbitrary<EngineCommand> reverse = Combinators.combine(Arbitraries.longs().between(0, 600),
                        Arbitraries.longs().between(1, 900), seed)
                .as((opens, length, s) -> new EngineCommand.CreateReverseAuction("R", "L1",
                        new OpenReverseParameters(T0.plusSeconds(opens), T0.plusSeconds(opens + length),
                                Price.parse("30.00"), Price.parse("29.00"), Price.parse("0.50"),
                                Duration.ofSeconds(60), Duration.ofSeconds(60), 3), s, List.of("A", "B", "C"), null));
        return Arbitraries.oneOf(clock, reverse);
    }
}
