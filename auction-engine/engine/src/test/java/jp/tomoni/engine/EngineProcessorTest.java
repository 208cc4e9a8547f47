package jp.tomoni.engine;

import static jp.tomoni.engine.EngineFixture.bid;
import static jp.tomoni.engine.EngineFixture.clockAuction;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jp.tomoni.core.AuctionStatus;
import jp.tomoni.core.RejectionCode;
import jp.tomoni.core.clock.ClockResult.TrancheAward;
import jp.tomoni.core.clock.SupplyBand;
import jp.tomoni.core.reverse.OpenReverseParameters;
import jp.tomoni.core.unit.Price;
import jp.tomoni.engine.EngineEvent.AuctionEnded;
import jp.tomoni.engine.EngineEvent.AuctionStateChanged;
import jp.tomoni.engine.EngineEvent.BidRejected;
import jp.tomoni.engine.EngineEvent.ClockBidAccepted;
import jp.tomoni.engine.EngineEvent.CommandRejected;
import jp.tomoni.engine.EngineEvent.RoundClosed;
import jp.tomoni.engine.EngineEvent.RoundOpened;
import jp.tomoni.engine.EngineEvent.RoundRescheduled;
import org.junit.jupiter.api.Test;

/** The engine's timetable around the rules: given journaled commands at these times, expect these events. */
class EngineProcessorTest {

    private static final Instant T0 = EngineFixture.T0;
    private final EngineFixture engine = new EngineFixture().withLotAndRetailers();

    private static Price price(String text) {
        return Price.parse(text);
    }

    @Test
    void startingAClockAuctionOpensRoundOneForItsRoundLength() {
        engine.at(1, clockAuction("X"));
        assertThat(engine.at(5, new EngineCommand.StartAuction("X"))).containsExactly(
                new AuctionStateChanged("X", AuctionState.RUNNING, "started"),
                new RoundOpened("X", 1, price("30.00"), T0.plusSeconds(5), T0.plusSeconds(65)));
    }

    @Test
    void aBidForAnotherRoundIsRejectedUnderTheRoundItNamed() {
        engine.at(1, clockAuction("X"));
        engine.at(5, new EngineCommand.StartAuction("X"));
        assertThat(engine.at(10, bid("X", "A", 2, 2))).containsExactly(
                new BidRejected("X", "A", 2, RejectionCode.WRONG_ROUND));
        assertThat(engine.at(11, bid("X", "A", 1, 3))).containsExactly(
                new BidRejected("X", "A", 1, RejectionCode.ABOVE_ELIGIBILITY));
    }

    @Test
    void aScheduledAuctionStartsByItselfAtItsTime() {
        engine.at(1, clockAuction("X"));
        assertThat(engine.at(2, new EngineCommand.ScheduleAuction("X", T0.plusSeconds(100)))).containsExactly(
                new AuctionStateChanged("X", AuctionState.SCHEDULED, "scheduled for " + T0.plusSeconds(100),
                        T0.plusSeconds(100)));
        assertThat(engine.at(50, bid("X", "A", 1, 2))).as("under the round it named").containsExactly(
                new BidRejected("X", "A", 1, RejectionCode.NOT_OPEN));
        assertThat(engine.at(99, new EngineCommand.Tick())).isEmpty();
        assertThat(engine.at(100, new EngineCommand.Tick())).containsExactly(
                new AuctionStateChanged("X", AuctionState.RUNNING, "started"),
                new RoundOpened("X", 1, price("30.00"), T0.plusSeconds(100), T0.plusSeconds(160)));
    }

    @Test
    void aScheduledStartThatPassedOpensRoundOneWhenTheEngineGetsToItNotInThePast() {
        engine.at(1, clockAuction("X"));
        engine.at(2, new EngineCommand.ScheduleAuction("X", T0.plusSeconds(100)));
        assertThat(engine.at(500, new EngineCommand.Tick())).containsExactly(
                new AuctionStateChanged("X", AuctionState.RUNNING, "started"),
                new RoundOpened("X", 1, price("30.00"), T0.plusSeconds(500), T0.plusSeconds(560)));
    }

