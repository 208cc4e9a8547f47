package jp.tomoni.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.tomoni.core.award.AwardReport;
import jp.tomoni.core.award.WinnerShare;
import jp.tomoni.core.lot.Facility;
import jp.tomoni.core.lot.FactorKind;
import jp.tomoni.core.lot.Lot;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.core.unit.EmissionFactor;
import jp.tomoni.core.unit.Kwh;
import jp.tomoni.core.unit.Price;
import jp.tomoni.replay.ScenarioReader;
import jp.tomoni.replay.ScenarioReplay;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CSV tables of the shared clock example's award, cell by cell, and the file conventions. */
class AwardCsvTest {

    private static final String BASELINE = "0.433,adjusted,2022";
    private static final String PLAN = "0.000,adjusted,2022";

    private static AwardReport clockAward;

    @BeforeAll
    static void replayTheClockExample() throws IOException {
        Path examples = Path.of(System.getProperty("tomoni.shared.dir", "../../shared"), "examples");
        String text = Files.readString(examples.resolve("clock-basic.json"), StandardCharsets.UTF_8);
        clockAward = ScenarioReplay.run(ScenarioReader.read(text)).report();
    }

    /** The lines of a table, after checking that it starts with the BOM and ends every line with CRLF. */
    private static List<String> lines(String csv) {
        assertThat(csv).startsWith("\uFEFF").endsWith("\r\n");
        String body = csv.substring(1);
        assertThat(body.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        return List.of(body.split("\r\n"));
    }

    @Test
    void perFacilityHasOneRowPerFacilityInAllocationOrder() {
        assertThat(lines(AwardCsv.perFacility(clockAward))).containsExactly(
                "facility_id,ward_code,winner,annual_kwh,price_yen_per_kwh,annual_cost_yen,"
                        + "current_price_yen_per_kwh,saving_yen,co2_reduction_kg,co2_reduction_t,baseline_factor,"
                        + "baseline_factor_kind,baseline_factor_fiscal_year,plan_factor,plan_factor_kind,"
                        + "plan_factor_fiscal_year",
                "F-13101-HQ,13101,R-A,3800000,27.30,103740000,28.10,3040000,1645400,1645.4," + BASELINE + "," + PLAN,
                "F-13112-SC,13112,R-A,420000,27.30,11466000,,,181860,181.9," + BASELINE + "," + PLAN,
                "F-13111-HQ,13111,R-B,2600000,27.30,70980000,27.95,1690000,1125800,1125.8," + BASELINE + "," + PLAN,
                "F-13109-B2,13109,R-B,1430000,27.30,39039000,29.05,2502500,619190,619.2," + BASELINE + "," + PLAN,
                "F-13123-HQ,13123,R-C,2150000,27.30,58695000,28.40,2365000,930950,931.0," + BASELINE + "," + PLAN);
    }

    @Test
    void perWardEndsWithATotalFromExactGrams() {
        List<String> lines = lines(AwardCsv.perWard(clockAward));
        assertThat(lines).containsExactly(
                "ward_code,facilities,annual_kwh,annual_cost_yen,saving_yen,facilities_without_current_price,"
                        + "co2_reduction_kg,co2_reduction_t,households",
                "13101,1,3800000,103740000,3040000,0,1645400,1645.4,571",
                "13109,1,1430000,39039000,2502500,0,619190,619.2,215",
                "13111,1,2600000,70980000,1690000,0,1125800,1125.8,391",
                "13112,1,420000,11466000,0,1,181860,181.9,63",
                "13123,1,2150000,58695000,2365000,0,930950,931.0,323",
                "TOTAL,5,10400000,283920000,9597500,1,4503200,4503.2,1564");
        long wardHouseholds = lines.subList(1, lines.size() - 1).stream()
                .mapToLong(line -> Long.parseLong(line.substring(line.lastIndexOf(',') + 1))).sum();
        assertThat(wardHouseholds).as("rounded per ward, unlike the total").isEqualTo(1563);
    }

    @Test
    void perWinnerShowsTargetsAndDifferencesThenATotal() {
        assertThat(lines(AwardCsv.perWinner(clockAward))).containsExactly(
                "winner,tranches,facilities,annual_kwh,target_kwh,difference_kwh,annual_cost_yen,saving_yen,"
                        + "co2_reduction_kg,co2_reduction_t,households,plan_factor,plan_factor_kind,"
                        + "plan_factor_fiscal_year",
                "R-A,4,2,4220000,4160000,60000,115206000,3040000,1827260,1827.3,634," + PLAN,
                "R-B,4,2,4030000,4160000,-130000,110019000,4192500,1744990,1745.0,606," + PLAN,
                "R-C,2,1,2150000,2080000,70000,58695000,2365000,930950,931.0,323," + PLAN,
                "TOTAL,10,5,10400000,10400000,0,283920000,9597500,4503200,4503.2,1564,,,");
    }

    @Test
    void aValueWithACommaOrAQuoteIsQuotedAsRfc4180Says() {
        ReportedFactor baseline = new ReportedFactor(EmissionFactor.parse("0.500"), FactorKind.BASIC, 2023);
        ReportedFactor plan = new ReportedFactor(EmissionFactor.parse("0.600"), FactorKind.ADJUSTED, 2023);
        Lot lot = new Lot(List.of(
                new Facility("Gym \"North\", annex", "13101", Kwh.of(1_001), Price.parse("30.00"), baseline),
                new Facility("Line\r\nbreak", "13101", Kwh.of(999), null, baseline)));
        AwardReport report = AwardReport.of(lot, 1, Price.parse("30.01"),
                List.of(new WinnerShare("Denryoku, Inc.", 1, plan)));
        String csv = AwardCsv.perFacility(report);
        assertThat(csv).startsWith("\uFEFFfacility_id,ward_code,winner,").endsWith("\r\n");
        assertThat(csv).contains("\r\n\"Gym \"\"North\"\", annex\",13101,\"Denryoku, Inc.\",1001,30.01,30040,30.00,-10,"
                + "-100,-0.1,0.500,basic,2023,0.600,adjusted,2023\r\n");
        assertThat(csv).contains("\r\n\"Line\r\nbreak\",13101,\"Denryoku, Inc.\",999,30.01,29980,,,-100,-0.1,");
        assertThat(AwardCsv.perWinner(report)).contains(
                "\r\n\"Denryoku, Inc.\",1,2,2000,2000,0,60020,-10,-200,-0.2,0,0.600,adjusted,2023\r\n"
                        + "TOTAL,1,2,2000,2000,0,60020,-10,-200,-0.2,0,,,\r\n");
    }
}
