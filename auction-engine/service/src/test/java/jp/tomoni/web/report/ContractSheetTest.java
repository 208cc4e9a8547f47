package jp.tomoni.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.tomoni.core.award.AwardReport;
import jp.tomoni.core.award.Figures;
import jp.tomoni.reference.PublicBodies;
import jp.tomoni.report.ContractSheet;
import jp.tomoni.report.ContractSheetCsv;
import org.junit.jupiter.api.Test;

/**
 * The per-body contract sheets of the fixture's awards: given the CLOCK award of 214 facilities of 24 bodies to
 * three winners, expect one sheet per body and winner that supplies it, whose lines are exactly the report's lines
 * and whose totals add up to each body's row of the report; then the sheet as CSV and as a page.
 */
class ContractSheetTest {

    private static final ReportFixture FIXTURE = new ReportFixture();

    private static List<ContractSheet> sheets(String auctionId) {
        return ContractSheet.of(FIXTURE.auction(auctionId), FIXTURE.report(auctionId), PublicBodies.standard());
    }

    @Test
    void everyAwardedFacilityIsOnExactlyOneSheetOfItsBodyAndItsWinner() {
        AwardReport report = FIXTURE.report("CLOCK-1");
        List<String> onSheets = new ArrayList<>();
        for (ContractSheet sheet : sheets("CLOCK-1")) {
            for (ContractSheet.Line line : sheet.lines()) {
                assertThat(line.facility().wardCode()).isEqualTo(sheet.bodyCode());
                onSheets.add(line.facility().id() + "@" + sheet.winner().retailerId());
            }
        }
        List<String> inReport = report.lines().stream().map(l -> l.facility().id() + "@" + l.winner()).toList();
        assertThat(onSheets).containsExactlyInAnyOrderElementsOf(inReport).doesNotHaveDuplicates();
    }

    @Test
    void aBodysSheetsAddUpToItsRowOfTheReportAndEachSheetToItsLines() {
        AwardReport report = FIXTURE.report("CLOCK-1");
        Map<String, Figures> byBody = new TreeMap<>();
        for (ContractSheet sheet : sheets("CLOCK-1")) {
            Figures lines = sheet.lines().stream().map(ContractSheet.Line::figures).reduce(Figures.NONE, Figures::plus);
            assertThat(sheet.totals()).isEqualTo(lines);
            byBody.merge(sheet.bodyCode(), sheet.totals(), Figures::plus);
        }
        assertThat(byBody).isEqualTo(report.byWard());
        assertThat(byBody.values().stream().reduce(Figures.NONE, Figures::plus)).isEqualTo(report.totals());
    }

    @Test
    void sheetsComeByBodyCodeThenWinnerAndNameTheBodyFromTheReferenceData() {
        List<ContractSheet> sheets = sheets("CLOCK-1");
        List<String> keys = sheets.stream().map(s -> s.bodyCode() + "/" + s.winner().retailerId()).toList();
        assertThat(keys).isSorted().contains("13101/R1").doesNotHaveDuplicates();
        ContractSheet chiyoda = sheets.stream().filter(s -> s.bodyCode().equals("13101")).findFirst().orElseThrow();
        assertThat(chiyoda.bodyNameJa()).isEqualTo("千代田区");
        assertThat(chiyoda.bodyNameEn()).isEqualTo("Chiyoda");
        assertThat(chiyoda.price()).hasToString("27.30");
        assertThat(chiyoda.supplyPeriod()).isEqualTo(ReportFixture.SUPPLY);
        ContractSheet outside = sheets.stream().filter(s -> s.bodyCode().equals(ReportFixture.OUTSIDE_WARD))
                .findFirst().orElseThrow();
        assertThat(outside.bodyNameJa()).isEqualTo(ReportFixture.OUTSIDE_WARD);
        assertThat(outside.fileName()).isEqualTo("tomoni-contract-CLOCK-1-27100-" + outside.winner().retailerId());
    }

    @Test
    void theCsvHasABilingualHeaderOneRowPerFacilityAndATotalFromTheSheetsTotals() {
        ContractSheet sheet = sheets("CLOCK-1").get(0);
        String csv = ContractSheetCsv.of(sheet);
        assertThat(csv).startsWith("\uFEFF団体コード body_code,団体名 body_name_ja,body_name_en,").endsWith("\r\n");
        String[] rows = csv.substring(1).split("\r\n");
        assertThat(rows).hasSize(1 + sheet.lines().size() + 1);
        assertThat(rows[1]).startsWith(sheet.bodyCode() + "," + sheet.bodyNameJa() + "," + sheet.bodyNameEn() + ","
                + sheet.winner().retailerId()).contains(",CLOCK-1,2027-04-01,2028-03-31,"
                + sheet.lines().get(0).facility().id() + ",");
        assertThat(rows[rows.length - 1]).contains(",TOTAL,施設数 facilities " + sheet.lines().size() + ",,,")
                .contains("," + sheet.totals().annualKwh().value() + ",27.30," + sheet.totals().annualCost().value()
                        + ",");
    }

    @Test
    void aRetailerNameWithQuotesIsQuotedInTheCsvAndEscapedOnThePage() {
        ContractSheet r2 = sheets("CLOCK-1").stream().filter(s -> s.winner().retailerId().equals("R2")).findFirst()
                .orElseThrow();
        assertThat(ContractSheetCsv.of(r2)).contains(",\"" + ReportFixture.EVIL_RETAILER.replace("\"", "\"\"") + "\",");
        String page = ContractSheetPage.standalone().render(r2);
        assertThat(page).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt; &#39;Denki&#39;");
    }

    @Test
    void thePageStatesTheTermsInBothLanguagesAndEscapesFacilityNames() {
        ContractSheet outside = sheets("CLOCK-1").stream()
                .filter(s -> s.bodyCode().equals(ReportFixture.OUTSIDE_WARD)).findFirst().orElseThrow();
        String page = ContractSheetPage.standalone().render(outside);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("電力供給契約明細")
                .contains("Electricity supply contract sheet").contains("2027-04-01 〜 2028-03-31")
                .contains("27.30 円/kWh").contains("default-src 'none'").doesNotContain("<script")
                .doesNotContain(ReportFixture.EVIL_FACILITY).contains("&lt;script&gt;alert(&quot;facility&quot;)")
                .contains("0.441 kg-CO2/kWh (基礎 2023年度 / basic, FY2023)")
                .contains(">" + Numbers.grouped(outside.totals().annualKwh().value()) + "<")
                .contains(outside.fileName() + ".csv");
    }

    @Test
    void anAuctionWithoutASupplyPeriodSaysSoOnItsSheets() {
        ContractSheet sheet = sheets("REVERSE-1").get(0);
        assertThat(sheet.supplyPeriod()).isNull();
        assertThat(ContractSheetPage.standalone().render(sheet)).contains("未設定 / not stated");
        assertThat(ContractSheetCsv.of(sheet).split("\r\n")[1]).contains(",REVERSE-1,,,");
        assertThat(sheets("REVERSE-1")).allMatch(s -> s.winner().retailerId().equals("R3"));
    }
}