    @Test
    void aCommandThatFailsIsRejectedTheSameWayOnReplayAndNeverStopsRecovery() {
        EngineCommand broken = new EngineCommand.CreateClockAuction("BAD", "L1", clockAuction("BAD").parameters(),
                Duration.ofSeconds(60), Duration.ZERO, "not-a-seed", List.of(), null);
        List<EngineEvent> live = engine.at(3, broken);
        assertThat(live).singleElement().isInstanceOfSatisfying(CommandRejected.class,
                r -> assertThat(r.code()).isEqualTo("COMMAND_FAILED"));
        engine.at(4, clockAuction("X"));
        EngineProcessor fresh = new EngineProcessor();
        List<EngineEvent> replayed = new java.util.ArrayList<>();
        engine.journal.forEach(entry -> fresh.apply(entry).forEach(e -> replayed.add(e.event())));
        assertThat(replayed).contains(live.get(0));
        assertThat(fresh.auction("X")).isNotNull();
        assertThat(fresh.auction("BAD")).isNull();
    }

    @Test
    void whilePausedAnUninvitedRetailerIsNotQualifiedAndAStrangerUnknown() {
        engine.at(1, clockAuction("X"));
        engine.at(5, new EngineCommand.StartAuction("X"));
        engine.at(6, new EngineCommand.PauseAuction("X"));
        assertThat(engine.at(7, bid("X", "C", 1, 1))).containsExactly(
                new BidRejected("X", "C", 1, RejectionCode.NOT_QUALIFIED));
        assertThat(engine.at(8, bid("X", "Z", 1, 1))).containsExactly(
                new BidRejected("X", "Z", 1, RejectionCode.UNKNOWN_BIDDER));
    }

    @Test
    void roundsCloseAndOpenOnTheirTimetableWhenTimePasses() {
        engine.at(1, clockAuction("X"));
        engine.at(5, new EngineCommand.StartAuction("X"));
        engine.at(10, bid("X", "A", 1, 2));
        engine.at(11, bid("X", "B", 1, 2));
        assertThat(engine.at(80, new EngineCommand.Tick())).containsExactly(
                new RoundClosed("X", 1, price("30.00"), 4, SupplyBand.ONE_AND_A_HALF_TO_TWO, price("28.50"),
                        T0.plusSeconds(75)),
                new RoundOpened("X", 2, price("28.50"), T0.plusSeconds(75), T0.plusSeconds(135)));
    }

    @Test
    void aBidStampedAtTheClosingTimeFindsTheRoundClosedEvenBeforeAnyTimerFired() {
        engine.at(1, clockAuction("X"));
        engine.at(5, new EngineCommand.StartAuction("X"));
        engine.at(10, bid("X", "A", 1, 2));
        engine.at(11, bid("X", "B", 1, 2));
        List<EngineEvent> late = engine.at(65, bid("X", "A", 1, 1));
        assertThat(late).startsWith(new RoundClosed("X", 1, price("30.00"), 4, SupplyBand.ONE_AND_A_HALF_TO_TWO,
                price("28.50"), T0.plusSeconds(75)));
        assertThat(late).endsWith(new BidRejected("X", "A", 1, RejectionCode.ROUND_CLOSED));
    }

    @Test
    void aPausedAuctionRefusesBidsAndKeepsTheTimeThatWasLeft() {
        engine.at(1, clockAuction("X"));
        engine.at(5, new EngineCommand.StartAuction("X"));
        engine.at(25, new EngineCommand.PauseAuction("X"));
        assertThat(engine.at(30, bid("X", "A", 1, 2))).containsExactly(
                new BidRejected("X", "A", 1, RejectionCode.NOT_OPEN));
        assertThat(engine.at(500, new EngineCommand.ResumeAuction("X"))).containsExactly(
                new AuctionStateChanged("X", AuctionState.RUNNING, "resumed"),
                new RoundRescheduled("X", 1, T0.plusSeconds(540), "resumed"));
    }

