package jp.tomoni.core.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import jp.tomoni.core.AuctionStatus;
import jp.tomoni.core.RejectionCode;
import jp.tomoni.core.clock.ClockCommand.Bid;
import jp.tomoni.core.clock.ClockCommand.CloseRound;
import jp.tomoni.core.clock.ClockCommand.OpenRound;
import jp.tomoni.core.clock.ClockEvent.AuctionEnded;
import jp.tomoni.core.clock.ClockEvent.BidAccepted;
import jp.tomoni.core.clock.ClockEvent.BidRejected;
import jp.tomoni.core.clock.ClockEvent.RoundClosed;
import jp.tomoni.core.clock.ClockEvent.RoundOpened;
import jp.tomoni.core.clock.ClockResult.TrancheAward;
import jp.tomoni.core.draw.DrawRecord;
import jp.tomoni.core.draw.TieBreakSeed;
import jp.tomoni.core.unit.Percentage;
import jp.tomoni.core.unit.Price;
import org.junit.jupiter.api.Test;

/** Hand-worked cases showing that {@link ReferenceClockAuction} itself follows the rules. */
class ReferenceClockAuctionTest {

    private static final TieBreakSeed SEED =
            TieBreakSeed.parse("6b86b273ff34fce19d6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4b");
    private static final List<ClockBidder> EXAMPLE_ROSTER = List.of(ClockBidder.qualified("R-A", 8),
            ClockBidder.qualified("R-B", 6), ClockBidder.qualified("R-C", 5), ClockBidder.qualified("R-D", 3));

    @Test
    void theClockBasicExampleClearsAt2730WithFourFourTwo() {
        // given examples/clock-basic.json: T 10, P1 30.00, R 27.50, a 5%, b 1%, L 6
        ReferenceClockAuction auction = new ReferenceClockAuction(example(Price.parse("0.01")), EXAMPLE_ROSTER, SEED);
        // when its three rounds of bids are sent
        List<ClockEvent> events = send(auction,
                new OpenRound(1), bid("R-A", 1, 7), bid("R-A", 1, 6), bid("R-B", 1, 6), bid("R-C", 1, 5),
                bid("R-D", 1, 4), bid("R-D", 1, 3), new CloseRound(1),
                new OpenRound(2), bid("R-A", 2, 6), bid("R-B", 2, 5, "29.00"), bid("R-C", 2, 6), bid("R-C", 2, 5),
                new CloseRound(2),
                new OpenRound(3), bid("R-A", 3, 4, "27.50"), bid("R-B", 3, 3, "27.30"), bid("R-C", 3, 2, "28.60"),
                bid("R-C", 3, 2, "28.00"), new CloseRound(3));
        // then the events are those of docs/auction-rules.md section 3.6
        assertThat(events).containsExactly(
                new RoundOpened(1, price("30.00")),
                new BidRejected(1, bid("R-A", 1, 7), RejectionCode.ABOVE_LOAD_CAP),
                accepted(1, "R-A", 6, null), accepted(1, "R-B", 6, null), accepted(1, "R-C", 5, null),
                new BidRejected(1, bid("R-D", 1, 4), RejectionCode.ABOVE_ELIGIBILITY),
                accepted(1, "R-D", 3, null),
                new RoundClosed(1, price("30.00"), 20, SupplyBand.ONE_AND_A_HALF_TO_TWO, price("28.50")),
                new RoundOpened(2, price("28.50")),
                accepted(2, "R-A", 6, null), accepted(2, "R-B", 5, "29.00"),
                new BidRejected(2, bid("R-C", 2, 6), RejectionCode.ACTIVITY_RULE),
                accepted(2, "R-C", 5, null),
                new RoundClosed(2, price("28.50"), 16, SupplyBand.ONE_AND_A_HALF_TO_TWO, price("27.07")),
                new RoundOpened(3, price("27.07")),
                accepted(3, "R-A", 4, "27.50"), accepted(3, "R-B", 3, "27.30"),
                new BidRejected(3, bid("R-C", 3, 2, "28.60"), RejectionCode.EXIT_PRICE_OUT_OF_RANGE),
                accepted(3, "R-C", 2, "28.00"),
                new RoundClosed(3, price("27.07"), 9, SupplyBand.AT_MOST_ONE, null),
                new AuctionEnded(new ClockResult(AuctionStatus.AWARDED, price("27.30"), 3,
                        List.of(award("R-A", 4), award("R-B", 4), award("R-C", 2)), List.of())));
    }

