package jp.tomoni.web.bidder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import jp.tomoni.contract.v1.BidderEvent;
import jp.tomoni.core.AuctionStatus;
import jp.tomoni.core.clock.ClockResult.TrancheAward;
import jp.tomoni.core.clock.SupplyBand;
import jp.tomoni.core.unit.Price;
import jp.tomoni.engine.EngineEvent;
import jp.tomoni.engine.LoggedEvent;
import org.junit.jupiter.api.Test;

/** What one retailer's stream shows of each event, and what it hides. */
class BidderEventsTest {

    private static final Instant AT = Instant.parse("2026-12-01T00:00:00Z");

    private static LoggedEvent logged(EngineEvent event) {
        return new LoggedEvent(7, 0, AT, event);
    }

    @Test
    void anotherBiddersOpenReverseBidShowsOnlyAsAChangedStandingAndNeverByName() {
        BidderStanding standing = new BidderStanding();
        EngineEvent others = new EngineEvent.ReverseBidAccepted("R", "B", Price.parse("27.00"), true);
        standing.apply(others);
        assertThat(BidderEvents.render(logged(others), "A", standing, false)).isNull();
        BidderEvent shown = BidderEvents.render(logged(others), "A", standing, true);
        assertThat(shown.hasStanding()).isTrue();
        assertThat(shown.getStanding().getLowestPrice()).isEqualTo(2700);
        assertThat(shown.getStanding().getRank()).isZero();
        assertThat(shown.toString()).doesNotContain("\"B\"");
    }

    @Test
    void theStreamShowsAnotherBidOnlyWhenTheLowestPriceOrTheCallersRankMoves() {
        BidderStream stream = new BidderStream("A");
        assertThat(stream.render(logged(new EngineEvent.ReverseBidAccepted("R", "A", Price.parse("28.00"), true)))
                .getBidAccepted().getRank()).isEqualTo(1);
        assertThat(stream.render(logged(new EngineEvent.ReverseBidAccepted("R", "B", Price.parse("28.50"), false))))
                .as("B behind A: nothing moved for A").isNull();
        BidderEvent undercut = stream.render(logged(new EngineEvent.ReverseBidAccepted("R", "B", Price.parse("27.00"), true)));
        assertThat(undercut.getStanding().getLowestPrice()).isEqualTo(2700);
        assertThat(undercut.getStanding().getRank()).isEqualTo(2);
    }

    @Test
    void roundsShowTheBandButNotTheSupplyAndOthersClockBidsAreHidden() {
        BidderStanding standing = new BidderStanding();
        BidderEvent closed = BidderEvents.render(logged(new EngineEvent.RoundClosed("X", 1, Price.parse("30.00"), 17,
                SupplyBand.ONE_AND_A_HALF_TO_TWO, Price.parse("28.50"), AT)), "A", standing, false);
        assertThat(closed.getRoundClosed().getSupplyBand()).isEqualTo("(1.5,2]");
        assertThat(closed.getRoundClosed().getNextPrice()).isEqualTo(2850);
        assertThat(closed.getRoundClosed().getAllFields().values()).as("the supply, 17, is never sent")
                .doesNotContain(17, 17L);
        assertThat(BidderEvents.render(logged(new EngineEvent.ClockBidAccepted("X", "B", 1, 3, null)), "A", standing,
                false)).isNull();
    }

    @Test
    void theEndShowsThePriceOnlyWithAnAwardAndOnlyTheCallersTranches() {
        BidderStanding standing = new BidderStanding();
        BidderEvent awarded = BidderEvents.render(logged(new EngineEvent.AuctionEnded("X", AuctionStatus.AWARDED,
                Price.parse("27.30"), List.of(new TrancheAward("A", 4), new TrancheAward("B", 6)))), "A", standing, false);
        assertThat(awarded.getAuctionEnded().getPrice()).isEqualTo(2730);
        assertThat(awarded.getAuctionEnded().getMyTranches()).isEqualTo(4);
        assertThat(awarded.toString()).doesNotContain("\"B\"");
        BidderEvent failed = BidderEvents.render(logged(new EngineEvent.AuctionEnded("X", AuctionStatus.FAILED_RESERVE,
                Price.parse("29.00"), List.of())), "A", standing, false);
        assertThat(failed.getAuctionEnded().getStatus()).isEqualTo("FAILED_RESERVE");
        assertThat(failed.getAuctionEnded().hasPrice()).isFalse();
    }
}
