package jp.tomoni.core.clock;

import static jp.tomoni.core.clock.ClockFixture.accepted;
import static jp.tomoni.core.clock.ClockFixture.award;
import static jp.tomoni.core.clock.ClockFixture.bid;
import static jp.tomoni.core.clock.ClockFixture.bidder;
import static jp.tomoni.core.clock.ClockFixture.close;
import static jp.tomoni.core.clock.ClockFixture.closed;
import static jp.tomoni.core.clock.ClockFixture.ended;
import static jp.tomoni.core.clock.ClockFixture.open;
import static jp.tomoni.core.clock.ClockFixture.opened;
import static jp.tomoni.core.clock.ClockFixture.params;
import static jp.tomoni.core.clock.SupplyBand.AT_MOST_ONE;
import static jp.tomoni.core.clock.SupplyBand.ONE_AND_A_HALF_TO_TWO;
import static jp.tomoni.core.clock.SupplyBand.ABOVE_TWO;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.tomoni.core.AuctionStatus;
import jp.tomoni.core.clock.ClockCommand.Bid;
import jp.tomoni.core.draw.DrawRecord;
import jp.tomoni.core.unit.Percentage;
import jp.tomoni.core.unit.Price;
import org.junit.jupiter.api.Test;

/** The CLOCK rules, one case each: given these bids, when the round closes, expect these events. */
class ClockRulesTest {

    private static final Bid A_TWO = bid("A", 1, 2);
    private static final Bid B_TWO = bid("B", 1, 2);

    @Test
    void roundOneOpensAtTheStartPriceAndTheNextPriceFallsByFivePercent() {
        ClockFixture auction = new ClockFixture(params(2, "30.00"), bidder("A", 2), bidder("B", 2));
        assertThat(auction.when(open(1), A_TWO, B_TWO, close(1), open(2))).containsExactly(
                opened(1, "30.00"), accepted(A_TWO, null), accepted(B_TWO, null),
                closed(1, "30.00", 4, ONE_AND_A_HALF_TO_TWO, "28.50"), opened(2, "28.50"));
    }

    @Test
    void theDecrementRoundsHalfUpToTheHundredth() {
        assertThat(params(10, "30.00").nextPrice(Price.parse("28.50"))).isEqualTo(Price.parse("27.07"));
    }

    @Test
    void theDecrementIsAPercentageOfTheStartPriceWhenThatIsLarger() {
        assertThat(params(10, "30.00").decrement(Price.parse("5.00"))).isEqualTo(Price.parse("0.30"));
    }

    @Test
    void theDecrementIsAtLeastOneHundredthAndThePriceNeverFallsBelowTheFloor() {
        ClockParameters none = new ClockParameters(4, Price.parse("0.50"), null, Price.parse("0.40"),
                new Percentage(0), new Percentage(0), 4, false);
        assertThat(none.decrement(Price.parse("0.50"))).isEqualTo(Price.parse("0.01"));
        ClockParameters steep = new ClockParameters(4, Price.parse("0.50"), null, Price.parse("0.40"),
                new Percentage(5000), new Percentage(0), 4, false);
        assertThat(steep.nextPrice(Price.parse("0.50"))).isEqualTo(Price.parse("0.40"));
    }

    @Test
    void theLastBidReceivedInARoundCounts() {
        ClockFixture auction = new ClockFixture(params(3, "30.00"), bidder("A", 3), bidder("B", 2));
        Bid first = bid("A", 1, 3);
        Bid second = bid("A", 1, 1);
        assertThat(auction.when(open(1), first, B_TWO, second, close(1))).containsExactly(
                opened(1, "30.00"), accepted(first, null), accepted(B_TWO, null), accepted(second, null),
                closed(1, "30.00", 3, AT_MOST_ONE, null),
                ended(AuctionStatus.AWARDED, "30.00", 1, List.of(), award("A", 1), award("B", 2)));
    }

    @Test
    void aSilentBidderIsTakenToBidZeroWithItsExitAtThePreviousPrice() {
        ClockFixture auction = new ClockFixture(params(3, "30.00"), bidder("A", 2), bidder("B", 2));
        Bid aDrops = bid("A", 2, 1, "29.50");
        List<ClockEvent> events = auction.when(open(1), A_TWO, B_TWO, close(1), open(2), aDrops, close(2));
        assertThat(events.subList(5, events.size())).containsExactly(
                accepted(aDrops, "29.50"), closed(2, "28.50", 1, AT_MOST_ONE, null),
                ended(AuctionStatus.AWARDED, "30.00", 2, List.of(), award("A", 2), award("B", 1)));
    }