    @Test
    void equalExitPricesUsedPartWayAreOrderedByTheExitDraw() {
        // given the example, but R-A names exit 27.30 like R-B (docs section 6 illustration)
        ReferenceClockAuction auction = new ReferenceClockAuction(example(Price.parse("0.01")), EXAMPLE_ROSTER, SEED);
        send(auction, new OpenRound(1), bid("R-A", 1, 6), bid("R-B", 1, 6), bid("R-C", 1, 5), bid("R-D", 1, 3),
                new CloseRound(1), new OpenRound(2), bid("R-A", 2, 6), bid("R-B", 2, 5), bid("R-C", 2, 5),
                new CloseRound(2), new OpenRound(3));
        // when both drop 2 at 27.30 and one tranche is short
        List<ClockEvent> events = send(auction, bid("R-A", 3, 4, "27.30"), bid("R-B", 3, 3, "27.30"),
                bid("R-C", 3, 2, "28.00"), new CloseRound(3));
        // then R-A's hash 0225... comes before R-B's ad30..., so R-A supplies the missing tranche at 27.30
        DrawRecord draw = new DrawRecord("exit-3", List.of(
                new DrawRecord.Entry("R-A", "0225702e22584f813030418204a014ca4375165b4da5d25dca9c8cd207cc5082"),
                new DrawRecord.Entry("R-B", "ad30b40c30dd671bc8473495550922e7b90d1ccd27d70755cff1140771aca42d")));
        assertThat(events).last().isEqualTo(new AuctionEnded(new ClockResult(AuctionStatus.AWARDED,
                price("27.30"), 3, List.of(award("R-A", 5), award("R-B", 3), award("R-C", 2)), List.of(draw))));
    }

    @Test
    void excessSupplyAtTheFloorIsRationedByTheFloorDraw() {
        // given T 3 and a floor of 27.50, so round 3 (28.50 - 1.43 = 27.07) runs at the floor
        ClockParameters parameters = new ClockParameters(3, price("30.00"), null, price("27.50"),
                new Percentage(500), new Percentage(100), 3, false);
        ReferenceClockAuction auction = new ReferenceClockAuction(parameters, EXAMPLE_ROSTER, SEED);
        send(auction, new OpenRound(1), bid("R-A", 1, 2), bid("R-B", 1, 2), bid("R-C", 1, 1), new CloseRound(1),
                new OpenRound(2), bid("R-A", 2, 2), bid("R-B", 2, 2), bid("R-C", 2, 1), new CloseRound(2));
        // when round 3 closes with offers R-A 2, R-B 2, R-C 1
        List<ClockEvent> events = send(auction, new OpenRound(3), bid("R-A", 3, 2), bid("R-B", 3, 2),
                bid("R-C", 3, 1), new CloseRound(3));
        // then the draw floor-3 orders R-B#2, R-A#2, R-A#1, R-B#1, R-C#1 and the first three win
        assertThat(events.get(0)).isEqualTo(new RoundOpened(3, price("27.50")));
        AuctionEnded ended = (AuctionEnded) events.get(events.size() - 1);
        assertThat(ended.result().draws()).singleElement().satisfies(draw -> {
            assertThat(draw.context()).isEqualTo("floor-3");
            assertThat(draw.order()).extracting(DrawRecord.Entry::key)
                    .containsExactly("R-B#2", "R-A#2", "R-A#1", "R-B#1", "R-C#1");
            assertThat(draw.order().get(0).hash()).startsWith("07f0");
        });
        assertThat(ended.result().clearingPrice()).isEqualTo(price("27.50"));
        assertThat(ended.result().awards()).containsExactly(award("R-A", 2), award("R-B", 1));
    }

