package jp.tomoni.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import jp.tomoni.simulation.ClockStrategy;
import org.junit.jupiter.api.Test;

/** A live bidder reads its stream, bids steadily then in a burst, keeps the activity rule, and stops at the end. */
class LiveBidderTest {

    static final long T0 = Instant.parse("2026-11-22T09:00:00Z").toEpochMilli();
    static final LiveBidder.Timing TIMING = new LiveBidder.Timing(1000, 3000, 200, 500, 100);

    private final LiveBidder bidder = new LiveBidder(ClockStrategy.ofCosts(2500, 2600, 2900), 0, TIMING, 1);

    static String opened(long seq, int index, int round, String price, long closesAt) {
        return "{\"event\":\"RoundOpened\",\"id\":\"" + seq + "." + index + "\",\"data\":{\"seq\":" + seq
                + ",\"type\":\"RoundOpened\",\"round\":" + round + ",\"price\":\"" + price + "\",\"opensAt\":\""
                + Instant.ofEpochMilli(closesAt - 10_000) + "\",\"closesAt\":\"" + Instant.ofEpochMilli(closesAt) + "\"}}";
    }

    static String closed(long seq, int index, int round) {
        return "{\"event\":\"RoundClosed\",\"id\":\"" + seq + "." + index + "\",\"data\":{\"seq\":" + seq
                + ",\"type\":\"RoundClosed\",\"round\":" + round + ",\"price\":\"30.00\",\"supplyBand\":\">2\"}}";
    }

    @Test
    void bidsSteadilyThenInABurstAndNotInTheLastMoment() {
        bidder.absorb(List.of(opened(5, 0, 1, "30.00", T0 + 10_000)), T0);
        LiveBidder.Plan first = bidder.plan(T0);
        assertThat(first.kind()).isEqualTo(LiveBidder.Kind.WAIT);
        assertThat(first.pauseMillis()).isBetween(100L, 1000L);
        LiveBidder.Plan steady = bidder.plan(T0 + 1000);
        assertThat(steady.kind()).isEqualTo(LiveBidder.Kind.BID);
        assertThat(steady.name()).isEqualTo("bid (steady)");
        assertThat(steady.body()).isEqualTo("{\"round\":1,\"quantity\":3}");
        assertThat(bidder.plan(T0 + 1001).kind()).as("not again at once").isEqualTo(LiveBidder.Kind.WAIT);
        bidder.answered(steady, 201);
        LiveBidder.Plan burst = bidder.plan(T0 + 7500);
        assertThat(burst.name()).isEqualTo("bid (burst)");
        assertThat(bidder.plan(T0 + 7501).pauseMillis()).as("the next burst bid within 100 to 300 ms")
                .isBetween(99L, 300L);
        assertThat(bidder.plan(T0 + 9600)).as("within the guard before the close")
                .satisfies(p -> assertThat(p.kind()).isEqualTo(LiveBidder.Kind.WAIT))
                .satisfies(p -> assertThat(p.pauseMillis()).isEqualTo(100));
    }

    @Test
    void theNextRoundNeverRaisesAndAnUnacceptedRoundMeansOut() {
        bidder.absorb(List.of(opened(5, 0, 1, "30.00", T0 + 10_000)), T0);
        LiveBidder.Plan round1 = bidder.plan(T0 + 1000);
        bidder.answered(round1, 201);
        bidder.absorb(List.of(closed(40, 0, 1), opened(40, 1, 2, "28.50", T0 + 22_000)), T0 + 12_000);
        LiveBidder.Plan round2 = bidder.plan(T0 + 13_000);
        assertThat(round2.body()).isEqualTo("{\"round\":2,\"quantity\":2,\"exitPrice\":\"29.00\"}");
        bidder.answered(round2, 503);
        bidder.absorb(List.of(closed(80, 0, 2), opened(80, 1, 3, "27.07", T0 + 34_000)), T0 + 24_000);
        assertThat(bidder.round()).isEqualTo(3);
        assertThat(bidder.plan(T0 + 26_000).kind()).as("no bid accepted in round 2: out")
                .isEqualTo(LiveBidder.Kind.WAIT);
    }

    @Test
    void probesTheLoadCapOnceInRoundOne() {
        LiveBidder prober = new LiveBidder(ClockStrategy.ofCosts(2500), 7, TIMING, 1);
        prober.absorb(List.of(opened(5, 0, 1, "30.00", T0 + 10_000)), T0);
        LiveBidder.Plan probe = prober.plan(T0 + 1000);
        assertThat(probe.kind()).isEqualTo(LiveBidder.Kind.PROBE);
        assertThat(probe.body()).isEqualTo("{\"round\":1,\"quantity\":7}");
        prober.answered(probe, 422);
        LiveBidder.Plan bid = prober.plan(T0 + 3000);
        assertThat(bid.kind()).isEqualTo(LiveBidder.Kind.BID);
        assertThat(bid.body()).isEqualTo("{\"round\":1,\"quantity\":1}");
    }

    @Test
    void oldAndForeignMessagesAreIgnoredAndTheEndIsNoticed() {
        bidder.absorb(List.of(opened(5, 0, 1, "30.00", T0 + 10_000), closed(40, 0, 1)), T0);
        bidder.absorb(List.of(opened(5, 0, 1, "30.00", T0 + 10_000), "not json", "{\"event\":\"x\",\"data\":\"text\"}"),
                T0 + 1000);
        assertThat(bidder.plan(T0 + 2000).kind()).as("round 1 stays closed").isEqualTo(LiveBidder.Kind.WAIT);
        bidder.absorb(List.of("{\"event\":\"AuctionEnded\",\"id\":\"90.1\",\"data\":{\"seq\":90,\"type\":\"AuctionEnded\","
                + "\"status\":\"AWARDED\",\"price\":\"27.07\",\"myTranches\":2}}"), T0 + 3000);
        assertThat(bidder.ended()).isTrue();
        assertThat(bidder.endStatus()).isEqualTo("AWARDED");
        assertThat(bidder.tranchesWon()).isEqualTo(2);
        assertThat(bidder.plan(T0 + 3000).pauseMillis()).isZero();
    }
}
