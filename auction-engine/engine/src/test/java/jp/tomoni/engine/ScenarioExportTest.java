package jp.tomoni.engine;

import static jp.tomoni.engine.EngineFixture.bid;
import static jp.tomoni.engine.EngineFixture.clockAuction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import jp.tomoni.core.AuctionStatus;
import jp.tomoni.core.RejectionCode;
import jp.tomoni.core.clock.ClockCommand;
import jp.tomoni.core.reverse.OpenReverseParameters;
import jp.tomoni.core.unit.Price;
import jp.tomoni.engine.EngineEvent.AuctionEnded;
import jp.tomoni.engine.EngineEvent.BidRejected;
import jp.tomoni.engine.EngineEvent.RoundClosed;
import jp.tomoni.replay.ReplayOutcome;
import jp.tomoni.replay.Scenario;
import jp.tomoni.replay.ScenarioReader;
import jp.tomoni.replay.ScenarioReplay;
import jp.tomoni.replay.ScenarioWriter;
import org.junit.jupiter.api.Test;

/** A live auction exported as a scenario file replays to the result the engine announced. */
class ScenarioExportTest {

    private final EngineFixture engine = new EngineFixture().withLotAndRetailers();

    private static Price price(String text) {
        return Price.parse(text);
    }

    /** Three rounds, rejected bids of several kinds, a late bid and a tie at the exit price decided by draw. */
    private LiveAuction clockAuctionWithEverything() {
        engine.at(1, clockAuction("X"));
        engine.at(5, new EngineCommand.StartAuction("X"));
        engine.at(10, bid("X", "A", 1, 3));
        engine.at(11, bid("X", "A", 1, 2));
        engine.at(12, bid("X", "B", 1, 2));
        engine.at(13, bid("X", "C", 1, 1));
        engine.at(14, bid("X", "Z", 1, 1));
        engine.at(70, bid("X", "B", 1, 1));
        engine.at(80, bid("X", "A", 1, 1));
        engine.at(81, bid("X", "A", 2, 2));
        engine.at(82, bid("X", "B", 2, 2));
        engine.at(83, new EngineCommand.SubmitClockBid("X", "B", 2, 1, price("29.00")));
        engine.at(150, bid("X", "A", 3, 1));
        engine.at(151, bid("X", "B", 3, 0));
        engine.at(300, new EngineCommand.Tick());
        return engine.processor.auction("X");
    }

    private LiveAuction reverseAuctionWithExtensions() {
        OpenReverseParameters parameters = new OpenReverseParameters(EngineFixture.T0.plusSeconds(10),
                EngineFixture.T0.plusSeconds(3600), price("30.00"), price("29.00"), price("0.01"),
                Duration.ofMinutes(30), Duration.ofMinutes(30), 10);
        engine.at(1, new EngineCommand.CreateReverseAuction("R", "L1", parameters, EngineFixture.SEED, List.of(), null));
        engine.at(2, new EngineCommand.StartAuction("R"));
        engine.at(5, new EngineCommand.SubmitReverseBid("R", "A", price("28.00")));
        engine.at(100, new EngineCommand.SubmitReverseBid("R", "A", price("28.50")));
        engine.at(200, new EngineCommand.SubmitReverseBid("R", "B", price("31.00")));
        engine.at(300, new EngineCommand.SubmitReverseBid("R", "A", price("28.50")));
        engine.at(3000, new EngineCommand.SubmitReverseBid("R", "B", price("28.00")));
        engine.at(4000, new EngineCommand.SubmitReverseBid("R", "C", price("27.99")));
        engine.at(4100, new EngineCommand.SubmitReverseBid("R", "Z", price("27.00")));
        engine.at(6000, new EngineCommand.Tick());
        engine.at(6100, new EngineCommand.SubmitReverseBid("R", "A", price("20.00")));
        return engine.processor.auction("R");
    }

