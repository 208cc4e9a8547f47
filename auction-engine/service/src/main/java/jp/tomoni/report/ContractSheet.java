package jp.tomoni.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.tomoni.core.award.AwardReport;
import jp.tomoni.core.award.Figures;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.core.unit.Price;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.engine.Retailer;
import jp.tomoni.engine.SupplyPeriod;
import jp.tomoni.facility.FacilityRecord;
import jp.tomoni.reference.PublicBodies;

/**
 * One public body's supply contract with one winner of an award: the body's facilities that the winner supplies,
 * with their contract kW and annual kWh, the unit price every winner is paid, and the annual cost, saving and CO2
 * reduction of each facility and of them all, with the emission factors (kind and fiscal year) they come from.
 *
 * <p>A joint purchase awards one lot, but each body signs its own contracts for its own facilities: an award with
 * {@code b} bodies and {@code w} winners has one sheet for every (body, winner) pair in which the winner supplies
 * at least one of the body's facilities. The figures are the award report's own ({@link AwardReport}): each line
 * is the report's line for that facility, and the totals are the sums of the lines, so the sheets of one body add
 * up to that body's row of the report, and all sheets to the award.
 *
 * @param auctionId    the auction
 * @param lotName      the lot's name, in English (or as given)
 * @param lotNameJa    the lot's name in Japanese, or {@code null} for none
 * @param bodyCode     the body's municipal code
 * @param bodyNameJa   its Japanese name (the code when the reference data does not know it)
 * @param bodyNameEn   its English name (likewise)
 * @param winner       the retailer that supplies these facilities
 * @param price        the unit price, yen per kWh
 * @param supplyPeriod the period of supply, or {@code null} for an auction created before auctions stated one
 * @param planFactor   the winner's plan factor, with kind and fiscal year
 * @param lines        the facilities, in the order the allocation assigned them
 * @param totals       the sums of the lines
 */
public record ContractSheet(String auctionId, String lotName, String lotNameJa, String bodyCode, String bodyNameJa,
                            String bodyNameEn, Retailer winner, Price price, SupplyPeriod supplyPeriod,
                            ReportedFactor planFactor, List<Line> lines, Figures totals) {

    public ContractSheet {
        lines = List.copyOf(lines);
    }

    /**
     * One facility of a sheet.
     *
     * @param facility the facility as it was imported (names, contract kW, baseline factor)
     * @param figures  its kWh, annual cost, saving and CO2 reduction in the award
     */
    public record Line(FacilityRecord facility, Figures figures) {
    }

    /**
     * Every sheet of an award, ordered by municipal code and then by winner id.
     *
     * @param auction the ended auction
     * @param report  its award report
     * @param bodies  the reference data that names the bodies
     */
    public static List<ContractSheet> of(LiveAuction auction, AwardReport report, PublicBodies bodies) {
        Map<String, FacilityRecord> facilities = new LinkedHashMap<>();
        auction.lot().facilities().forEach(f -> facilities.put(f.id(), f));
        Map<String, Map<String, List<Line>>> byBodyThenWinner = new TreeMap<>();
        Map<String, ReportedFactor> plans = new TreeMap<>();
        for (AwardReport.FacilityLine line : report.lines()) {
            FacilityRecord facility = facilities.get(line.facility().id());
            byBodyThenWinner.computeIfAbsent(facility.wardCode(), code -> new TreeMap<>())
                    .computeIfAbsent(line.winner(), winner -> new ArrayList<>()).add(new Line(facility, line.figures()));
            plans.put(line.winner(), line.planFactor());
        }
        List<ContractSheet> sheets = new ArrayList<>();
        byBodyThenWinner.forEach((code, winners) -> winners.forEach((winner, lines) -> {
            Figures totals = lines.stream().map(Line::figures).reduce(Figures.NONE, Figures::plus);
            sheets.add(new ContractSheet(auction.id(), auction.lot().name(), auction.lot().nameJa(), code,
                    bodies.nameJa(code), bodies.nameEn(code), auction.roster().get(winner), report.price(),
                    auction.supplyPeriod(), plans.get(winner), lines, totals));
        }));
        return List.copyOf(sheets);
    }

    /**
     * Whether {@code figures} have a saving to show: at least one of their facilities has a known current price.
     * Otherwise the saving is 0 only because nothing could be compared, and is shown as empty.
     */
    public static boolean hasSaving(Figures figures) {
        return figures.facilities() > figures.withoutCurrentPrice();
    }

    /** The contract demand of the sheet's facilities together, in kW. */
    public long contractKw() {
        long kw = 0;
        for (Line line : lines) {
            kw = Math.addExact(kw, line.facility().contractKw());
        }
        return kw;
    }

    /** The file name the sheet is offered under, without its extension: {@code tomoni-contract-A1-13101-R1}. */
    public String fileName() {
        return "tomoni-contract-" + auctionId + "-" + bodyCode + "-" + winner.retailerId();
    }
}
