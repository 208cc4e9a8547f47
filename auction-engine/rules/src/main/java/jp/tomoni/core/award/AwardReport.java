package jp.tomoni.core.award;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.tomoni.core.lot.Facility;
import jp.tomoni.core.lot.Lot;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.core.unit.Carbon;
import jp.tomoni.core.unit.Price;
import jp.tomoni.core.unit.Yen;

/**
 * The money and carbon of an award, per facility, per winner, per ward and for the lot.
 *
 * <ul>
 *   <li>Awarded annual cost of a facility: its kWh × the clearing (or winning) price, rounded half up once.</li>
 *   <li>Saving: its current annual cost − its awarded annual cost, each rounded, where the current price is
 *       known. It can be negative.</li>
 *   <li>CO2 reduction: its kWh × (its baseline factor − its winner's plan factor), in exact grams.</li>
 * </ul>
 *
 * @param price      the price every winner is paid
 * @param allocation which winner supplies which facility
 * @param lines      one line per awarded facility, in allocation order
 * @param byWinner   figures per winner id, sorted
 * @param byWard     figures per municipal code, sorted
 * @param totals     figures for all awarded facilities
 * @param factors    every emission factor used, baseline and plan, each with kind and fiscal year
 */
public record AwardReport(Price price, Allocation allocation, List<FacilityLine> lines,
                          Map<String, Figures> byWinner, Map<String, Figures> byWard, Figures totals,
                          Set<ReportedFactor> factors) {

    /**
     * One facility's award.
     *
     * @param facility   the facility
     * @param winner     the winner supplying it
     * @param planFactor the winner's plan factor
     * @param figures    its figures
     */
    public record FacilityLine(Facility facility, String winner, ReportedFactor planFactor, Figures figures) {
    }

    /** Computes the report of an award at {@code price}, allocating the lot's facilities first. */
    public static AwardReport of(Lot lot, int tranches, Price price, List<WinnerShare> shares) {
        Allocation allocation = FacilityAllocator.allocate(lot, tranches, shares);
        List<FacilityLine> lines = new ArrayList<>();
        Map<String, Figures> byWinner = new TreeMap<>();
        Map<String, Figures> byWard = new TreeMap<>();
        Set<ReportedFactor> factors = new LinkedHashSet<>();
        Figures totals = Figures.NONE;
        for (Allocation.Winner winner : allocation.winners()) {
            ReportedFactor plan = winner.share().planFactor();
            byWinner.put(winner.share().bidder(), Figures.NONE);
            for (Facility facility : winner.facilities()) {
                Figures figures = figuresOf(facility, price, plan);
                lines.add(new FacilityLine(facility, winner.share().bidder(), plan, figures));
                byWinner.merge(winner.share().bidder(), figures, Figures::plus);
                byWard.merge(facility.ward(), figures, Figures::plus);
                totals = totals.plus(figures);
                factors.add(facility.baseline());
                factors.add(plan);
            }
        }
        return new AwardReport(price, allocation, List.copyOf(lines), byWinner, byWard, totals, factors);
    }

    private static Figures figuresOf(Facility facility, Price price, ReportedFactor plan) {
        Yen cost = price.costOf(facility.annualKwh());
        Yen saving = facility.knownCurrentPrice().map(current -> current.costOf(facility.annualKwh()).minus(cost))
                .orElse(Yen.ZERO);
        Carbon reduction = facility.baseline().value().emissionsOf(facility.annualKwh())
                .minus(plan.value().emissionsOf(facility.annualKwh()));
        int unknown = facility.currentPrice() == null ? 1 : 0;
        return new Figures(1, facility.annualKwh(), cost, saving, unknown, reduction);
    }
}