    @Test
    void rejectionCodesFollowTheDocumentedOrder() {
        // given T 2 at 10.00 and a roster with an unqualified bidder
        ClockParameters parameters = ClockParameters.withDefaults(2, price("10.00"), null);
        List<ClockBidder> roster = List.of(ClockBidder.qualified("A", 2), ClockBidder.qualified("B", 2),
                ClockBidder.qualified("C", 2), new ClockBidder("U", 2, false));
        ReferenceClockAuction auction = new ReferenceClockAuction(parameters, roster, SEED);
        // when bids break the rules before, during and between the rounds, and after the end
        List<ClockEvent> events = send(auction, bid("A", 1, 1), bid("Z", 1, 1), bid("U", 1, 1),
                new OpenRound(1), bid("A", 0, 1), bid("A", 2, 1), bid("A", 1, -1), bid("A", 1, 3),
                bid("A", 1, 2, "99.99"), bid("B", 1, 1), new CloseRound(1),
                bid("A", 1, 1), bid("A", 2, 1), bid("A", 3, 1),
                new OpenRound(2), bid("C", 2, 1), bid("A", 2, 3), bid("A", 2, 1, "10.01"), bid("A", 2, 0, "9.60"),
                bid("B", 2, 1, "50.00"), new CloseRound(2), bid("A", 3, 0));
        // then each gets the first code that applies; an exit price is ignored in round 1 and on a bid that
        // drops nothing; a later-round bid above eligibility is an ACTIVITY_RULE (docs section 9.1); a lone
        // reduction used part-way needs no draw
        assertThat(events).containsExactly(
                new BidRejected(0, bid("A", 1, 1), RejectionCode.NOT_OPEN),
                new BidRejected(0, bid("Z", 1, 1), RejectionCode.UNKNOWN_BIDDER),
                new BidRejected(0, bid("U", 1, 1), RejectionCode.NOT_QUALIFIED),
                new RoundOpened(1, price("10.00")),
                new BidRejected(1, bid("A", 0, 1), RejectionCode.WRONG_ROUND),
                new BidRejected(1, bid("A", 2, 1), RejectionCode.WRONG_ROUND),
                new BidRejected(1, bid("A", 1, -1), RejectionCode.INVALID_QUANTITY),
                new BidRejected(1, bid("A", 1, 3), RejectionCode.ABOVE_ELIGIBILITY),
                accepted(1, "A", 2, null),
                accepted(1, "B", 1, null),
                new RoundClosed(1, price("10.00"), 3, SupplyBand.ONE_AND_A_QUARTER_TO_ONE_AND_A_HALF, price("9.50")),
                new BidRejected(1, bid("A", 1, 1), RejectionCode.ROUND_CLOSED),
                new BidRejected(1, bid("A", 2, 1), RejectionCode.NOT_OPEN),
                new BidRejected(1, bid("A", 3, 1), RejectionCode.WRONG_ROUND),
                new RoundOpened(2, price("9.50")),
                new BidRejected(2, bid("C", 2, 1), RejectionCode.NOT_ACTIVE),
                new BidRejected(2, bid("A", 2, 3), RejectionCode.ACTIVITY_RULE),
                new BidRejected(2, bid("A", 2, 1, "10.01"), RejectionCode.EXIT_PRICE_OUT_OF_RANGE),
                accepted(2, "A", 0, "9.60"),
                accepted(2, "B", 1, null),
                new RoundClosed(2, price("9.50"), 1, SupplyBand.AT_MOST_ONE, null),
                new AuctionEnded(new ClockResult(AuctionStatus.AWARDED, price("9.60"), 2,
                        List.of(award("A", 1), award("B", 1)), List.of())),
                new BidRejected(2, bid("A", 3, 0), RejectionCode.AUCTION_CLOSED));
    }