    @Test
    void afterARestartAnOpenRoundGetsAtLeastTheGraceBeforeItCloses() {
        engine.at(1, clockAuction("X"));
        engine.at(5, new EngineCommand.StartAuction("X"));
        engine.at(10, bid("X", "A", 1, 2));
        assertThat(engine.at(300, new EngineCommand.Recover(Duration.ofSeconds(60)))).containsExactly(
                new RoundRescheduled("X", 1, T0.plusSeconds(360), "recovery"));
        assertThat(engine.at(301, bid("X", "B", 1, 2))).containsExactly(
                new ClockBidAccepted("X", "B", 1, 2, null));
    }

    @Test
    void aRestartDuringARecessOpensTheNextRoundAtOnceWithTheGraceAndSaysSo() {
        engine.at(1, clockAuction("X"));
        engine.at(5, new EngineCommand.StartAuction("X"));
        engine.at(10, bid("X", "A", 1, 2));
        engine.at(11, bid("X", "B", 1, 2));
        engine.at(66, new EngineCommand.Tick());
        assertThat(engine.at(300, new EngineCommand.Recover(Duration.ofSeconds(90)))).containsExactly(
                new EngineEvent.NextRoundRescheduled("X", 2, T0.plusSeconds(300), T0.plusSeconds(390), "recovery"));
        assertThat(engine.at(301, new EngineCommand.Tick())).containsExactly(
                new RoundOpened("X", 2, price("28.50"), T0.plusSeconds(300), T0.plusSeconds(390)));
    }

    @Test
    void aRetailerNotInvitedIsNotQualifiedAndAnUnknownOneIsUnknown() {
        engine.at(1, clockAuction("X"));
        engine.at(5, new EngineCommand.StartAuction("X"));
        assertThat(engine.at(6, bid("X", "C", 1, 1))).containsExactly(
                new BidRejected("X", "C", 1, RejectionCode.NOT_QUALIFIED));
        assertThat(engine.at(7, bid("X", "Z", 1, 1))).containsExactly(
                new BidRejected("X", "Z", 1, RejectionCode.UNKNOWN_BIDDER));
    }

    @Test
    void aFailedAuctionCanBeReauctionedButAnAwardedOneCannot() {
        engine.at(1, clockAuction("X"));
        engine.at(5, new EngineCommand.StartAuction("X"));
        engine.at(10, bid("X", "A", 1, 1));
        assertThat(engine.at(70, new EngineCommand.Tick())).contains(
                new AuctionEnded("X", AuctionStatus.UNDERSUBSCRIBED, null, List.of()));
        assertThat(engine.at(80, new EngineCommand.CreateClockAuction("Y", "L1",
                clockAuction("Y").parameters(), Duration.ofSeconds(60), Duration.ZERO, EngineFixture.SEED,
                List.of(), "X"))).hasSize(1).first().isInstanceOf(EngineEvent.AuctionCreated.class);
        engine.at(81, new EngineCommand.StartAuction("Y"));
        engine.at(82, bid("Y", "A", 1, 1));
        engine.at(83, bid("Y", "B", 1, 1));
        assertThat(engine.at(150, new EngineCommand.Tick())).contains(new AuctionEnded("Y", AuctionStatus.FAILED_RESERVE,
                price("30.00"), List.of()));
        engine.at(151, new EngineCommand.CreateClockAuction("Z", "L1", clockAuction("Z").parameters(),
                Duration.ofSeconds(60), Duration.ZERO, EngineFixture.SEED, List.of(), "Y"));
        engine.at(152, new EngineCommand.StartAuction("Z"));
        engine.at(153, bid("Z", "A", 1, 2));
        engine.at(220, new EngineCommand.Tick());
        assertThat(engine.processor.auction("Z").outcome()).isEqualTo(AuctionStatus.FAILED_RESERVE);
        assertThat(engine.at(221, new EngineCommand.CreateClockAuction("W", "L1", clockAuction("W").parameters(),
                Duration.ofSeconds(60), Duration.ZERO, EngineFixture.SEED, List.of(), "Q")))
                .containsExactly(new CommandRejected("INVALID_AUCTION", "auctionId", "no auction Q to re-auction"));
        assertThat(engine.at(222, new EngineCommand.CreateClockAuction("W", "L1", clockAuction("W").parameters(),
                Duration.ofSeconds(60), Duration.ZERO, EngineFixture.SEED, List.of(), "Y")))
                .containsExactly(new CommandRejected("ALREADY_REAUCTIONED", "auctionId",
                        "auction Y was already re-auctioned as Z; re-auction that one if it failed too"));
    }