    private static AuctionEnded ended(LiveAuction auction) {
        return auction.log().from(0).stream().map(LoggedEvent::event).filter(AuctionEnded.class::isInstance)
                .map(AuctionEnded.class::cast).findFirst().orElseThrow();
    }

    private static List<RejectionCode> rejections(LiveAuction auction) {
        return auction.log().from(0).stream().map(LoggedEvent::event).filter(BidRejected.class::isInstance)
                .map(e -> ((BidRejected) e).code()).toList();
    }

    private static ReplayOutcome replayOfTheFile(Scenario exported) {
        return ScenarioReplay.run(ScenarioReader.read(ScenarioWriter.write(exported)));
    }

    private static void assertSameResult(ReplayOutcome replay, AuctionEnded live) {
        assertThat(replay.status()).isEqualTo(live.status());
        assertThat(replay.price()).isEqualTo(live.price());
        List<String> awards = replay.report() == null ? List.of() : replay.report().allocation().winners().stream()
                .map(w -> w.share().bidder() + ":" + w.share().tranches()).toList();
        assertThat(awards).isEqualTo(live.awards().stream().map(a -> a.bidder() + ":" + a.tranches()).toList());
    }

    @Test
    void aClockAuctionWithSeveralRoundsRejectionsAndALateBidReplaysToTheLiveResult() {
        LiveAuction auction = clockAuctionWithEverything();
        AuctionEnded live = ended(auction);
        assertThat(live.status()).isEqualTo(AuctionStatus.AWARDED);
        assertThat(live.price()).isEqualTo(price("28.50"));
        assertThat(rejections(auction)).containsExactly(RejectionCode.ABOVE_ELIGIBILITY,
                RejectionCode.NOT_QUALIFIED, RejectionCode.UNKNOWN_BIDDER, RejectionCode.ROUND_CLOSED,
                RejectionCode.ROUND_CLOSED);

        Scenario exported = ScenarioExport.of(auction);
        ReplayOutcome replay = replayOfTheFile(exported);

        assertSameResult(replay, live);
        assertThat(replay.draws()).hasSize(1);
        assertThat(replay.rounds()).extracting(r -> r.round() + "@" + r.price() + "=" + r.supply())
                .containsExactlyElementsOf(auction.log().from(0).stream().map(LoggedEvent::event)
                        .filter(RoundClosed.class::isInstance).map(RoundClosed.class::cast)
                        .map(r -> r.round() + "@" + r.price() + "=" + r.supply()).toList());
        assertThat(replay.rejections()).extracting(ReplayOutcome.Rejection::reason).containsExactly(
                RejectionCode.ABOVE_ELIGIBILITY, RejectionCode.NOT_QUALIFIED, RejectionCode.UNKNOWN_BIDDER,
                RejectionCode.ROUND_CLOSED);
    }

    @Test
    void theClockScenarioKeepsTheLateBidInTheRoundItArrivedInAndListsInvitedBiddersFirst() {
        Scenario exported = ScenarioExport.of(clockAuctionWithEverything());

        assertThat(exported.rounds()).hasSize(3);
        assertThat(exported.rounds().get(1)).first().isEqualTo(new ClockCommand.Bid("A", 1, 1, null));
        assertThat(exported.bidders()).extracting(b -> b.id() + "/" + b.eligibility() + "/" + b.qualified())
                .containsExactly("A/2/true", "B/2/true", "C/2/false");
        assertThat(exported.bidders()).allSatisfy(b -> assertThat(b.planFactor()).isEqualTo(EngineFixture.RENEWABLE));
        assertThat(exported.offset()).isNull();
        assertThat(ScenarioReader.read(ScenarioWriter.write(exported))).isEqualTo(exported);
    }