    @Test
    void roundOneOutcomesDependOnSupplyPartialAwardAndReserve() {
        // given T 4 at 20.00; when round 1 closes with the offers below; then:
        assertThat(roundOne(false, null, 0).result().status()).isEqualTo(AuctionStatus.NO_BIDS);
        assertThat(roundOne(false, null, 3).result())
                .isEqualTo(new ClockResult(AuctionStatus.UNDERSUBSCRIBED, null, 1, List.of(), List.of()));
        assertThat(roundOne(true, null, 3).result()).isEqualTo(new ClockResult(AuctionStatus.PARTIALLY_AWARDED,
                price("20.00"), 1, List.of(award("A", 3)), List.of()));
        assertThat(roundOne(true, price("19.99"), 3).result())
                .isEqualTo(new ClockResult(AuctionStatus.FAILED_RESERVE, price("20.00"), 1, List.of(), List.of()));
        assertThat(roundOne(false, price("20.00"), 4).result()).isEqualTo(new ClockResult(AuctionStatus.AWARDED,
                price("20.00"), 1, List.of(award("A", 4)), List.of()));
    }

    @Test
    void theDecrementRoundsHalfUpAndStopsAtTheFloor() {
        // given P1 30.00, a 5%, b 1%; then the examples of docs section 3.3 hold, and a floor of 4.80 stops 4.70
        ClockParameters parameters = example(Price.ONE_HUNDREDTH);
        assertThat(ReferenceClockAuction.nextPrice(parameters, 3000)).isEqualTo(2850);
        assertThat(ReferenceClockAuction.nextPrice(parameters, 2850)).isEqualTo(2707);
        assertThat(ReferenceClockAuction.nextPrice(parameters, 500)).isEqualTo(470);
        assertThat(ReferenceClockAuction.nextPrice(example(price("4.80")), 500)).isEqualTo(480);
        assertThat(ReferenceClockAuction.band(10, 8)).isEqualTo(SupplyBand.ONE_TO_ONE_AND_A_QUARTER);
        assertThat(ReferenceClockAuction.band(11, 8)).isEqualTo(SupplyBand.ONE_AND_A_QUARTER_TO_ONE_AND_A_HALF);
        assertThat(ReferenceClockAuction.band(17, 8)).isEqualTo(SupplyBand.ABOVE_TWO);
    }

    private static ReferenceClockAuction roundOne(boolean partial, Price reserve, int offered) {
        ClockParameters parameters = new ClockParameters(4, price("20.00"), reserve, Price.ONE_HUNDREDTH,
                new Percentage(500), new Percentage(100), 4, partial);
        ReferenceClockAuction auction = new ReferenceClockAuction(parameters,
                List.of(ClockBidder.qualified("A", 4)), SEED);
        send(auction, new OpenRound(1), bid("A", 1, offered), new CloseRound(1));
        return auction;
    }

    private static ClockParameters example(Price floor) {
        return new ClockParameters(10, price("30.00"), price("27.50"), floor, new Percentage(500),
                new Percentage(100), 6, false);
    }

    private static List<ClockEvent> send(ReferenceClockAuction auction, ClockCommand... commands) {
        List<ClockEvent> events = new ArrayList<>();
        for (ClockCommand command : commands) {
            events.addAll(auction.process(command));
        }
        return events;
    }

    private static Bid bid(String bidder, int round, int quantity) {
        return new Bid(bidder, round, quantity, null);
    }

    private static Bid bid(String bidder, int round, int quantity, String exit) {
        return new Bid(bidder, round, quantity, price(exit));
    }

    private static BidAccepted accepted(int round, String bidder, int quantity, String exit) {
        return new BidAccepted(round, bidder, quantity, exit == null ? null : price(exit));
    }

    private static TrancheAward award(String bidder, int tranches) {
        return new TrancheAward(bidder, tranches);
    }

    private static Price price(String text) {
        return Price.parse(text);
    }
}