    @Test
    void whenEveryoneFallsSilentInTheLastRoundTheShortfallIsDrawnAtThePreviousPrice() throws Exception {
        ClockFixture auction = new ClockFixture(params(3, "30.00"), bidder("A", 2), bidder("B", 2));
        List<ClockEvent> events = auction.when(open(1), A_TWO, B_TWO, close(1), open(2), close(2));
        String a = ClockFixture.drawHash("exit-2", "A");
        String b = ClockFixture.drawHash("exit-2", "B");
        boolean aFirst = a.compareTo(b) < 0;
        DrawRecord draw = new DrawRecord("exit-2", aFirst
                ? List.of(new DrawRecord.Entry("A", a), new DrawRecord.Entry("B", b))
                : List.of(new DrawRecord.Entry("B", b), new DrawRecord.Entry("A", a)));
        assertThat(events.subList(events.size() - 2, events.size())).containsExactly(
                closed(2, "28.50", 0, AT_MOST_ONE, null),
                ended(AuctionStatus.AWARDED, "30.00", 2, List.of(draw),
                        award("A", aFirst ? 2 : 1), award("B", aFirst ? 1 : 2)));
    }

    @Test
    void theShortfallIsFilledLowestExitPriceFirstAndTheLastOneUsedSetsTheClearingPrice() {
        ClockFixture auction = new ClockFixture(params(5, "30.00"), bidder("A", 3), bidder("B", 3), bidder("C", 3));
        Bid aDrops = bid("A", 2, 1, "29.00");
        Bid bDrops = bid("B", 2, 1, "28.60");
        Bid cDrops = bid("C", 2, 0, "29.90");
        List<ClockEvent> events = auction.when(open(1), bid("A", 1, 3), bid("B", 1, 3), bid("C", 1, 3), close(1),
                open(2), aDrops, bDrops, cDrops, close(2));
        assertThat(events.subList(events.size() - 2, events.size())).containsExactly(
                closed(2, "28.50", 2, AT_MOST_ONE, null),
                ended(AuctionStatus.AWARDED, "29.00", 2, List.of(), award("A", 2), award("B", 3)));
    }

    @Test
    void whenSupplyEqualsTheTranchesTheRoundPriceClears() {
        ClockFixture auction = new ClockFixture(params(2, "30.00"), bidder("A", 2), bidder("B", 2));
        List<ClockEvent> events = auction.when(open(1), A_TWO, B_TWO, close(1), open(2),
                bid("A", 2, 1, "29.00"), bid("B", 2, 1), close(2));
        assertThat(events.get(events.size() - 1)).isEqualTo(
                ended(AuctionStatus.AWARDED, "28.50", 2, List.of(), award("A", 1), award("B", 1)));
    }

    @Test
    void equalExitPricesAreOrderedByTheSeededDraw() throws Exception {
        ClockFixture auction = new ClockFixture(params(3, "30.00"), bidder("A", 2), bidder("B", 2));
        List<ClockEvent> events = auction.when(open(1), A_TWO, B_TWO, close(1), open(2),
                bid("A", 2, 1, "29.00"), bid("B", 2, 1, "29.00"), close(2));
        String a = ClockFixture.drawHash("exit-2", "A");
        String b = ClockFixture.drawHash("exit-2", "B");
        boolean aFirst = a.compareTo(b) < 0;
        DrawRecord draw = new DrawRecord("exit-2", aFirst
                ? List.of(new DrawRecord.Entry("A", a), new DrawRecord.Entry("B", b))
                : List.of(new DrawRecord.Entry("B", b), new DrawRecord.Entry("A", a)));
        assertThat(events.get(events.size() - 1)).isEqualTo(ended(AuctionStatus.AWARDED, "29.00", 2,
                List.of(draw), award("A", aFirst ? 2 : 1), award("B", aFirst ? 1 : 2)));
    }