    @Test
    void anOpenReverseAuctionWithExtensionsReplaysToTheLiveResult() {
        LiveAuction auction = reverseAuctionWithExtensions();
        AuctionEnded live = ended(auction);
        assertThat(live.status()).isEqualTo(AuctionStatus.AWARDED);
        assertThat(live.price()).isEqualTo(price("27.99"));
        engine.at(6200, new EngineCommand.ApproveAward("R"));

        Scenario exported = ScenarioExport.of(auction);
        ReplayOutcome replay = replayOfTheFile(exported);

        assertSameResult(replay, live);
        assertThat(replay.extensions()).isEqualTo(2);
        assertThat(replay.closesAt()).isEqualTo(EngineFixture.T0.plusSeconds(5800));
        assertThat(rejections(auction)).containsExactly(RejectionCode.NOT_OPEN, RejectionCode.ABOVE_CEILING,
                RejectionCode.STEP_TOO_SMALL, RejectionCode.UNKNOWN_BIDDER, RejectionCode.AUCTION_CLOSED);
        assertThat(replay.rejections()).extracting(ReplayOutcome.Rejection::reason).containsExactly(
                RejectionCode.NOT_OPEN, RejectionCode.ABOVE_CEILING, RejectionCode.STEP_TOO_SMALL,
                RejectionCode.UNKNOWN_BIDDER);
        assertThat(exported.offset()).isEqualTo(ZoneOffset.ofHours(9));
        assertThat(exported.openReverse()).isEqualTo(((LiveReverseAuction) auction).parameters());
        assertThat(exported.bidders()).extracting(b -> b.id() + "/" + b.eligibility() + "/" + b.qualified())
                .containsExactly("A/0/true", "B/0/true", "C/0/true");
        assertThat(ScenarioReader.read(ScenarioWriter.write(exported))).isEqualTo(exported);
    }

    @Test
    void bidsAfterTheCloseAreLeftOutSoTheFileNoLongerChanges() {
        LiveAuction auction = reverseAuctionWithExtensions();
        String file = ScenarioWriter.write(ScenarioExport.of(auction));
        assertThat(ScenarioExport.of(auction).bids()).hasSize(7)
                .allSatisfy(b -> assertThat(b.at()).isBefore(EngineFixture.T0.plusSeconds(5800)));
        engine.at(7000, new EngineCommand.SubmitReverseBid("R", "B", price("10.00")));
        assertThat(ScenarioWriter.write(ScenarioExport.of(auction))).isEqualTo(file);
    }

    @Test
    void onlyAnEndedOrApprovedAuctionCanBeExported() {
        engine.at(1, clockAuction("X"));
        assertThatThrownBy(() -> ScenarioExport.of(engine.processor.auction("X")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CREATED");
        engine.at(5, new EngineCommand.StartAuction("X"));
        assertThatThrownBy(() -> ScenarioExport.of(engine.processor.auction("X")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("RUNNING");
        engine.at(6, new EngineCommand.CancelAuction("X", "test"));
        assertThatThrownBy(() -> ScenarioExport.of(engine.processor.auction("X")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CANCELLED");
    }

    @Test
    void anOpenReverseAuctionWhoseCloseWasMovedByAPauseIsRefused() {
        OpenReverseParameters parameters = OpenReverseParameters.withDefaults(EngineFixture.T0.plusSeconds(10),
                EngineFixture.T0.plusSeconds(3600), price("30.00"), null);
        engine.at(1, new EngineCommand.CreateReverseAuction("R", "L1", parameters, EngineFixture.SEED, List.of(), null));
        engine.at(2, new EngineCommand.StartAuction("R"));
        engine.at(100, new EngineCommand.SubmitReverseBid("R", "A", price("28.50")));
        engine.at(200, new EngineCommand.PauseAuction("R"));
        engine.at(800, new EngineCommand.ResumeAuction("R"));
        engine.at(5000, new EngineCommand.Tick());
        assertThat(engine.processor.auction("R").state()).isEqualTo(AuctionState.ENDED);

        assertThatThrownBy(() -> ScenarioExport.of(engine.processor.auction("R")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("resumed");
    }
}
