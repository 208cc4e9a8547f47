package jp.tomoni.gateway.e2e;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * How one simulated retailer bids in a CLOCK auction: each tranche it can supply has a private cost in
 * hundredths of a yen, and it offers every tranche whose cost the round's price covers. It keeps the rules:
 * round 1 offers its capacity at most, later rounds never more than its quantity accepted in the round before,
 * a retailer at 0 is out, and the tranches dropped in round {@code r} carry an exit price (the dearest of
 * them) when that lies in {@code (P_r, P_(r-1)]}. Integer arithmetic only.
 */
final class ClockBidder {

    /** One bid: tranches offered and the exit price of the dropped ones ({@code null}: none). */
    record Decision(int quantity, String exitPrice) {
    }

    private final long[] costs;

    /** A retailer whose tranches cost {@code costs} hundredths of a yen each. */
    ClockBidder(long... costs) {
        if (costs.length == 0 || Arrays.stream(costs).anyMatch(c -> c < 1)) {
            throw new IllegalArgumentException("at least one tranche, every cost positive");
        }
        this.costs = costs.clone();
        Arrays.sort(this.costs);
    }

    /**
     * Its bid for {@code round} at {@code price}, or {@code null} when it is out and bids no more.
     *
     * @param price            the round's price in hundredths
     * @param previousPrice    the previous round's price in hundredths (ignored in round 1)
     * @param previousQuantity its accepted quantity in the previous round (ignored in round 1)
     */
    Decision decide(int round, long price, long previousPrice, int previousQuantity) {
        int supply = 0;
        while (supply < costs.length && costs[supply] <= price) {
            supply++;
        }
        if (round == 1) {
            return new Decision(supply, null);
        }
        if (previousQuantity <= 0) {
            return null;
        }
        int quantity = Math.min(previousQuantity, supply);
        if (quantity == previousQuantity) {
            return new Decision(quantity, null);
        }
        long exit = costs[previousQuantity - 1];
        boolean inRange = price < exit && exit <= previousPrice;
        return new Decision(quantity, inRange ? price(exit) : null);
    }

    /** A price in hundredths as the API writes it, {@code "26.00"}. */
    static String price(long hundredths) {
        return BigDecimal.valueOf(hundredths, 2).toPlainString();
    }

    /** A price as the API writes it, in hundredths. */
    static long hundredths(String price) {
        return new BigDecimal(price).movePointRight(2).longValueExact();
    }
}
