package jp.tomoni.engine;

import static jp.tomoni.engine.EngineFixture.T0;
import static jp.tomoni.engine.EngineFixture.bid;
import static jp.tomoni.engine.EngineFixture.clockAuction;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jp.tomoni.core.reverse.OpenReverseParameters;
import jp.tomoni.core.unit.Price;
import jp.tomoni.engine.EngineEvent.AuctionStateChanged;
import jp.tomoni.engine.EngineEvent.CommandRejected;
import jp.tomoni.engine.EngineEvent.NextRoundRescheduled;
import jp.tomoni.engine.EngineEvent.RoundClosed;
import jp.tomoni.engine.EngineEvent.RoundOpened;
import org.junit.jupiter.api.Test;

/**
 * A command is all or nothing: given commands out of bounds, or ones whose arithmetic would overflow, expect
 * a rejection and no other change; and a timetable step that cannot be decided touches no other auction.
 */
class AllOrNothingTest {

    private final EngineFixture engine = new EngineFixture().withLotAndRetailers();

    private static EngineCommand.CreateClockAuction clockWith(String id, Duration round, Duration recess) {
        EngineCommand.CreateClockAuction usual = clockAuction(id);
        return new EngineCommand.CreateClockAuction(id, "L1", usual.parameters(), round, recess, usual.seedHex(),
                usual.bidders(), null);
    }

    @Test
    void aRecessOfCenturiesIsRefusedAndCreatesNothing() {
        assertThat(engine.at(1, clockWith("X", Duration.ofSeconds(60), Duration.ofSeconds(Long.MAX_VALUE))))
                .singleElement().isInstanceOfSatisfying(CommandRejected.class, r -> {
                    assertThat(r.code()).isEqualTo("OUT_OF_RANGE");
                    assertThat(r.field()).isEqualTo("recessSeconds");
                });
        assertThat(engine.processor.auction("X")).isNull();
        assertThat(engine.at(2, clockWith("X", Duration.ofDays(2), Duration.ZERO))).singleElement()
                .isInstanceOfSatisfying(CommandRejected.class, r -> assertThat(r.field()).isEqualTo("roundSeconds"));
        assertThat(engine.at(3, clockWith("X", Duration.ofSeconds(-5), Duration.ZERO))).singleElement()
                .isInstanceOfSatisfying(CommandRejected.class, r -> assertThat(r.field()).isEqualTo("roundSeconds"));
        assertThat(engine.processor.auctions()).isEmpty();
    }

    @Test
    void anOpenReverseAuctionClosingAfterTheCenturyIsRefused() {
        OpenReverseParameters parameters = new OpenReverseParameters(T0, Instant.parse("2200-01-01T00:00:00Z"),
                Price.parse("30.00"), null, Price.parse("0.01"), Duration.ofMinutes(30), Duration.ofMinutes(30), 10);
        assertThat(engine.at(1, new EngineCommand.CreateReverseAuction("R", "L1", parameters, EngineFixture.SEED,
                List.of(), null))).singleElement().isInstanceOfSatisfying(CommandRejected.class,
                        r -> assertThat(r.field()).isEqualTo("closesAt"));
        assertThat(engine.processor.auction("R")).isNull();
    }

    @Test
    void aStartWhoseRoundWouldEndBeyondTimeIsRejectedAndLeavesTheAuctionCreated() {
        engine.at(1, clockAuction("X"));
        long nearTheEnd = Instant.MAX.getEpochSecond() - T0.getEpochSecond() - 10;
        assertThat(engine.at(nearTheEnd, new EngineCommand.StartAuction("X"))).singleElement()
                .isInstanceOfSatisfying(CommandRejected.class, r -> {
                    assertThat(r.code()).isEqualTo("COMMAND_FAILED");
                    assertThat(r.message()).doesNotContain("Exception").doesNotContain("overflow");
                });
        LiveClockAuction x = (LiveClockAuction) engine.processor.auction("X");
        assertThat(x.state()).isEqualTo(AuctionState.CREATED);
        assertThat(x.core().round()).isZero();
        assertThat(x.log().from(0)).as("only its creation").singleElement()
                .matches(e -> e.event() instanceof EngineEvent.AuctionCreated);
    }

    @Test
    void aTimetableStepThatCannotBeDecidedLeavesItsAuctionAsItWasAndTheOtherAuctionsIntact() {
        engine.at(1, clockAuction("X"));
        engine.at(1, clockAuction("Y"));
        engine.at(2, new EngineCommand.ScheduleAuction("X", T0.plusSeconds(100)));
        engine.at(5, new EngineCommand.StartAuction("Y"));
        engine.at(10, bid("Y", "A", 1, 2));
        engine.at(11, bid("Y", "B", 1, 2));
        long nearTheEnd = Instant.MAX.getEpochSecond() - T0.getEpochSecond() - 10;
        List<EngineEvent> events = engine.at(nearTheEnd, new EngineCommand.Tick());
        assertThat(events).as("Y's rounds went on at their own times").contains(new RoundClosed("Y", 1,
                Price.parse("30.00"), 4, jp.tomoni.core.clock.SupplyBand.ONE_AND_A_HALF_TO_TWO, Price.parse("28.50"),
                T0.plusSeconds(75)), new RoundOpened("Y", 2, Price.parse("28.50"), T0.plusSeconds(75),
                T0.plusSeconds(135)));
        assertThat(events).noneMatch(e -> "X".equals(e.auctionId()));
        assertThat(engine.processor.auction("X").state()).isEqualTo(AuctionState.SCHEDULED);
    }

    @Test
    void resumingDuringARecessMovesTheNextOpeningAndSaysSo() {
        engine.at(1, clockAuction("X"));
        engine.at(5, new EngineCommand.StartAuction("X"));
        engine.at(10, bid("X", "A", 1, 2));
        engine.at(11, bid("X", "B", 1, 2));
        engine.at(66, new EngineCommand.Tick());
        engine.at(70, new EngineCommand.PauseAuction("X"));
        assertThat(engine.at(500, new EngineCommand.ResumeAuction("X"))).containsExactly(
                new AuctionStateChanged("X", AuctionState.RUNNING, "resumed"),
                new NextRoundRescheduled("X", 2, T0.plusSeconds(505), null, "resumed"));
        assertThat(engine.at(505, new EngineCommand.Tick())).containsExactly(
                new RoundOpened("X", 2, Price.parse("28.50"), T0.plusSeconds(505), T0.plusSeconds(565)));
    }
}
