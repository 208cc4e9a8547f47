package jp.tomoni.web.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.tomoni.core.award.Allocation;
import jp.tomoni.core.award.AwardReport;
import jp.tomoni.core.award.Figures;
import jp.tomoni.core.lot.Facility;
import jp.tomoni.engine.Retailer;

/**
 * The report's tables of money and carbon, straight from {@link AwardReport}: per ward with a total row
 * (kWh, annual cost, saving, t-CO2, households), per winner with its target and difference, and each
 * winner's facilities, as the tables the {@code report/wards} and {@code report/winners} partials draw. Totals
 * are the report's own totals, never sums of rounded rows.
 */
final class FigureSections {

    private final Phrases phrases;
    private final ReportDictionary dictionary;

    FigureSections(Phrases phrases) {
        this.phrases = phrases;
        this.dictionary = phrases.dictionary();
    }

    /**
     * The winners' tables.
     *
     * @param award      what each winner won and was assigned, with a total row
     * @param money      each winner's money and carbon, with a total row
     * @param facilities each winner's facilities, in the winners' order
     * @param unawarded  the facilities left without supply; empty, or one table after a partial award
     */
    record Winners(ReportTable award, ReportTable money, List<WinnerFacilities> facilities,
                   List<ReportTable> unawarded) {

        Winners {
            facilities = List.copyOf(facilities);
            unawarded = List.copyOf(unawarded);
        }
    }

    /**
     * The facilities one winner supplies.
     *
     * @param heading the heading naming the winner
     * @param table   one row per facility
     */
    record WinnerFacilities(String heading, ReportTable table) {
    }

    /** One row per ward in municipal-code order, then the total. */
    ReportTable wards(AwardReport report) {
        ReportTable.Builder table = new ReportTable.Builder(dictionary,
                dictionary.text("wards.caption", report.price().toString()), "~col.ward", "@col.code",
                "#col.facilities", "#col.kwh", "#col.cost", "#col.saving", "#col.noPrice", "#col.co2",
                "#col.households");
        for (Map.Entry<String, Figures> ward : report.byWard().entrySet()) {
            table.row(figures(phrases.ward(ward.getKey()), ward.getKey(), ward.getValue()));
        }
        table.total(figures(dictionary.text("row.total"), "", report.totals()));
        return table.build();
    }

    private static String[] figures(String name, String code, Figures f) {
        return new String[] {name, code, Numbers.grouped(f.facilities()), Numbers.grouped(f.annualKwh().value()),
                Numbers.grouped(f.annualCost().value()), Numbers.grouped(f.saving().value()),
                Numbers.grouped(f.withoutCurrentPrice()), Numbers.grouped(f.co2Reduction().tonnesOneDecimal()),
                Numbers.grouped(f.co2Reduction().households())};
    }

    /**
     * Two tables of the winners (what each won and was assigned, then its money and carbon, each with a total
     * row), then each winner's facilities, then any facility left without supply.
     */
    Winners winners(AwardReport report, Map<String, Retailer> roster, Map<String, String> facilityNames) {
        ReportTable.Builder award = new ReportTable.Builder(dictionary, dictionary.text("winners.awardCaption"),
                "col.winner", "@col.bidderId", "col.registration", "#col.tranches", "#col.target", "#col.assigned",
                "#col.difference", "~col.planFactor");
        ReportTable.Builder money = new ReportTable.Builder(dictionary, dictionary.text("winners.moneyCaption"),
                "col.winner", "#col.facilities", "#col.kwh", "#col.cost", "#col.saving", "#col.co2",
                "#col.households");
        long tranches = 0;
        long target = 0;
        long difference = 0;
        for (Allocation.Winner winner : report.allocation().winners()) {
            String id = winner.share().bidder();
            Retailer retailer = roster.get(id);
            award.row(Phrases.retailer(id, roster), id, retailer == null ? "" : retailer.registrationNumber(),
                    Numbers.grouped(winner.share().tranches()), Numbers.grouped(winner.target().value()),
                    Numbers.grouped(winner.assigned().value()), Numbers.grouped(winner.differenceKwh()),
                    phrases.shortFactor(winner.share().planFactor()));
            money.row(winnerFigures(Phrases.retailer(id, roster), report.byWinner().get(id)));
            tranches += winner.share().tranches();
            target = Math.addExact(target, winner.target().value());
            difference = Math.addExact(difference, winner.differenceKwh());
        }
        award.total(dictionary.text("row.total"), "", "", Numbers.grouped(tranches), Numbers.grouped(target),
                Numbers.grouped(report.totals().annualKwh().value()), Numbers.grouped(difference), "");
        money.total(winnerFigures(dictionary.text("row.total"), report.totals()));
        List<WinnerFacilities> each = new ArrayList<>();
        for (Allocation.Winner winner : report.allocation().winners()) {
            String id = winner.share().bidder();
            each.add(new WinnerFacilities(dictionary.text("winner.heading", Phrases.retailer(id, roster), id),
                    facilities(report, id, facilityNames)));
        }
        List<Facility> unawarded = report.allocation().unawarded();
        if (unawarded.isEmpty()) {
            return new Winners(award.build(), money.build(), each, List.of());
        }
        ReportTable.Builder left = new ReportTable.Builder(dictionary, "", "@col.facilityId", "col.facilityName",
                "~col.ward", "#col.kwh");
        for (Facility facility : unawarded) {
            left.row(facility.id(), facilityNames.getOrDefault(facility.id(), ""), phrases.ward(facility.ward()),
                    Numbers.grouped(facility.annualKwh().value()));
        }
        return new Winners(award.build(), money.build(), each, List.of(left.build()));
    }

    private static String[] winnerFigures(String name, Figures f) {
        return new String[] {name, Numbers.grouped(f.facilities()), Numbers.grouped(f.annualKwh().value()),
                Numbers.grouped(f.annualCost().value()), Numbers.grouped(f.saving().value()),
                Numbers.grouped(f.co2Reduction().tonnesOneDecimal()), Numbers.grouped(f.co2Reduction().households())};
    }

    private ReportTable facilities(AwardReport report, String winner, Map<String, String> facilityNames) {
        ReportTable.Builder table = new ReportTable.Builder(dictionary, "", "@col.facilityId", "col.facilityName",
                "~col.ward", "#col.kwh", "#col.currentPrice", "#col.cost", "#col.saving", "#col.co2", "~col.baseline");
        for (AwardReport.FacilityLine line : report.lines()) {
            if (!line.winner().equals(winner)) {
                continue;
            }
            Facility facility = line.facility();
            boolean known = facility.currentPrice() != null;
            table.row(facility.id(), facilityNames.getOrDefault(facility.id(), ""), phrases.ward(facility.ward()),
                    Numbers.grouped(facility.annualKwh().value()),
                    known ? facility.currentPrice().toString() : dictionary.text("unknown"),
                    Numbers.grouped(line.figures().annualCost().value()),
                    known ? Numbers.grouped(line.figures().saving().value()) : dictionary.text("unknown"),
                    Numbers.grouped(line.figures().co2Reduction().tonnesOneDecimal()),
                    phrases.shortFactor(facility.baseline()));
        }
        return table.build();
    }
}