    @Test
    void atTheFloorTheTranchesAreDrawnAmongThoseOffered() throws Exception {
        ClockParameters atFloor = new ClockParameters(2, Price.parse("1.00"), null, Price.parse("1.00"),
                new Percentage(500), new Percentage(100), 2, false);
        ClockFixture auction = new ClockFixture(atFloor, bidder("A", 2), bidder("B", 1));
        List<ClockEvent> events = auction.when(open(1), bid("A", 1, 2), bid("B", 1, 1), close(1));
        List<DrawRecord.Entry> entries = new java.util.ArrayList<>();
        for (String key : List.of("A#1", "A#2", "B#1")) {
            entries.add(new DrawRecord.Entry(key, ClockFixture.drawHash("floor-1", key)));
        }
        entries.sort(java.util.Comparator.comparing(DrawRecord.Entry::hash));
        long aWins = entries.subList(0, 2).stream().filter(e -> e.key().startsWith("A#")).count();
        ClockResult.TrancheAward[] awards = aWins == 2 ? new ClockResult.TrancheAward[] {award("A", 2)}
                : new ClockResult.TrancheAward[] {award("A", 1), award("B", 1)};
        assertThat(events.subList(events.size() - 2, events.size())).containsExactly(
                closed(1, "1.00", 3, SupplyBand.ONE_AND_A_QUARTER_TO_ONE_AND_A_HALF, null),
                ended(AuctionStatus.AWARDED, "1.00", 1, List.of(new DrawRecord("floor-1", entries)), awards));
    }

    @Test
    void anUndersubscribedFirstRoundFailsUnlessAPartialAwardIsAllowed() {
        ClockFixture strict = new ClockFixture(params(5, "30.00"), bidder("A", 3));
        assertThat(strict.when(open(1), bid("A", 1, 3), close(1))).endsWith(
                ended(AuctionStatus.UNDERSUBSCRIBED, null, 1, List.of()));
        ClockParameters partial = new ClockParameters(5, Price.parse("30.00"), null, Price.ONE_HUNDREDTH,
                new Percentage(500), new Percentage(100), 5, true);
        ClockFixture lenient = new ClockFixture(partial, bidder("A", 3));
        assertThat(lenient.when(open(1), bid("A", 1, 3), close(1))).endsWith(
                ended(AuctionStatus.PARTIALLY_AWARDED, "30.00", 1, List.of(), award("A", 3)));
    }

    @Test
    void aFirstRoundWithNoOfferEndsWithNoBids() {
        ClockFixture auction = new ClockFixture(params(5, "30.00"), bidder("A", 3));
        assertThat(auction.when(open(1), close(1))).containsExactly(opened(1, "30.00"),
                closed(1, "30.00", 0, AT_MOST_ONE, null), ended(AuctionStatus.NO_BIDS, null, 1, List.of()));
    }

    @Test
    void aClearingPriceAboveTheReserveFailsTheAuctionButOneEqualToItDoesNot() {
        ClockFixture above = new ClockFixture(ClockParameters.withDefaults(2, Price.parse("30.00"), Price.parse("29.99")),
                bidder("A", 2));
        assertThat(above.when(open(1), bid("A", 1, 2), close(1))).endsWith(
                ended(AuctionStatus.FAILED_RESERVE, "30.00", 1, List.of()));
        ClockFixture equal = new ClockFixture(ClockParameters.withDefaults(2, Price.parse("30.00"), Price.parse("30.00")),
                bidder("A", 2));
        assertThat(equal.when(open(1), bid("A", 1, 2), close(1))).endsWith(
                ended(AuctionStatus.AWARDED, "30.00", 1, List.of(), award("A", 2)));
    }

    @Test
    void supplyBandsFollowTheRatioOfSupplyToTranches() {
        assertThat(List.of(10, 11, 12, 13, 15, 16, 20, 21)).map(s -> SupplyBand.of(s, 10).label())
                .containsExactly("<=1", "(1,1.25]", "(1,1.25]", "(1.25,1.5]", "(1.25,1.5]", "(1.5,2]", "(1.5,2]", ">2");
        assertThat(SupplyBand.of(25, 10)).isEqualTo(ABOVE_TWO);
    }

    @Test
    void replayingTheRecordedEventsRebuildsTheSameAuction() {
        ClockFixture live = new ClockFixture(params(3, "30.00"), bidder("A", 2), bidder("B", 2));
        List<ClockEvent> events = live.when(open(1), A_TWO, B_TWO, close(1), open(2), bid("A", 2, 1, "29.50"));
        ClockAuction rebuilt = new ClockAuction(params(3, "30.00"), List.of(bidder("A", 2), bidder("B", 2)),
                ClockFixture.SEED);
        events.forEach(rebuilt::apply);
        List<ClockEvent> liveEnd = live.when(close(2));
        List<ClockEvent> rebuiltEnd = new java.util.ArrayList<>();
        rebuilt.process(close(2), rebuiltEnd::add);
        assertThat(rebuiltEnd).isEqualTo(liveEnd).isNotEmpty();
        assertThat(rebuilt.closedRounds()).isEqualTo(live.auction.closedRounds());
    }
}
