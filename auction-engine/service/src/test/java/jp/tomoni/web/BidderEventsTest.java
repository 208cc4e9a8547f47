package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
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
        assertThat(BidderEvents.render(logged(others), "A", standing, true).toString())
                .contains("\"type\":\"Standing\"").contains("\"lowestPrice\":\"27.00\"").doesNotContain("\"B\"");
    }

    @Test
    void roundsShowTheBandButNotTheSupplyAndOthersClockBidsAreHidden() {
        BidderStanding standing = new BidderStanding();
        String closed = BidderEvents.render(logged(new EngineEvent.RoundClosed("X", 1, Price.parse("30.00"), 17,
                SupplyBand.ONE_AND_A_HALF_TO_TWO, Price.parse("28.50"), AT)), "A", standing, false).toString();
        assertThat(closed).contains("\"supplyBand\":\"(1.5,2]\"").doesNotContain("17");
        assertThat(BidderEvents.render(logged(new EngineEvent.ClockBidAccepted("X", "B", 1, 3, null)), "A", standing,
                false)).isNull();
    }

    @Test
    void theEndShowsThePriceOnlyWithAnAwardAndOnlyTheCallersTranches() {
        BidderStanding standing = new BidderStanding();
        String awarded = BidderEvents.render(logged(new EngineEvent.AuctionEnded("X", AuctionStatus.AWARDED,
                Price.parse("27.30"), List.of(new TrancheAward("A", 4), new TrancheAward("B", 6)))), "A", standing,
                false).toString();
        assertThat(awarded).contains("\"price\":\"27.30\"").contains("\"myTranches\":4").doesNotContain("\"B\"");
        String failed = BidderEvents.render(logged(new EngineEvent.AuctionEnded("X", AuctionStatus.FAILED_RESERVE,
                Price.parse("29.00"), List.of())), "A", standing, false).toString();
        assertThat(failed).contains("FAILED_RESERVE").doesNotContain("29.00");
    }
}
