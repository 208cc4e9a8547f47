package jp.tomoni.core.clock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import jp.tomoni.core.AuctionStatus;
import jp.tomoni.core.clock.ClockResult.TrancheAward;
import jp.tomoni.core.draw.DrawRecord;
import jp.tomoni.core.draw.TieBreakSeed;
import jp.tomoni.core.unit.Price;

/**
 * Ends a CLOCK auction when a round closes with supply at or below {@code T}, or above it at the floor.
 *
 * <ul>
 *   <li>Round 1, {@code S_1 <= T}: clears at {@code P1}; each bidder wins its {@code q_1}; an undersubscribed
 *       round is a partial award when allowed, otherwise it fails.</li>
 *   <li>Round {@code r >= 2}, {@code S_r <= T}: the shortfall {@code T - S_r} is filled from round {@code r}'s
 *       reductions, lowest exit price first, ties by the draw {@code exit-r}; the clearing price is the exit
 *       price of the last reduction used, or {@code P_r} when nothing was short.</li>
 *   <li>At the floor with {@code S_r > T}: the {@code T} tranches are drawn among those offered ({@code floor-r}).</li>
 * </ul>
 * Only a tie group of two or more that is used part-way needs a draw; groups taken whole or not at all, and a
 * single reduction, are ordered by price alone.
 */
final class ClockClearing {

    /** Reductions are sorted by a key of exit price and position, so positions must fit in 24 bits. */
    static final int MAX_BIDDERS = 1 << 24;

    private final ClockParameters parameters;
    private final TieBreakSeed seed;
    private final String[] ids;
    private final int[] byId;

    /**
     * @param ids  the bidders' ids by roster position
     * @param byId the roster positions in the order of the bidders' ids
     */
    ClockClearing(ClockParameters parameters, TieBreakSeed seed, String[] ids, int[] byId) {
        this.parameters = parameters;
        this.seed = seed;
        this.ids = ids;
        this.byId = byId;
    }

