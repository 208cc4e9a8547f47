package jp.tomoni.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.tomoni.core.lot.FactorKind;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.core.unit.EmissionFactor;
import jp.tomoni.core.unit.Kwh;
import jp.tomoni.core.unit.Price;
import jp.tomoni.facility.FacilityCsv;
import jp.tomoni.facility.FacilityJson;
import jp.tomoni.facility.FacilityRecord;
import jp.tomoni.facility.FacilityType;
import jp.tomoni.facility.ImportResult;
import jp.tomoni.facility.VoltageClass;
import org.junit.jupiter.api.Test;

/** The shipped dataset is a valid import in both forms of the facility template. */
class DemoDatasetImportTest {

    private static final String HEADER = "ward_code,facility_id,name,type,voltage_class,contract_kw,annual_kwh,"
            + "current_price_yen_per_kwh,baseline_factor_kg_per_kwh,baseline_factor_kind,baseline_factor_fiscal_year";
    private static final FacilityRecord GOOD_RECORD = new FacilityRecord("13101", "F-13101-HQ",
            "Chiyoda ward head office", FacilityType.OFFICE, VoltageClass.HIGH, 816, Kwh.of(3_215_000),
            Price.ofHundredths(2849), new ReportedFactor(new EmissionFactor(433), FactorKind.ADJUSTED, 2022),
            "千代田区役所本庁舎");

    @Test
    void theShippedDemoDatasetParsesIntoItsFacilities() {
        String csv = DemoDataset.csv();
        ImportResult result = FacilityCsv.parse(csv);

        assertThat(result.errors()).isEmpty();
        assertThat(result.ok()).isTrue();
        List<String[]> rows = csv.lines().skip(2).map(line -> line.split(",", -1)).toList();
        assertThat(rows).hasSize(213);
        assertThat(result.facilities()).extracting(FacilityRecord::id).containsExactlyElementsOf(
                rows.stream().map(r -> r[1]).toList());
        assertThat(result.facilities()).extracting(f -> f.annualKwh().value()).containsExactlyElementsOf(
                rows.stream().map(r -> Long.parseLong(r[6])).toList());
        assertThat(result.facilities().get(0)).isEqualTo(GOOD_RECORD);
        assertThat(result.facilities()).filteredOn(f -> f.currentPrice() == null).hasSize(8);
    }

    @Test
    void writingTheParsedDemoGivesBackTheTemplateAndParsesToTheSameFacilities() {
        String csv = DemoDataset.csv();
        List<FacilityRecord> facilities = FacilityCsv.parse(csv).facilities();

        String written = FacilityCsv.write(facilities);

        assertThat(written).isEqualTo(csv.substring(csv.indexOf('\n') + 1));
        assertThat(written).startsWith(FacilityCsv.HEADER + "," + FacilityCsv.NAME_JA + "\n");
        assertThat(FacilityCsv.HEADER).isEqualTo(HEADER);
        assertThat(FacilityCsv.parse(written)).isEqualTo(new ImportResult(facilities, List.of()));
    }

    @Test
    void theDemoDatasetRoundTripsThroughJson() {
        List<FacilityRecord> facilities = FacilityCsv.parse(DemoDataset.csv()).facilities();
        assertThat(facilities).hasSize(213);

        ImportResult result = FacilityJson.parse(FacilityJson.write(facilities));

        assertThat(result.errors()).isEmpty();
        assertThat(result.facilities()).isEqualTo(facilities);
    }
}
