package jp.tomoni.core.clock;

import static jp.tomoni.core.clock.ClockFixture.accepted;
import static jp.tomoni.core.clock.ClockFixture.bid;
import static jp.tomoni.core.clock.ClockFixture.bidder;
import static jp.tomoni.core.clock.ClockFixture.close;
import static jp.tomoni.core.clock.ClockFixture.open;
import static jp.tomoni.core.clock.ClockFixture.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.tomoni.core.RejectionCode;
import jp.tomoni.core.clock.ClockCommand.Bid;
import jp.tomoni.core.unit.Percentage;
import jp.tomoni.core.unit.Price;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every CLOCK rejection code, each from one bid. A rejected bid changes nothing: the bidder's last accepted
 * bid in the round still stands. Given: T = 4, load cap 3, start 30.00; A eligible for 4, B for 2, C not
 * qualified, D eligible for 2; round 1 is open, A holds 3 and B holds 2, so supply is above T.
 */
class ClockRejectionsTest {

    private ClockFixture auction;

    @BeforeEach
    void givenRoundOneIsOpen() {
        ClockParameters parameters = new ClockParameters(4, Price.parse("30.00"), null, Price.ONE_HUNDREDTH,
                new Percentage(500), new Percentage(100), 3, false);
        auction = new ClockFixture(parameters, bidder("A", 4), bidder("B", 2), new ClockBidder("C", 4, false),
                bidder("D", 2));
        auction.when(open(1), bid("A", 1, 3), bid("B", 1, 2));
    }

    private void expectRejected(int round, Bid bid, RejectionCode reason) {
        ClockAuction state = auction.auction;
        int supplyBefore = state.supply();
        int standingBefore = state.result() == null && onRoster(bid.bidder()) ? state.quantityOf(bid.bidder()) : 0;
        assertThat(auction.when(bid)).containsExactly(rejected(round, bid, reason));
        assertThat(state.supply()).isEqualTo(supplyBefore);
        if (state.result() == null && onRoster(bid.bidder())) {
            assertThat(state.quantityOf(bid.bidder())).isEqualTo(standingBefore);
        }
    }

    private static boolean onRoster(String bidder) {
        return List.of("A", "B", "C", "D").contains(bidder);
    }

    @Test
    void anUnknownBidder() {
        expectRejected(1, bid("Z", 1, 1), RejectionCode.UNKNOWN_BIDDER);
    }

    @Test
    void aBidderThatIsNotQualified() {
        expectRejected(1, bid("C", 1, 1), RejectionCode.NOT_QUALIFIED);
    }

    @Test
    void aNegativeQuantity() {
        expectRejected(1, bid("A", 1, -1), RejectionCode.INVALID_QUANTITY);
    }

    @Test
    void moreThanTheBiddersEligibility() {
        expectRejected(1, bid("B", 1, 3), RejectionCode.ABOVE_ELIGIBILITY);
    }

    @Test
    void moreThanTheLoadCap() {
        expectRejected(1, bid("A", 1, 4), RejectionCode.ABOVE_LOAD_CAP);
    }

    @Test
    void aBidForARoundThatIsNotOpenYet() {
        expectRejected(1, bid("A", 2, 1), RejectionCode.WRONG_ROUND);
        expectRejected(1, bid("A", 0, 1), RejectionCode.WRONG_ROUND);
    }

    @Test
    void aBidForTheNextRoundDuringTheRecess() {
        auction.when(close(1));
        expectRejected(1, bid("A", 2, 1), RejectionCode.NOT_OPEN);
    }

    @Test
    void aBidThatArrivesAfterItsRoundClosedIsNotCarriedIntoTheNextRound() {
        auction.when(bid("D", 1, 1), close(1));
        expectRejected(1, bid("A", 1, 1), RejectionCode.ROUND_CLOSED);
        auction.when(open(2));
        expectRejected(2, bid("A", 1, 1), RejectionCode.ROUND_CLOSED);
    }

    @Test
    void beforeTheAuctionOpens() {
        ClockFixture unopened = new ClockFixture(ClockFixture.params(2, "30.00"), bidder("A", 2));
        Bid early = bid("A", 1, 1);
        assertThat(unopened.when(early)).containsExactly(rejected(0, early, RejectionCode.NOT_OPEN));
    }

    @Test
    void afterTheAuctionEnded() {
        auction.when(close(1));
        auction.when(open(2), bid("A", 2, 2), bid("B", 2, 2), close(2));
        assertThat(auction.auction.result()).isNotNull();
        expectRejected(2, bid("A", 3, 1), RejectionCode.AUCTION_CLOSED);
    }

    @Test
    void aBidderThatWentToZeroIsOut() {
        auction.when(bid("D", 1, 0), close(1), open(2));
        expectRejected(2, bid("D", 2, 1), RejectionCode.NOT_ACTIVE);
        expectRejected(2, bid("D", 2, 0), RejectionCode.NOT_ACTIVE);
    }

    @Test
    void moreThanThePreviousRoundBreaksTheActivityRuleEvenWhenEligibilityWouldAllowIt() {
        auction.when(bid("D", 1, 1), close(1), open(2));
        expectRejected(2, bid("A", 2, 4), RejectionCode.ACTIVITY_RULE);
        expectRejected(2, bid("B", 2, 3), RejectionCode.ACTIVITY_RULE);
    }

    @Test
    void anExitPriceAtOrBelowTheRoundPriceOrAboveThePreviousOne() {
        auction.when(bid("D", 1, 1), close(1), open(2));
        expectRejected(2, bid("A", 2, 1, "28.50"), RejectionCode.EXIT_PRICE_OUT_OF_RANGE);
        expectRejected(2, bid("A", 2, 1, "30.01"), RejectionCode.EXIT_PRICE_OUT_OF_RANGE);
        Bid atPrevious = bid("A", 2, 1, "30.00");
        assertThat(auction.when(atPrevious)).containsExactly(accepted(atPrevious, "30.00"));
    }

    @Test
    void anExitPriceIsIgnoredWhereItCannotApply() {
        Bid roundOne = bid("D", 1, 1, "99.00");
        assertThat(auction.when(roundOne)).containsExactly(accepted(roundOne, null));
        auction.when(close(1), open(2));
        Bid keepsAll = bid("A", 2, 3, "99.00");
        assertThat(auction.when(keepsAll)).containsExactly(accepted(keepsAll, null));
    }
}
