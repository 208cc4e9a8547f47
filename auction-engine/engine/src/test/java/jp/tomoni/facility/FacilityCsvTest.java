package jp.tomoni.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import jp.tomoni.core.lot.FactorKind;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.core.unit.EmissionFactor;
import jp.tomoni.core.unit.Kwh;
import jp.tomoni.core.unit.Price;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FacilityCsvTest {

    private static final String HEADER = "ward_code,facility_id,name,type,voltage_class,contract_kw,annual_kwh,"
            + "current_price_yen_per_kwh,baseline_factor_kg_per_kwh,baseline_factor_kind,baseline_factor_fiscal_year";
    private static final String GOOD = "13101,F-13101-HQ,Chiyoda ward head office,OFFICE,HIGH,816,3215000,28.49,0.433,"
            + "adjusted,2022";
    private static final FacilityRecord GOOD_RECORD = new FacilityRecord("13101", "F-13101-HQ",
            "Chiyoda ward head office", FacilityType.OFFICE, VoltageClass.HIGH, 816, Kwh.of(3_215_000),
            Price.ofHundredths(2849), new ReportedFactor(new EmissionFactor(433), FactorKind.ADJUSTED, 2022));

    /** The header and two good rows. */
    private static String twoRows() {
        return HEADER + "\n" + GOOD + "\n" + GOOD.replace("F-13101-HQ", "F-13101-LIB-01") + "\n";
    }

    /** The header, a good row on line 2, and {@code row} on line 3. */
    private static String withBadRow(String row) {
        return HEADER + "\n" + GOOD + "\n" + row + "\n";
    }

    /** {@link #GOOD} with field {@code index} replaced by {@code value}, on line 3 after a good row. */
    private static String withField(int index, String value) {
        String[] fields = GOOD.replace("F-13101-HQ", "F-2").split(",", -1);
        fields[index] = value;
        return withBadRow(String.join(",", fields));
    }

    private static ImportError onlyError(String csv, int line, String field, String code) {
        ImportResult result = FacilityCsv.parse(csv);
        assertThat(result.ok()).isFalse();
        assertThat(result.facilities()).isEmpty();
        assertThat(result.errors()).extracting(ImportError::line, ImportError::field, ImportError::code)
                .containsExactly(tuple(line, field, code));
        assertThat(result.errors().get(0).message()).isNotBlank();
        return result.errors().get(0);
    }

    @Test
    void namesWithCommasQuotesAndSpacesSurviveARoundTrip() {
        List<FacilityRecord> facilities = List.of(
                named("F-1", "Sakura hall, annex"),
                named("F-2", "The \"East\" library, 2nd floor"),
                named("F-3", "  padded  "),
                named("F-4", "#1 community centre"));

        String written = FacilityCsv.write(facilities);

        assertThat(written).contains(",\"Sakura hall, annex\",", ",\"The \"\"East\"\" library, 2nd floor\",");
        assertThat(FacilityCsv.parse(written).facilities()).isEqualTo(facilities);
    }

    @Test
    void aQuotedNameMayHoldCommasAndEscapedQuotes() {
        String csv = HEADER + "\n13101,F-1, \"Hall \"\"A\"\", north, wing\" ,OFFICE,HIGH,816,3215000,28.49,0.433,"
                + "adjusted,2022\n";

        ImportResult result = FacilityCsv.parse(csv);

        assertThat(result.errors()).isEmpty();
        assertThat(result.facilities()).singleElement().extracting(FacilityRecord::name)
                .isEqualTo("Hall \"A\", north, wing");
    }

    @Test
    void crlfLineEndingsAndAByteOrderMarkAreAccepted() {
        String csv = twoRows();
        String windows = "\uFEFF" + csv.replace("\n", "\r\n");

        assertThat(FacilityCsv.parse(windows)).isEqualTo(FacilityCsv.parse(csv));
        assertThat(FacilityCsv.parse(windows).facilities()).hasSize(2);
        onlyError("\uFEFF" + withField(6, "x").replace("\n", "\r\n"), 3, "annual_kwh", ImportError.INVALID_NUMBER);
    }

    @Test
    void columnsMayComeInAnotherOrderAndUnquotedFieldsAreTrimmed() {
        List<String> header = new ArrayList<>(Arrays.asList(HEADER.split(",")));
        List<String> row = new ArrayList<>(Arrays.asList(GOOD.split(",")));
        Collections.reverse(header);
        Collections.reverse(row);
        String csv = String.join(" , ", header) + "\n " + String.join(" ,\t", row) + " \n";

        ImportResult result = FacilityCsv.parse(csv);

        assertThat(result.errors()).isEmpty();
        assertThat(result.facilities()).containsExactly(GOOD_RECORD);
    }

    @ParameterizedTest
    @CsvSource({"11208, Tokorozawa", "11100, Saitama", "13205, Ome", "01100, Sapporo", "131016, Chiyoda"})
    void anyLocalGovernmentCodeIsAccepted(String code, String place) {
        String csv = HEADER + "\n" + GOOD.replace("13101,", code + ",").replace("Chiyoda", place) + "\n";

        ImportResult result = FacilityCsv.parse(csv);

        assertThat(result.errors()).isEmpty();
        assertThat(result.facilities()).singleElement().extracting(FacilityRecord::wardCode).isEqualTo(code);
    }

    @Test
    void typeAndVoltageClassIgnoreCaseAndAnEmptyPriceIsUnknown() {
        String csv = HEADER + "\n13101,F-1,School,school,high,121,264000,,0.433,basic,2023\n";

        FacilityRecord facility = FacilityCsv.parse(csv).facilities().get(0);

        assertThat(facility.type()).isEqualTo(FacilityType.SCHOOL);
        assertThat(facility.voltageClass()).isEqualTo(VoltageClass.HIGH);
        assertThat(facility.currentPrice()).isNull();
        assertThat(facility.baseline()).isEqualTo(new ReportedFactor(new EmissionFactor(433), FactorKind.BASIC, 2023));
    }

    @Test
    void commentAndBlankLinesAreSkippedButCounted() {
        String csv = "# illustrative\n\n" + HEADER + "\n   \n# a note\n" + GOOD.replace("3215000", "-1") + "\n";

        ImportError error = onlyError(csv, 6, "annual_kwh", ImportError.INVALID_NUMBER);

        assertThat(error.message()).contains("\"-1\"");
    }

    @Test
    void everyErrorIsCollectedInFileOrder() {
        String csv = HEADER + "\n" + GOOD.replace("OFFICE", "SHOP").replace("28.49", "28.495") + "\n"
                + GOOD.replace("F-13101-HQ", "F 2") + "\n";

        ImportResult result = FacilityCsv.parse(csv);

        assertThat(result.facilities()).isEmpty();
        assertThat(result.errors()).extracting(ImportError::line, ImportError::field, ImportError::code)
                .containsExactly(tuple(2, "type", ImportError.UNKNOWN_TYPE),
                        tuple(2, "current_price_yen_per_kwh", ImportError.INVALID_PRICE),
                        tuple(3, "facility_id", ImportError.INVALID_ID));
    }

    @Test
    void aMissingColumnIsNamed() {
        String csv = HEADER.replace(",annual_kwh", "") + "\n" + GOOD.replace(",3215000", "") + "\n";

        ImportError error = onlyError(csv, 1, "annual_kwh", ImportError.MISSING_COLUMN);

        assertThat(error.message()).contains("\"annual_kwh\"");
    }

    @Test
    void anUnknownOrRepeatedColumnIsRefused() {
        onlyError(HEADER + ",notes\n" + GOOD + ",x\n", 1, "notes", ImportError.UNKNOWN_COLUMN);
        onlyError(HEADER + ",name\n" + GOOD + ",x\n", 1, "name", ImportError.UNKNOWN_COLUMN);
    }

    @Test
    void aRowWithAnUnquotedCommaHasTheWrongFieldCount() {
        ImportError error = onlyError(withBadRow(GOOD.replace("Chiyoda ward", "Chiyoda, ward").replace("816", "x")),
                3, "", ImportError.WRONG_FIELD_COUNT);

        assertThat(error.message()).contains("12 fields", "11");
    }

    @Test
    void anEmptyRequiredValueIsRequired() {
        onlyError(withField(2, ""), 3, "name", ImportError.REQUIRED);
        onlyError(withField(10, "  "), 3, "baseline_factor_fiscal_year", ImportError.REQUIRED);
    }

    @Test
    void numbersArePlainDigits() {
        ImportError separators = onlyError(withField(6, "\"3,215,000\""), 3, "annual_kwh", ImportError.INVALID_NUMBER);
        assertThat(separators.message()).contains("\"3,215,000\"", "thousands separators");
        onlyError(withField(5, "816.5"), 3, "contract_kw", ImportError.INVALID_NUMBER);
        onlyError(withBadRow(GOOD.replace("F-13101-HQ", "F-2").replace(",HIGH,816,", ",LOW,0,")), 3, "contract_kw",
                ImportError.INVALID_NUMBER);
        assertThat(onlyError(withField(6, "1234567890123456"), 3, "annual_kwh", ImportError.INVALID_NUMBER)
                .message()).contains("too large");
    }

    @Test
    void aPriceHasAtMostTwoDecimals() {
        ImportError error = onlyError(withField(7, "28.495"), 3, "current_price_yen_per_kwh",
                ImportError.INVALID_PRICE);

        assertThat(error.message()).contains("\"28.495\"", "more than 2 decimals");
        onlyError(withField(7, "¥28"), 3, "current_price_yen_per_kwh", ImportError.INVALID_PRICE);
    }

    @Test
    void aFactorHasAtMostThreeDecimalsAndIsInKilograms() {
        assertThat(onlyError(withField(8, "0.4333"), 3, "baseline_factor_kg_per_kwh", ImportError.INVALID_FACTOR)
                .message()).contains("\"0.4333\"");
        assertThat(onlyError(withField(8, "433"), 3, "baseline_factor_kg_per_kwh", ImportError.INVALID_FACTOR)
                .message()).contains("\"433\"", "g-CO2/kWh");
    }

    @Test
    void aFactorKindIsBasicOrAdjusted() {
        ImportError error = onlyError(withField(9, "ADJUSTED"), 3, "baseline_factor_kind",
                ImportError.INVALID_FACTOR_KIND);

        assertThat(error.message()).contains("\"ADJUSTED\"");
    }

    @Test
    void aFiscalYearIsFrom1990To2100() {
        onlyError(withField(10, "1989"), 3, "baseline_factor_fiscal_year", ImportError.INVALID_FISCAL_YEAR);
        onlyError(withField(10, "2101"), 3, "baseline_factor_fiscal_year", ImportError.INVALID_FISCAL_YEAR);
        onlyError(withField(10, "FY2022"), 3, "baseline_factor_fiscal_year", ImportError.INVALID_FISCAL_YEAR);
    }

    @Test
    void typeAndVoltageClassMustBeKnown() {
        assertThat(onlyError(withField(3, "SHOP"), 3, "type", ImportError.UNKNOWN_TYPE).message())
                .contains("\"SHOP\"", "SPORTS_CENTRE");
        onlyError(withField(4, "MEDIUM"), 3, "voltage_class", ImportError.UNKNOWN_VOLTAGE_CLASS);
    }

    @Test
    void theVoltageClassMustFollowTheContractKw() {
        ImportError error = onlyError(withField(4, "LOW"), 3, "voltage_class", ImportError.VOLTAGE_CLASS_MISMATCH);

        assertThat(error.message()).contains("LOW", "816", "means HIGH");
        onlyError(withField(5, "2000"), 3, "voltage_class", ImportError.VOLTAGE_CLASS_MISMATCH);
    }

    @Test
    void aWardCodeHasFiveOrSixDigits() {
        assertThat(onlyError(withField(0, "1310"), 3, "ward_code", ImportError.INVALID_WARD_CODE).message())
                .contains("\"1310\"");
        onlyError(withField(0, "1310123"), 3, "ward_code", ImportError.INVALID_WARD_CODE);
        onlyError(withField(0, "１３１０１"), 3, "ward_code", ImportError.INVALID_WARD_CODE);
    }

    @Test
    void anIdIsShortPlainText() {
        onlyError(withField(1, "F 2"), 3, "facility_id", ImportError.INVALID_ID);
        onlyError(withField(1, "F".repeat(65)), 3, "facility_id", ImportError.INVALID_ID);
    }

    @Test
    void aSecondUseOfAnIdNamesTheFirstLine() {
        ImportError error = onlyError(withBadRow(GOOD), 3, "facility_id", ImportError.DUPLICATE_ID);

        assertThat(error.message()).contains("\"F-13101-HQ\"", "line 2");
    }

    @Test
    void aNameIsShortAndOnOneLine() {
        onlyError(withField(2, "n".repeat(201)), 3, "name", ImportError.INVALID_NAME);
        String twoLines = withField(2, "\"Hall\nannex\"") + GOOD.replace("F-13101-HQ", "F-3").replace("HIGH", "x");
        ImportResult result = FacilityCsv.parse(twoLines);
        assertThat(result.errors()).extracting(ImportError::line, ImportError::field, ImportError::code)
                .containsExactly(tuple(3, "name", ImportError.INVALID_NAME),
                        tuple(5, "voltage_class", ImportError.UNKNOWN_VOLTAGE_CLASS));
    }

    @Test
    void aFileWithoutFacilitiesIsAnEmptyImport() {
        onlyError(HEADER + "\n", 1, "", ImportError.EMPTY_IMPORT);
        onlyError("# only a comment\n" + HEADER + "\n\n", 2, "", ImportError.EMPTY_IMPORT);
        onlyError("", 1, "", ImportError.EMPTY_IMPORT);
    }

    @Test
    void anUnterminatedQuoteIsMalformed() {
        ImportError error = onlyError(withBadRow(GOOD.replace("Chiyoda ward head office", "\"Chiyoda") + "\n"
                + GOOD.replace("F-13101-HQ", "F-3")), 3, "", ImportError.MALFORMED);

        assertThat(error.message()).contains("line 3", "never closed");
        onlyError("\"ward_code\n" + GOOD, 1, "", ImportError.MALFORMED);
        onlyError(withField(2, "\"Hall\" annex"), 3, "", ImportError.MALFORMED);
    }

    @Test
    void theOptionalJapaneseNameIsReadAnywhereInTheHeaderAndWrittenBack() {
        String csv = "name_ja," + HEADER + "\n千代田区役所本庁舎," + GOOD + "\n," + GOOD.replace("F-13101-HQ", "F-2") + "\n";

        List<FacilityRecord> facilities = FacilityCsv.parse(csv).facilities();

        assertThat(facilities).extracting(FacilityRecord::nameJa).containsExactly("千代田区役所本庁舎", null);
        assertThat(facilities.get(0).name("ja")).isEqualTo("千代田区役所本庁舎");
        assertThat(facilities.get(0).name("en")).isEqualTo(facilities.get(0).name());
        assertThat(facilities.get(1).name("ja")).isEqualTo(facilities.get(1).name());
        String written = FacilityCsv.write(facilities);
        assertThat(written).startsWith(HEADER + ",name_ja\n");
        assertThat(FacilityCsv.parse(written).facilities()).isEqualTo(facilities);
        assertThat(FacilityCsv.write(List.of(GOOD_RECORD))).startsWith(HEADER + "\n");
    }

    @Test
    void aJapaneseNameFollowsTheRulesOfAName() {
        String csv = HEADER + ",name_ja\n" + GOOD + ",=HYPERLINK(\"x\")\n";

        ImportResult result = FacilityCsv.parse(csv);

        assertThat(result.facilities()).isEmpty();
        assertThat(result.errors()).singleElement().extracting(ImportError::field, ImportError::code)
                .containsExactly("name_ja", ImportError.INVALID_NAME);
    }

    @Test
    void errorsAreCappedWithAFinalNote() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 1_200; i++) {
            csv.append(GOOD.replace("F-13101-HQ", "F-" + i).replace("3215000", "x")).append('\n');
        }

        ImportResult result = FacilityCsv.parse(csv.toString());

        assertThat(result.facilities()).isEmpty();
        assertThat(result.errors()).hasSize(ImportResult.MAX_ERRORS);
        assertThat(result.errors().get(998)).extracting(ImportError::line, ImportError::code)
                .containsExactly(1_000, ImportError.INVALID_NUMBER);
        ImportError last = result.errors().get(999);
        assertThat(last.code()).isEqualTo(ImportError.TOO_MANY_ERRORS);
        assertThat(last.line()).isEqualTo(1_001);
        assertThat(last.message()).contains("1,200 errors", "first 999");
    }

    private static FacilityRecord named(String id, String name) {
        return new FacilityRecord("11208", id, name, FacilityType.COMMUNITY_CENTRE, VoltageClass.LOW, 30,
                Kwh.of(60_000), null, new ReportedFactor(new EmissionFactor(0), FactorKind.ADJUSTED, 2024));
    }
}
