package jp.tomoni.core.reverse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.tomoni.core.AuctionStatus;
import jp.tomoni.core.RejectionCode;
import jp.tomoni.core.reverse.ReverseEvent.AuctionEnded;
import jp.tomoni.core.reverse.ReverseEvent.BidAccepted;
import jp.tomoni.core.reverse.ReverseEvent.BidRejected;
import jp.tomoni.core.reverse.ReverseEvent.ClosingExtended;
import jp.tomoni.core.unit.Price;
import org.junit.jupiter.api.Test;

/**
 * The OPEN_REVERSE rules, one case each. Given: opens 09:00, closes 17:00, ceiling 30.00, reserve 27.00,
 * step 0.05, window and extension 30 minutes, at most 2 extensions; A and B qualified, C not.
 */
class OpenReverseRulesTest {

    private static final Instant OPENS = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-12-01T08:00:00Z");

    private final OpenReverseAuction auction = new OpenReverseAuction(new OpenReverseParameters(OPENS, CLOSES,
            Price.parse("30.00"), Price.parse("27.00"), Price.parse("0.05"), Duration.ofMinutes(30),
            Duration.ofMinutes(30), 2), Map.of("A", true, "B", true, "C", false));

    private List<ReverseEvent> when(ReverseCommand... commands) {
        List<ReverseEvent> events = new ArrayList<>();
        for (ReverseCommand command : commands) {
            auction.process(command, events::add);
        }
        return events;
    }

    private static ReverseCommand.Bid bid(String bidder, String minutesBeforeClose, String price) {
        return new ReverseCommand.Bid(bidder, CLOSES.minus(Duration.parse(minutesBeforeClose)), Price.parse(price));
    }

    private static ReverseCommand.Bid bidAt(String bidder, Instant at, String price) {
        return new ReverseCommand.Bid(bidder, at, Price.parse(price));
    }

    private static BidAccepted accepted(ReverseCommand.Bid bid, boolean newLowest) {
        return new BidAccepted(bid.bidder(), bid.at(), bid.price(), newLowest);
    }

    @Test
    void everyRejectionCodeOfTheFormat() {
        ReverseCommand.Bid early = bidAt("A", OPENS.minusSeconds(1), "29.00");
        ReverseCommand.Bid stranger = bid("Z", "PT5H", "29.00");
        ReverseCommand.Bid unqualified = bid("C", "PT5H", "29.00");
        ReverseCommand.Bid above = bid("A", "PT5H", "30.01");
        ReverseCommand.Bid zero = bid("A", "PT5H", "0.00");
        ReverseCommand.Bid first = bid("A", "PT5H", "29.00");
        ReverseCommand.Bid tooClose = bid("A", "PT4H", "28.96");
        ReverseCommand.Bid atClose = bidAt("B", CLOSES, "20.00");
        assertThat(when(early, stranger, unqualified, above, zero, first, tooClose, atClose)).containsExactly(
                new BidRejected(early, RejectionCode.NOT_OPEN),
                new BidRejected(stranger, RejectionCode.UNKNOWN_BIDDER),
                new BidRejected(unqualified, RejectionCode.NOT_QUALIFIED),
                new BidRejected(above, RejectionCode.ABOVE_CEILING),
                new BidRejected(zero, RejectionCode.INVALID_PRICE),
                accepted(first, true),
                new BidRejected(tooClose, RejectionCode.STEP_TOO_SMALL),
                new BidRejected(atClose, RejectionCode.AUCTION_CLOSED));
    }

    @Test
    void aBidAtTheCeilingAndOneExactlyAStepBelowAreAccepted() {
        ReverseCommand.Bid ceiling = bidAt("A", OPENS, "30.00");
        ReverseCommand.Bid oneStep = bid("A", "PT5H", "29.95");
        assertThat(when(ceiling, oneStep)).containsExactly(accepted(ceiling, true), accepted(oneStep, true));
    }

    @Test
    void aNewLowestPriceInsideTheWindowMovesTheClosingTime() {
        ReverseCommand.Bid b = bid("B", "PT20M", "27.20");
        assertThat(when(b)).containsExactly(accepted(b, true),
                new ClosingExtended(CLOSES.plus(Duration.ofMinutes(10)), 1));
        assertThat(auction.closesAt()).isEqualTo(CLOSES.plus(Duration.ofMinutes(10)));
    }

