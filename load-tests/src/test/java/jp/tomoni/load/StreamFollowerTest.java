package jp.tomoni.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A retailer following its stream keeps each round's first opening with its receive time, and knows when to stop. */
class StreamFollowerTest {

    static final long T0 = Instant.parse("2026-12-01T09:00:00Z").toEpochMilli();

    private final StreamFollower follower = new StreamFollower(2);

    static String opened(int round, long opensAt, long at) {
        return "{\"event\":\"RoundOpened\",\"id\":\"" + (10 * round) + ".0\",\"data\":{\"seq\":" + (10 * round)
                + ",\"at\":\"" + Instant.ofEpochMilli(at) + "\",\"type\":\"RoundOpened\",\"round\":" + round
                + ",\"price\":\"30.00\",\"opensAt\":\"" + Instant.ofEpochMilli(opensAt) + "\",\"closesAt\":\""
                + Instant.ofEpochMilli(opensAt + 6000) + "\"}}";
    }

    static String closed(int round) {
        return "{\"event\":\"RoundClosed\",\"id\":\"" + (10 * round + 5) + ".0\",\"data\":{\"type\":\"RoundClosed\","
                + "\"round\":" + round + ",\"price\":\"30.00\",\"supplyBand\":\">2\"}}";
    }

    @Test
    void keepsTheFirstOpeningOfEachRoundWithItsReceiveTime() {
        follower.connected(T0 - 5000);
        follower.absorb(T0 + 40, opened(1, T0, T0 + 3));
        follower.absorb(T0 + 900, opened(1, T0, T0 + 3));
        follower.absorb(T0 + 950, "not json");
        follower.absorb(T0 + 960, "{\"event\":\"x\",\"data\":\"plain text\"}");
        follower.absorb(T0 + 970, closed(1));
        assertThat(follower.done()).as("round 1 of 2 closed").isFalse();
        follower.absorb(T0 + 8025, opened(2, T0 + 8000, T0 + 8001));
        follower.absorb(T0 + 16_030, opened(3, T0 + 16_000, T0 + 16_002));
        assertThat(follower.deliveries()).containsExactly(
                new StreamFollower.Delivery(1, T0, T0 + 3, T0 + 40),
                new StreamFollower.Delivery(2, T0 + 8000, T0 + 8001, T0 + 8025));
        assertThat(follower.connectedAtMillis()).isEqualTo(T0 - 5000);
        follower.absorb(T0 + 14_000, closed(2));
        assertThat(follower.done()).as("the last round followed closed").isTrue();
    }

    @Test
    void dataAsJsonTextIsReadAndTheEndOfTheAuctionEndsIt() {
        String text = opened(1, T0, T0 + 3);
        String data = text.substring(text.indexOf("\"data\":") + 7, text.length() - 1);
        follower.absorb(T0 + 12, "{\"event\":\"RoundOpened\",\"data\":" + OfficerApi.JSON.getNodeFactory().stringNode(data) + "}");
        assertThat(follower.deliveries()).singleElement()
                .satisfies(d -> assertThat(d.receivedAtMillis() - d.opensAtMillis()).isEqualTo(12));
        assertThat(follower.connectedAtMillis()).as("never told").isEqualTo(-1);
        follower.absorb(T0 + 20, "{\"event\":\"AuctionEnded\",\"data\":{\"type\":\"AuctionEnded\",\"status\":\"NO_AWARD\"}}");
        assertThat(follower.done()).isTrue();
    }

    @Test
    void theLogHasOneLinePerRetailerAndRoundAndOneForARetailerThatReceivedNothing() {
        follower.connected(T0 - 5000);
        follower.absorb(T0 + 40, opened(1, T0, T0 + 3));
        follower.absorb(T0 + 8025, opened(2, T0 + 8000, T0 + 8001));
        RoundDeliveryLog log = new RoundDeliveryLog();
        log.add(7, new StreamFollower(2));
        log.add(3, follower);
        assertThat(log.text(10, 2, 2)).isEqualTo("# retailers=10 bidders=2 rounds=2\n" + RoundDeliveryLog.COLUMNS + "\n"
                + "3\t1\t" + T0 + "\t" + (T0 + 3) + "\t" + (T0 + 40) + "\t" + (T0 - 5000) + "\n"
                + "3\t2\t" + (T0 + 8000) + "\t" + (T0 + 8001) + "\t" + (T0 + 8025) + "\t" + (T0 - 5000) + "\n"
                + "7\t0\t-1\t-1\t-1\t-1\n");
    }

    @Test
    void followsAtLeastOneRound() {
        assertThatThrownBy(() -> new StreamFollower(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
