package jp.tomoni.simulation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * How a simulated retailer bids in a CLOCK auction: each tranche it can supply has a private cost in
 * hundredths of a yen, and it offers every tranche whose cost the round's price covers. So a "flat" retailer
 * offers its full capacity while the price is at or above its cost and drops to 0 below it, and a "stepwise"
 * one gives up one tranche at a time as the price falls before it drops the rest.
 *
 * <p>It keeps the rules of a CLOCK auction: the first round offers at most its capacity, later rounds never
 * more than the quantity accepted in the round before (activity rule), a retailer at 0 is out and bids no
 * more, and tranches dropped in round {@code r} carry the exit price that is the highest cost among them when
 * it lies in {@code (P_r, P_(r-1)]}, else none. Everything is integer arithmetic. The demo, the load tests and
 * the end-to-end tests all bid with this one strategy.
 */
public final class ClockStrategy {

    private final long[] trancheCosts;

    private ClockStrategy(long[] trancheCosts) {
        if (trancheCosts.length == 0) {
            throw new IllegalArgumentException("a retailer supplies at least one tranche");
        }
        this.trancheCosts = trancheCosts.clone();
        Arrays.sort(this.trancheCosts);
        if (this.trancheCosts[0] < 1) {
            throw new IllegalArgumentException("costs are positive");
        }
    }

    /**
     * What to bid in a round.
     *
     * @param quantity  tranches offered
     * @param exitPrice the exit price of the tranches dropped, in hundredths of a yen, or {@code null} for none
     */
    public record Decision(int quantity, Long exitPrice) {
    }

    /** A retailer whose tranches cost these many hundredths of a yen, one cost a tranche, each at least 1. */
    public static ClockStrategy ofCosts(long... costs) {
        return new ClockStrategy(costs);
    }

    /** A retailer with {@code capacity} tranches, all costing {@code cost} hundredths of a yen. */
    public static ClockStrategy flat(long cost, int capacity) {
        long[] costs = new long[capacity];
        Arrays.fill(costs, cost);
        return new ClockStrategy(costs);
    }

    /**
     * A retailer with {@code capacity} tranches: all cost {@code cost} except the top {@code steps}, which
     * cost {@code cost + step}, {@code cost + 2 step}, and so on. With a step about one price decrement, it
     * gives up one tranche a round as the price falls.
     */
    public static ClockStrategy stepwise(long cost, int capacity, int steps, long step) {
        if (steps < 0 || steps >= capacity) {
            throw new IllegalArgumentException("steps must be from 0 to capacity - 1");
        }
        long[] costs = new long[capacity];
        for (int i = 0; i < capacity; i++) {
            int above = i - (capacity - 1 - steps);
            costs[i] = cost + Math.max(0, above) * step;
        }
        return new ClockStrategy(costs);
    }

    /**
     * A retailer drawn from {@code seed}: a cost from {@code lowCost} to {@code highCost} (hundredths of a
     * yen, inclusive) and, when {@code steps > 0}, a step from 1.10 to 1.40 yen for its top tranches. The same
     * seed always gives the same strategy.
     */
    public static ClockStrategy fromSeed(long seed, long lowCost, long highCost, int capacity, int steps) {
        SplittableRandom random = new SplittableRandom(seed);
        long cost = lowCost + random.nextLong(highCost - lowCost + 1);
        long step = 110 + random.nextLong(31);
        return steps == 0 ? flat(cost, capacity) : stepwise(cost, capacity, steps, step);
    }

    /**
     * A retailer with {@code capacity} tranches drawn from {@code seed}: a base cost from
     * {@code [lowCost, highCost]} and each further tranche dearer by one step drawn from {@code [0, maxStep]}.
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

    /** The most tranches it will ever offer. */
    public int capacity() {
        return trancheCosts.length;
    }

    /** Its cheapest tranche's cost, in hundredths of a yen: below this price it offers nothing. */
    public long lowestCost() {
        return trancheCosts[0];
    }

    /** Its dearest tranche's cost, in hundredths of a yen. */
    public long highestCost() {
        return trancheCosts[trancheCosts.length - 1];
    }

    /** How many tranches it supplies at {@code price}, before the activity rule. */
    public int supplyAt(long price) {
        int n = 0;
        while (n < trancheCosts.length && trancheCosts[n] <= price) {
            n++;
        }
        return n;
    }

    /**
     * The bid for round {@code round} at {@code price}, or {@code null} when it is out (its quantity in the
     * previous round was 0) and must not bid.
     *
     * @param previousPrice    {@code P_(r-1)} in hundredths, or 0 when unknown (then no exit price is named)
     * @param previousQuantity its accepted quantity in round {@code r-1}; ignored in round 1
     */
    public Decision decide(int round, long price, long previousPrice, int previousQuantity) {
        if (round <= 1) {
            return new Decision(supplyAt(price), null);
        }
        if (previousQuantity <= 0) {
            return null;
        }
        int quantity = Math.min(previousQuantity, supplyAt(price));
        if (quantity == previousQuantity) {
            return new Decision(quantity, null);
        }
        long exit = trancheCosts[Math.min(previousQuantity, trancheCosts.length) - 1];
        boolean inRange = previousPrice > 0 && price < exit && exit <= previousPrice;
        return new Decision(quantity, inRange ? exit : null);
    }
}