    @Test
    void aBidOutsideTheWindowOrNotBeatingTheLowestNeverExtends() {
        ReverseCommand.Bid outside = bid("A", "PT31M", "28.00");
        ReverseCommand.Bid notLowest = bid("B", "PT10M", "28.50");
        ReverseCommand.Bid equal = bid("B", "PT5M", "28.00");
        assertThat(when(outside, notLowest, equal)).containsExactly(accepted(outside, true),
                accepted(notLowest, false), accepted(equal, false));
        assertThat(auction.closesAt()).isEqualTo(CLOSES);
    }

    @Test
    void extensionsStopAtTheirCap() {
        ReverseCommand.Bid one = bid("A", "PT1M", "29.00");
        ReverseCommand.Bid two = bidAt("B", CLOSES.plus(Duration.ofMinutes(20)), "28.90");
        ReverseCommand.Bid three = bidAt("A", CLOSES.plus(Duration.ofMinutes(45)), "28.80");
        assertThat(when(one, two, three)).containsExactly(
                accepted(one, true), new ClosingExtended(CLOSES.plus(Duration.ofMinutes(29)), 1),
                accepted(two, true), new ClosingExtended(CLOSES.plus(Duration.ofMinutes(50)), 2),
                accepted(three, true));
    }

    @Test
    void theLowestPriceWinsAndEqualPricesGoToTheEarlierBid() {
        ReverseCommand.Bid b = bid("B", "PT3H", "27.00");
        ReverseCommand.Bid a = bid("A", "PT2H", "27.00");
        when(b, a);
        assertThat(auction.rankOf("B")).isEqualTo(1);
        assertThat(auction.rankOf("A")).isEqualTo(2);
        assertThat(when(new ReverseCommand.Close(CLOSES))).containsExactly(new AuctionEnded(
                new ReverseResult(AuctionStatus.AWARDED, "B", Price.parse("27.00"), CLOSES, 0)));
    }

    @Test
    void aLowestPriceAboveTheReserveFails() {
        when(bid("A", "PT3H", "27.01"));
        assertThat(when(new ReverseCommand.Close(CLOSES))).containsExactly(new AuctionEnded(
                new ReverseResult(AuctionStatus.FAILED_RESERVE, "A", Price.parse("27.01"), CLOSES, 0)));
    }

    @Test
    void noAcceptedBidEndsWithNoBids() {
        when(bid("C", "PT3H", "25.00"));
        assertThat(when(new ReverseCommand.Close(CLOSES))).containsExactly(new AuctionEnded(
                new ReverseResult(AuctionStatus.NO_BIDS, null, null, CLOSES, 0)));
    }

    @Test
    void aClosingTimerMadeStaleByAnExtensionDoesNothing() {
        when(bid("A", "PT10M", "28.00"));
        assertThat(when(new ReverseCommand.Close(CLOSES))).isEmpty();
        assertThat(auction.result()).isNull();
    }

    @Test
    void anExtensionThatWouldNotMoveTheClosingTimeIsNotCounted() {
        OpenReverseAuction shortExtension = new OpenReverseAuction(new OpenReverseParameters(OPENS, CLOSES,
                Price.parse("30.00"), null, Price.ONE_HUNDREDTH, Duration.ofMinutes(30), Duration.ofMinutes(5), 1),
                Map.of("A", true));
        List<ReverseEvent> events = new ArrayList<>();
        shortExtension.process(bid("A", "PT20M", "28.00"), events::add);
        shortExtension.process(bid("A", "PT2M", "27.00"), events::add);
        assertThat(events).filteredOn(e -> e instanceof ClosingExtended)
                .containsExactly(new ClosingExtended(CLOSES.plus(Duration.ofMinutes(3)), 1));
    }

    @Test
    void aRescheduledCloseIsNotAnExtension() {
        Instant later = CLOSES.plus(Duration.ofHours(1));
        assertThat(when(new ReverseCommand.Reschedule(later))).containsExactly(
                new ReverseEvent.ClosingRescheduled(later));
        ReverseCommand.Bid inWindow = bidAt("A", later.minus(Duration.ofMinutes(5)), "28.00");
        assertThat(when(inWindow)).containsExactly(accepted(inWindow, true),
                new ClosingExtended(later.plus(Duration.ofMinutes(25)), 1));
    }

    @Test
    void raisingOnesOwnPriceIsAStepTooSmallNotAnError() {
        ReverseCommand.Bid first = bid("A", "PT5H", "25.00");
        ReverseCommand.Bid higher = bid("A", "PT4H", "26.00");
        assertThat(when(first, higher)).containsExactly(accepted(first, true),
                new BidRejected(higher, RejectionCode.STEP_TOO_SMALL));
    }
}
