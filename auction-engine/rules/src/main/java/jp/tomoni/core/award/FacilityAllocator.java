package jp.tomoni.core.award;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.tomoni.core.lot.Facility;
import jp.tomoni.core.lot.Lot;
import jp.tomoni.core.unit.Kwh;

/**
 * Assigns every facility of a lot to exactly one winner.
 *
 * <p>Winner {@code w}'s target is {@code award_w / T × D} kWh. Facilities are taken largest annual kWh first
 * (ties by facility id), each going to the winner with the largest remaining shortfall {@code target - assigned}
 * (ties by bidder id). Shortfalls are compared exactly, scaled by {@code T}. In a full award every facility is
 * assigned; after a partial award, a facility that no winner has a positive shortfall for is left unawarded,
 * for a new auction.
 */
public final class FacilityAllocator {

    private FacilityAllocator() {
    }

    /**
     * Allocates the lot's facilities.
     *
     * @param lot      the lot
     * @param tranches {@code T}; 1 for OPEN_REVERSE
     * @param shares   the winners; together they hold at most {@code T} tranches
     */
    public static Allocation allocate(Lot lot, int tranches, List<WinnerShare> shares) {
        List<WinnerShare> winners = new ArrayList<>(shares);
        winners.sort(Comparator.comparing(WinnerShare::bidder));
        long demand = lot.demand().value();
        int n = winners.size();
        long[] shortfallTimesT = new long[n];
        List<List<Facility>> assigned = new ArrayList<>(n);
        for (int w = 0; w < n; w++) {
            shortfallTimesT[w] = Math.multiplyExact(winners.get(w).tranches(), demand);
            assigned.add(new ArrayList<>());
        }
        boolean partial = winners.stream().mapToInt(WinnerShare::tranches).sum() < tranches;
        List<Facility> facilities = new ArrayList<>(lot.facilities());
        facilities.sort(Comparator.comparing(Facility::annualKwh).reversed().thenComparing(Facility::id));
        List<Facility> unawarded = new ArrayList<>();
        for (Facility facility : facilities) {
            int best = -1;
            for (int w = 0; w < n; w++) {
                if (best < 0 || shortfallTimesT[w] > shortfallTimesT[best]) {
                    best = w;
                }
            }
            if (best < 0 || (partial && shortfallTimesT[best] <= 0)) {
                unawarded.add(facility);
                continue;
            }
            assigned.get(best).add(facility);
            shortfallTimesT[best] -= Math.multiplyExact(facility.annualKwh().value(), (long) tranches);
        }
        List<Allocation.Winner> result = new ArrayList<>(n);
        for (int w = 0; w < n; w++) {
            WinnerShare share = winners.get(w);
            long kwh = assigned.get(w).stream().mapToLong(f -> f.annualKwh().value()).sum();
            long targetTimesT = Math.multiplyExact(share.tranches(), demand);
            Kwh target = Kwh.of((targetTimesT * 2 + tranches) / (2L * tranches));
            result.add(new Allocation.Winner(share, assigned.get(w), Kwh.of(kwh), target));
        }
        return new Allocation(result, unawarded);
    }
}
