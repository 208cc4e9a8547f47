package jp.tomoni.load;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * How a simulated retailer bids in a CLOCK auction, in integer hundredths of a yen: each tranche it can
 * supply has a private cost, and it offers the tranches the round's price covers, never more than the
 * quantity the engine accepted from it in the round before (the activity rule: it never raises its
 * quantity). Tranches it drops carry the exit price of the dearest of them, which always lies in
 * {@code (P_r, P_(r-1)]}.
 */
public final class ClockStrategy {

    private final long[] costs;

    /** A retailer with these tranche costs (hundredths of a yen, each at least 1). */
    public ClockStrategy(long... costs) {
        if (costs.length == 0) {
            throw new IllegalArgumentException("a retailer supplies at least one tranche");
        }
        this.costs = costs.clone();
        Arrays.sort(this.costs);
        if (this.costs[0] < 1) {
            throw new IllegalArgumentException("costs are positive");
        }
    }

    /**
     * A retailer with {@code capacity} tranches: a base cost drawn from {@code [lowCost, highCost]} and each
     * further tranche dearer by a step drawn from {@code [0, maxStep]}, all from {@code seed}.
     */
    public static ClockStrategy drawn(long seed, int capacity, long lowCost, long highCost, long maxStep) {
        SplittableRandom random = new SplittableRandom(seed);
        long base = lowCost + random.nextLong(highCost - lowCost + 1);
        long step = random.nextLong(maxStep + 1);
        long[] costs = new long[capacity];
        for (int i = 0; i < capacity; i++) {
            costs[i] = base + i * step;
        }
        return new ClockStrategy(costs);
    }

    /**
     * What to bid.
     *
     * @param quantity  tranches offered
     * @param exitPrice hundredths of a yen for the tranches dropped, or {@code null} for none
     */
    public record Decision(int quantity, Long exitPrice) {
    }

    /** How many tranches it can supply. */
    public int capacity() {
        return costs.length;
    }

    /** Round 1 at {@code price}: every tranche the price covers. */
    public Decision firstRound(long price) {
        return new Decision(covered(price), null);
    }

    /**
     * Round {@code r >= 2} at {@code price}, after {@code previousPrice}, when the engine accepted
     * {@code previousQuantity} (more than 0) in round {@code r - 1}.
     */
    public Decision laterRound(long price, long previousPrice, int previousQuantity) {
        int quantity = Math.min(covered(price), previousQuantity);
        if (quantity == previousQuantity) {
            return new Decision(quantity, null);
        }
        long exit = costs[previousQuantity - 1];
        return new Decision(quantity, exit > price && exit <= previousPrice ? exit : null);
    }

    private int covered(long price) {
        int n = 0;
        while (n < costs.length && costs[n] <= price) {
            n++;
        }
        return n;
    }

    /** {@code hundredths} as a price string with two decimals ({@code 2450} is {@code "24.50"}). */
    public static String price(long hundredths) {
        return hundredths / 100 + "." + String.format("%02d", hundredths % 100);
    }

    /** A price string with at most two decimals as hundredths of a yen. */
    public static long parsePrice(String text) {
        int point = text.indexOf('.');
        if (point < 0) {
            return Long.parseLong(text) * 100;
        }
        String decimals = (text.substring(point + 1) + "00").substring(0, 2);
        if (text.length() - point - 1 > 2) {
            throw new IllegalArgumentException("more than two decimals: " + text);
        }
        return Long.parseLong(text.substring(0, point)) * 100 + Long.parseLong(decimals);
    }
}
