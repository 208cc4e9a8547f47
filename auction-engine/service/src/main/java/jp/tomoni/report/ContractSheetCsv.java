package jp.tomoni.report;

import java.util.ArrayList;
import java.util.List;
import jp.tomoni.core.award.Figures;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.facility.FacilityRecord;

/**
 * A contract sheet ({@link ContractSheet}) as one CSV table, in Japanese and English: every header cell gives the
 * Japanese label and the English column name, {@code 施設ID facility_id}, so that the one file serves both a
 * ward's clerk and a program. Written as {@link AwardCsv} writes (UTF-8 with BOM, CRLF, RFC 4180 quoting, cells
 * that would start a formula neutralised), with whole kWh, kW and yen, prices with two decimals, CO2 in kilograms
 * and in tonnes with one decimal, factors with three decimals, their kind and fiscal year.
 *
 * <p>One row per facility, each repeating the contract's terms (body, winner, supply period, price, plan factor)
 * so that a row can stand alone in a spreadsheet's filter, then a TOTAL row, computed from the sheet's totals,
 * whose facility name cell gives the count of facilities ({@code 施設数 facilities 12}). A facility whose
 * current price is unknown has an empty current price and saving; the TOTAL saving sums the others. The supply
 * period's cells are empty for an auction created before auctions stated one.
 */
public final class ContractSheetCsv {

    private static final String[] HEADER = {
        "団体コード body_code", "団体名 body_name_ja", "body_name_en", "落札者 winner_id", "落札者名 winner_name",
        "登録番号 registration_number", "オークション auction_id", "供給開始日 supply_start", "供給終了日 supply_end",
        "施設ID facility_id", "施設名 facility_name_ja", "facility_name_en", "電圧区分 voltage_class",
        "契約電力kW contract_kw", "年間使用量kWh annual_kwh", "単価円/kWh price_yen_per_kwh",
        "年間料金円 annual_cost_yen", "現行単価円/kWh current_price_yen_per_kwh", "削減額円 saving_yen",
        "CO2削減量kg co2_reduction_kg", "CO2削減量t co2_reduction_t", "基準排出係数 baseline_factor",
        "種別 baseline_factor_kind", "年度 baseline_factor_fiscal_year", "プラン排出係数 plan_factor",
        "種別 plan_factor_kind", "年度 plan_factor_fiscal_year"};

    private ContractSheetCsv() {
    }

    /** The sheet as CSV text. */
    public static String of(ContractSheet sheet) {
        CsvTable table = new CsvTable(HEADER);
        for (ContractSheet.Line line : sheet.lines()) {
            FacilityRecord facility = line.facility();
            boolean known = facility.currentPrice() != null;
            List<String> row = terms(sheet);
            row.addAll(List.of(facility.id(), facility.name("ja"), facility.name(),
                    facility.voltageClass().name(), Long.toString(facility.contractKw())));
            row.addAll(figures(sheet, line.figures(), known ? facility.currentPrice().toString() : ""));
            row.addAll(factor(facility.baseline()));
            row.addAll(factor(sheet.planFactor()));
            table.row(row);
        }
        List<String> total = terms(sheet);
        total.addAll(List.of(AwardCsv.TOTAL, "施設数 facilities " + sheet.totals().facilities(), "", "",
                Long.toString(sheet.contractKw())));
        total.addAll(figures(sheet, sheet.totals(), ""));
        total.addAll(List.of("", "", ""));
        total.addAll(factor(sheet.planFactor()));
        table.row(total);
        return table.text();
    }

    private static List<String> terms(ContractSheet sheet) {
        boolean period = sheet.supplyPeriod() != null;
        return new ArrayList<>(List.of(sheet.bodyCode(), sheet.bodyNameJa(), sheet.bodyNameEn(),
                sheet.winner().retailerId(), sheet.winner().name(), sheet.winner().registrationNumber(),
                sheet.auctionId(), period ? sheet.supplyPeriod().start().toString() : "",
                period ? sheet.supplyPeriod().end().toString() : ""));
    }

    private static List<String> figures(ContractSheet sheet, Figures figures, String currentPrice) {
        boolean saving = ContractSheet.hasSaving(figures);
        return List.of(Long.toString(figures.annualKwh().value()), sheet.price().toString(),
                Long.toString(figures.annualCost().value()), currentPrice,
                saving ? Long.toString(figures.saving().value()) : "",
                Long.toString(figures.co2Reduction().kilograms()), figures.co2Reduction().tonnesOneDecimal());
    }

    private static List<String> factor(ReportedFactor factor) {
        return List.of(factor.value().toString(), factor.kind().label(), Integer.toString(factor.fiscalYear()));
    }
}