    @Test
    void anAwardIsApprovedOnlyOnceTheAuctionEnded() {
        engine.at(1, new EngineCommand.CreateClockAuction("X", "L1", jp.tomoni.core.clock.ClockParameters.withDefaults(
                2, price("30.00"), null), Duration.ofSeconds(60), Duration.ZERO, EngineFixture.SEED, List.of(), null));
        assertThat(engine.at(2, new EngineCommand.ApproveAward("X"))).containsExactly(
                new CommandRejected("WRONG_STATE", "state", "auction X is CREATED, not ENDED"));
        engine.at(5, new EngineCommand.StartAuction("X"));
        engine.at(6, bid("X", "A", 1, 1));
        engine.at(7, bid("X", "B", 1, 1));
        assertThat(engine.at(70, new EngineCommand.Tick())).contains(new AuctionEnded("X", AuctionStatus.AWARDED,
                price("30.00"), List.of(new TrancheAward("A", 1), new TrancheAward("B", 1))));
        assertThat(engine.at(71, new EngineCommand.ApproveAward("X"))).containsExactly(
                new AuctionStateChanged("X", AuctionState.APPROVED, "award approved"));
    }

    @Test
    void anOpenReverseAuctionClosesAtItsExtendedTime() {
        OpenReverseParameters parameters = new OpenReverseParameters(T0.plusSeconds(10), T0.plusSeconds(3600),
                price("30.00"), price("29.00"), price("0.01"), Duration.ofMinutes(30), Duration.ofMinutes(30), 10);
        engine.at(1, new EngineCommand.CreateReverseAuction("R", "L1", parameters, EngineFixture.SEED, List.of(), null));
        engine.at(2, new EngineCommand.StartAuction("R"));
        assertThat(engine.at(5, new EngineCommand.SubmitReverseBid("R", "A", price("28.00")))).containsExactly(
                new BidRejected("R", "A", 0, RejectionCode.NOT_OPEN));
        assertThat(engine.at(3000, new EngineCommand.SubmitReverseBid("R", "B", price("28.00")))).containsExactly(
                new EngineEvent.ReverseBidAccepted("R", "B", price("28.00"), true),
                new EngineEvent.ClosingMoved("R", T0.plusSeconds(4800), 1, "soft-close extension"));
        assertThat(engine.at(3600, new EngineCommand.Tick())).isEmpty();
        assertThat(engine.at(4800, new EngineCommand.Tick())).containsExactly(
                new AuctionEnded("R", AuctionStatus.AWARDED, price("28.00"), List.of(new TrancheAward("B", 1))));
    }

    @Test
    void replayingTheJournalGivesTheSameEvents() {
        engine.at(1, clockAuction("X"));
        engine.at(5, new EngineCommand.StartAuction("X"));
        engine.at(10, bid("X", "A", 1, 2));
        engine.at(11, bid("X", "B", 1, 2));
        engine.at(90, bid("X", "A", 2, 1));
        engine.at(200, new EngineCommand.Tick());
        EngineProcessor fresh = new EngineProcessor();
        List<LoggedEvent> replayed = new java.util.ArrayList<>();
        engine.journal.forEach(entry -> replayed.addAll(fresh.apply(entry)));
        assertThat(fresh.auction("X").log().from(0)).isEqualTo(engine.processor.auction("X").log().from(0));
        assertThat(replayed).isNotEmpty();
        assertThat(fresh.auction("X").outcome()).isEqualTo(AuctionStatus.FAILED_RESERVE)
                .isEqualTo(engine.processor.auction("X").outcome());
    }
}
