package jp.tomoni.web.bidder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import jp.tomoni.engine.EngineEvent;

/**
 * The OPEN_REVERSE standings, folded from accepted bids: each bidder's latest price and when it was
 * received, so that a retailer can be told the lowest price and its own rank, never who holds which rank.
 */
final class BidderStanding {

    private final Map<String, long[]> latest = new LinkedHashMap<>();
    private long order;

    void apply(EngineEvent event) {
        if (event instanceof EngineEvent.ReverseBidAccepted a) {
            latest.put(a.retailerId(), new long[] {a.price().hundredths(), order++});
        }
    }

    /** The lowest price so far in hundredths of a yen, or {@code null}. */
    Long lowestPrice() {
        return latest.values().stream().mapToLong(v -> v[0]).min().stream().boxed().findFirst().orElse(null);
    }

    /** A bidder's rank: 1 for the lowest price, earlier first on equal prices; 0 without a bid. */
    int rankOf(String bidder) {
        long[] own = latest.get(bidder);
        if (own == null) {
            return 0;
        }
        int rank = 1;
        for (long[] other : latest.values()) {
            if (other[0] < own[0] || (other[0] == own[0] && other[1] < own[1])) {
                rank++;
            }
        }
        return rank;
    }

    /**
     * A retailer's standing: NOT_QUALIFIED when not invited; once ended, WINNER or NOT_AWARDED; in CLOCK, OUT
     * when it offered nothing in the round before the open one; otherwise ACTIVE.
     */
    static String status(boolean invited, EngineEvent.AuctionEnded ended, String me, SortedMap<Integer, Integer> mine,
                         Integer openRound, String format) {
        if (!invited) {
            return "NOT_QUALIFIED";
        } else if (ended != null) {
            return ended.awards().stream().anyMatch(a -> a.bidder().equals(me)) ? "WINNER" : "NOT_AWARDED";
        } else if ("CLOCK".equals(format) && openRound != null && openRound >= 2
                && mine.getOrDefault(openRound - 1, 0) == 0) {
            return "OUT";
        }
        return "ACTIVE";
    }
}
