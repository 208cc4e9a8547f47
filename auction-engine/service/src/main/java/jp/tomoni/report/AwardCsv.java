package jp.tomoni.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.tomoni.core.award.Allocation;
import jp.tomoni.core.award.AwardReport;
import jp.tomoni.core.award.Figures;
import jp.tomoni.core.lot.Facility;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.core.unit.Carbon;

/**
 * An award's money and carbon as CSV tables for the wards' officers: per facility, per ward and per winner.
 *
 * <p>Every table is text meant to be saved as UTF-8: it starts with a byte order mark ({@code U+FEFF}), so
 * that Excel in Japan opens it as UTF-8, has one header line, and ends every line, the last included, with
 * CRLF. A field is quoted as RFC 4180 says (in double quotes, inner quotes doubled) when it holds a comma, a
 * double quote, CR or LF; otherwise it is written as it is.
 *
 * <p>The figures follow the report ({@link AwardReport}): whole kWh and yen; CO2 in whole kilograms and in
 * tonnes with one decimal, and households, each rounded half up from exact grams ({@link Carbon#kilograms()},
 * {@link Carbon#tonnesOneDecimal()}, {@link Carbon#households()}); prices with two decimals; factors with three
 * decimals, their kind ({@code basic} or {@code adjusted}) and fiscal year. A TOTAL row is computed from the
 * report's totals, never from rounded parts. Nothing is computed in floating point.
 */
public final class AwardCsv {

    /** The byte order mark every table starts with. */
    public static final String BOM = CsvTable.BOM;

    /** The ward code (per ward) or winner (per winner) of the final row, which holds the whole award. */
    public static final String TOTAL = "TOTAL";

    private AwardCsv() {
    }

    /**
     * One row per awarded facility, in the report's allocation order (winner by winner, each winner's
     * facilities in the order they were assigned). Columns: {@code facility_id, ward_code, winner, annual_kwh,
     * price_yen_per_kwh, annual_cost_yen, current_price_yen_per_kwh, saving_yen, co2_reduction_kg,
     * co2_reduction_t, baseline_factor, baseline_factor_kind, baseline_factor_fiscal_year, plan_factor,
     * plan_factor_kind, plan_factor_fiscal_year}. The current price and the saving are empty when the
     * facility's current price is unknown. Facilities left unawarded after a partial award have no row.
     */
    public static String perFacility(AwardReport report) {
        CsvTable table = new CsvTable("facility_id", "ward_code", "winner", "annual_kwh", "price_yen_per_kwh",
                "annual_cost_yen", "current_price_yen_per_kwh", "saving_yen", "co2_reduction_kg", "co2_reduction_t",
                "baseline_factor", "baseline_factor_kind", "baseline_factor_fiscal_year", "plan_factor",
                "plan_factor_kind", "plan_factor_fiscal_year");
        for (AwardReport.FacilityLine line : report.lines()) {
            Facility facility = line.facility();
            Figures figures = line.figures();
            boolean known = facility.currentPrice() != null;
            List<String> row = new ArrayList<>(List.of(facility.id(), facility.ward(), line.winner(),
                    Long.toString(facility.annualKwh().value()), report.price().toString(),
                    Long.toString(figures.annualCost().value()),
                    known ? facility.currentPrice().toString() : "",
                    known ? Long.toString(figures.saving().value()) : ""));
            row.addAll(carbon(figures.co2Reduction(), false));
            row.addAll(factor(facility.baseline()));
            row.addAll(factor(line.planFactor()));
            table.row(row);
        }
        return table.text();
    }

    /**
     * One row per municipal code, in code order, then a TOTAL row. Columns: {@code ward_code, facilities,
     * annual_kwh, annual_cost_yen, saving_yen, facilities_without_current_price, co2_reduction_kg,
     * co2_reduction_t, households}. A ward's saving sums only its facilities whose current price is known
     * (0 when none is); {@code facilities_without_current_price} counts the others.
     */
    public static String perWard(AwardReport report) {
        CsvTable table = new CsvTable("ward_code", "facilities", "annual_kwh", "annual_cost_yen", "saving_yen",
                "facilities_without_current_price", "co2_reduction_kg", "co2_reduction_t", "households");
        for (Map.Entry<String, Figures> ward : report.byWard().entrySet()) {
            table.row(wardRow(ward.getKey(), ward.getValue()));
        }
        table.row(wardRow(TOTAL, report.totals()));
        return table.text();
    }

    private static List<String> wardRow(String code, Figures figures) {
        List<String> row = new ArrayList<>(List.of(code, Integer.toString(figures.facilities()),
                Long.toString(figures.annualKwh().value()), Long.toString(figures.annualCost().value()),
                Long.toString(figures.saving().value()), Integer.toString(figures.withoutCurrentPrice())));
        row.addAll(carbon(figures.co2Reduction(), true));
        return row;
    }

    /**
     * One row per winner, in bidder-id order, then a TOTAL row. Columns: {@code winner, tranches, facilities,
     * annual_kwh, target_kwh, difference_kwh, annual_cost_yen, saving_yen, co2_reduction_kg, co2_reduction_t,
     * households, plan_factor, plan_factor_kind, plan_factor_fiscal_year}. The target is the winner's share of
     * the lot rounded half up to a whole kWh, and the difference is its assigned kWh minus that target. The
     * TOTAL row sums tranches, targets and differences, takes every other figure from the report's totals,
     * and leaves the plan factor columns empty.
     */
    public static String perWinner(AwardReport report) {
        CsvTable table = new CsvTable("winner", "tranches", "facilities", "annual_kwh", "target_kwh", "difference_kwh",
                "annual_cost_yen", "saving_yen", "co2_reduction_kg", "co2_reduction_t", "households",
                "plan_factor", "plan_factor_kind", "plan_factor_fiscal_year");
        long tranches = 0;
        long target = 0;
        long difference = 0;
        for (Allocation.Winner winner : report.allocation().winners()) {
            String bidder = winner.share().bidder();
            Figures figures = report.byWinner().get(bidder);
            List<String> row = winnerRow(bidder, winner.share().tranches(), figures, winner.target().value(),
                    winner.differenceKwh());
            row.addAll(factor(winner.share().planFactor()));
            table.row(row);
            tranches += winner.share().tranches();
            target = Math.addExact(target, winner.target().value());
            difference = Math.addExact(difference, winner.differenceKwh());
        }
        List<String> total = winnerRow(TOTAL, tranches, report.totals(), target, difference);
        total.addAll(List.of("", "", ""));
        table.row(total);
        return table.text();
    }

    private static List<String> winnerRow(String name, long tranches, Figures figures, long target,
                                          long difference) {
        List<String> row = new ArrayList<>(List.of(name, Long.toString(tranches),
                Integer.toString(figures.facilities()), Long.toString(figures.annualKwh().value()),
                Long.toString(target), Long.toString(difference), Long.toString(figures.annualCost().value()),
                Long.toString(figures.saving().value())));
        row.addAll(carbon(figures.co2Reduction(), true));
        return row;
    }

    private static List<String> carbon(Carbon carbon, boolean households) {
        List<String> cells = new ArrayList<>(List.of(Long.toString(carbon.kilograms()), carbon.tonnesOneDecimal()));
        if (households) {
            cells.add(Long.toString(carbon.households()));
        }
        return cells;
    }

    private static List<String> factor(ReportedFactor factor) {
        return List.of(factor.value().toString(), factor.kind().label(), Integer.toString(factor.fiscalYear()));
    }
}
