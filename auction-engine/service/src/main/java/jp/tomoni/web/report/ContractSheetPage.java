package jp.tomoni.web.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tomoni.core.award.Figures;
import jp.tomoni.core.lot.FactorKind;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.facility.FacilityRecord;
import jp.tomoni.report.ContractSheet;

/**
 * A contract sheet ({@link ContractSheet}) as one self-contained HTML page in Japanese and English: every label
 * in both languages, Japanese first, for the body's officers to check, print and file with the contract. The
 * page has its CSS inline, no script and no link that needs the network (its policy forbids any fetch), so it
 * reads the same offline. Figures are the sheet's exact integers, only grouped by thousands ({@link Numbers});
 * every text from outside the template is escaped ({@link ReportTemplate}).
 *
 * <p>A renderer is immutable and safe to share between threads.
 */
public final class ContractSheetPage {

    /** The template's name for the Mustache loader. */
    static final String NAME = "report/contract-sheet";

    private final Template template;

    /** A renderer over Spring Boot's {@code Mustache.Compiler}, with the report's escaping and strict sections. */
    public ContractSheetPage(Mustache.Compiler compiler) {
        this.template = ReportTemplate.rules(compiler).loadTemplate(NAME);
    }

    /** A renderer for use without a Spring context; it writes the same bytes as the engine's. */
    public static ContractSheetPage standalone() {
        return new ContractSheetPage(ReportTemplate.bootDefaults());
    }

    /** The page of one sheet. */
    public String render(ContractSheet sheet) {
        return template.execute(view(sheet));
    }

    static Map<String, Object> view(ContractSheet sheet) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("auctionId", sheet.auctionId());
        view.put("lotName", sheet.lotName());
        view.put("lotNameJa", sheet.lotNameJa() == null ? sheet.lotName() : sheet.lotNameJa());
        view.put("bodyCode", sheet.bodyCode());
        view.put("bodyNameJa", sheet.bodyNameJa());
        view.put("bodyNameEn", sheet.bodyNameEn());
        view.put("winnerId", sheet.winner().retailerId());
        view.put("winnerName", sheet.winner().name());
        view.put("registrationNumber", sheet.winner().registrationNumber());
        view.put("price", sheet.price().toString());
        view.put("period", sheet.supplyPeriod() != null);
        view.put("supplyStart", sheet.supplyPeriod() == null ? "" : sheet.supplyPeriod().start().toString());
        view.put("supplyEnd", sheet.supplyPeriod() == null ? "" : sheet.supplyPeriod().end().toString());
        view.put("planFactor", factor(sheet.planFactor()));
        view.put("csvFile", sheet.fileName() + ".csv");
        List<Map<String, Object>> lines = new ArrayList<>();
        for (ContractSheet.Line line : sheet.lines()) {
            FacilityRecord facility = line.facility();
            Map<String, Object> row = figures(line.figures());
            row.put("id", facility.id());
            row.put("nameJa", facility.name("ja"));
            row.put("nameEn", facility.name());
            row.put("contractKw", Numbers.grouped(facility.contractKw()));
            row.put("currentPrice", facility.currentPrice() == null ? "–" : facility.currentPrice().toString());
            row.put("baseline", factor(facility.baseline()));
            lines.add(row);
        }
        view.put("lines", lines);
        Map<String, Object> totals = figures(sheet.totals());
        totals.put("facilities", Integer.toString(sheet.totals().facilities()));
        totals.put("contractKw", Numbers.grouped(sheet.contractKw()));
        totals.put("withoutCurrentPrice", Integer.toString(sheet.totals().withoutCurrentPrice()));
        totals.put("someWithoutCurrentPrice", sheet.totals().withoutCurrentPrice() > 0);
        view.put("totals", totals);
        return view;
    }

    private static Map<String, Object> figures(Figures figures) {
        Map<String, Object> row = new LinkedHashMap<>();
        boolean saving = ContractSheet.hasSaving(figures);
        row.put("annualKwh", Numbers.grouped(figures.annualKwh().value()));
        row.put("annualCost", Numbers.grouped(figures.annualCost().value()));
        row.put("saving", saving ? Numbers.grouped(figures.saving().value()) : "–");
        row.put("co2Tonnes", Numbers.grouped(figures.co2Reduction().tonnesOneDecimal()));
        row.put("co2Kg", Numbers.grouped(figures.co2Reduction().kilograms()));
        return row;
    }

    /** {@code 0.433 kg-CO2/kWh（調整後 2024年度 / adjusted, FY2024）}. */
    private static String factor(ReportedFactor factor) {
        String ja = factor.kind() == FactorKind.ADJUSTED ? "調整後" : "基礎";
        return factor.value() + " kg-CO2/kWh (" + ja + " " + factor.fiscalYear() + "年度 / " + factor.kind().label()
                + ", FY" + factor.fiscalYear() + ")";
    }
}