    ClockResult clear(int round, long price, long previousPrice, int[] previousQuantity, int[] currentQuantity,
                      long[] exitPrice, int supply) {
        int tranches = parameters.tranches();
        int[] won = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            won[i] = Math.max(currentQuantity[i], 0);
        }
        if (supply > tranches) {
            return rationAtFloor(round, won);
        } else if (round == 1) {
            return clearFirstRound(price, won, supply);
        }
        List<DrawRecord> draws = new ArrayList<>(1);
        long clearing = fillShortfall(round, price, previousPrice, previousQuantity, won, exitPrice,
                tranches - supply, draws);
        return finish(AuctionStatus.AWARDED, clearing, round, won, draws);
    }

    private ClockResult clearFirstRound(long price, int[] won, int supply) {
        if (supply == 0) {
            return new ClockResult(AuctionStatus.NO_BIDS, null, 1, List.of(), List.of());
        } else if (supply == parameters.tranches()) {
            return finish(AuctionStatus.AWARDED, price, 1, won, List.of());
        } else if (parameters.allowPartialAward()) {
            return finish(AuctionStatus.PARTIALLY_AWARDED, price, 1, won, List.of());
        }
        return new ClockResult(AuctionStatus.UNDERSUBSCRIBED, null, 1, List.of(), List.of());
    }

    private long fillShortfall(int round, long price, long previousPrice, int[] previousQuantity, int[] won,
                               long[] exitPrice, int shortfall, List<DrawRecord> draws) {
        if (shortfall == 0) {
            return price;
        }
        int[] drop = new int[ids.length];
        long[] keys = new long[ids.length];
        int count = 0;
        for (int i = 0; i < ids.length; i++) {
            drop[i] = previousQuantity[i] - won[i];
            if (drop[i] > 0) {
                long exit = exitPrice[i] >= 0 ? exitPrice[i] : previousPrice;
                keys[count++] = (exit << 24) | i;
            }
        }
        sortByExit(keys, count);
        int remaining = shortfall;
        int start = 0;
        long clearing = price;
        while (remaining > 0) {
            long exit = keys[start] >>> 24;
            int end = start;
            int groupTotal = 0;
            while (end < count && keys[end] >>> 24 == exit) {
                groupTotal += drop[(int) (keys[end] & 0xFFFFFF)];
                end++;
            }
            clearing = exit;
            if (groupTotal <= remaining || end - start == 1) {
                for (int k = start; k < end; k++) {
                    int i = (int) (keys[k] & 0xFFFFFF);
                    int taken = Math.min(drop[i], remaining);
                    won[i] += taken;
                    remaining -= taken;
                }
            } else {
                List<Ticket> order = drawExits(round, keys, start, end);
                draws.add(record("exit-" + round, order));
                for (Ticket ticket : order) {
                    int taken = Math.min(drop[ticket.bidder], remaining);
                    won[ticket.bidder] += taken;
                    remaining -= taken;
                    if (remaining == 0) {
                        break;
                    }
                }
            }
            start = end;
        }
        return clearing;
    }

    /**
     * Sorts {@code keys[0, count)} ascending, where each key is {@code (exit << 24) | position} and the keys come
     * in ascending position order. When the exit prices span a range not much wider than the count, a stable
     * counting sort by exit price gives that order in linear time (exit prices lie between {@code P_r} and
     * {@code P_(r-1)}, so the range is one decrement); otherwise the keys are compared.
     */
    static void sortByExit(long[] keys, int count) {
        if (count < 2) {
            return;
        }
        long lowest = Long.MAX_VALUE;
        long highest = Long.MIN_VALUE;
        for (int k = 0; k < count; k++) {
            long exit = keys[k] >>> 24;
            lowest = Math.min(lowest, exit);
            highest = Math.max(highest, exit);
        }
        long range = highest - lowest + 1;
        if (range > 4L * count + 256) {
            Arrays.sort(keys, 0, count);
            return;
        }
        int[] next = new int[(int) range + 1];
        for (int k = 0; k < count; k++) {
            next[(int) ((keys[k] >>> 24) - lowest) + 1]++;
        }
        for (int e = 1; e < next.length; e++) {
            next[e] += next[e - 1];
        }
        long[] sorted = new long[count];
        for (int k = 0; k < count; k++) {
            sorted[next[(int) ((keys[k] >>> 24) - lowest)]++] = keys[k];
        }
        System.arraycopy(sorted, 0, keys, 0, count);
    }

    private List<Ticket> drawExits(int round, long[] keys, int start, int end) {
        String context = "exit-" + round;
        List<Ticket> tickets = new ArrayList<>(end - start);
        for (int k = start; k < end; k++) {
            int i = (int) (keys[k] & 0xFFFFFF);
            tickets.add(new Ticket(i, ids[i], seed.drawKey(context, ids[i])));
        }
        tickets.sort(DRAW_ORDER);
        return tickets;
    }

    private ClockResult rationAtFloor(int round, int[] offered) {
        String context = "floor-" + round;
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            for (int k = 1; k <= offered[i]; k++) {
                String key = ids[i] + "#" + k;
                tickets.add(new Ticket(i, key, seed.drawKey(context, key)));
            }
        }
        tickets.sort(DRAW_ORDER);
        int[] won = new int[ids.length];
        for (Ticket ticket : tickets.subList(0, parameters.tranches())) {
            won[ticket.bidder]++;
        }
        long floor = parameters.floorPrice().hundredths();
        return finish(AuctionStatus.AWARDED, floor, round, won, List.of(record(context, tickets)));
    }

    private static DrawRecord record(String context, List<Ticket> order) {
        return new DrawRecord(context, order.stream().map(t -> new DrawRecord.Entry(t.key, t.hash)).toList());
    }

    private ClockResult finish(AuctionStatus status, long clearing, int round, int[] won, List<DrawRecord> draws) {
        Price clearingPrice = Price.ofHundredths(clearing);
        if (parameters.exceedsReserve(clearingPrice)) {
            return new ClockResult(AuctionStatus.FAILED_RESERVE, clearingPrice, round, List.of(), draws);
        }
        List<TrancheAward> awards = new ArrayList<>();
        for (int i : byId) {
            if (won[i] > 0) {
                awards.add(new TrancheAward(ids[i], won[i]));
            }
        }
        return new ClockResult(status, clearingPrice, round, awards, draws);
    }

    /** One drawn item: the bidder it belongs to, its key and its hash. */
    private record Ticket(int bidder, String key, String hash) {
    }

    private static final Comparator<Ticket> DRAW_ORDER =
            Comparator.comparing(Ticket::hash).thenComparing(Ticket::key);
}
