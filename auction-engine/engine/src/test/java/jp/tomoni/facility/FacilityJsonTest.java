package jp.tomoni.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Consumer;
import jp.tomoni.core.lot.FactorKind;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.core.unit.EmissionFactor;
import jp.tomoni.core.unit.Kwh;
import jp.tomoni.core.unit.Price;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class FacilityJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String GOOD = """
            {"wardCode": "13101", "id": "F-13101-HQ", "name": "Chiyoda ward head office", "type": "OFFICE",
             "voltageClass": "HIGH", "contractKw": 816, "annualKwh": 3215000, "currentPrice": "28.49",
             "baselineFactor": {"value": "0.433", "kind": "adjusted", "fiscalYear": 2022}}""";
    private static final FacilityRecord GOOD_RECORD = new FacilityRecord("13101", "F-13101-HQ",
            "Chiyoda ward head office", FacilityType.OFFICE, VoltageClass.HIGH, 816, Kwh.of(3_215_000),
            Price.ofHundredths(2849), new ReportedFactor(new EmissionFactor(433), FactorKind.ADJUSTED, 2022));

    /** An array of a good element and, at index 1, a copy of it (with id F-2) changed by {@code change}. */
    private static String withBadElement(Consumer<ObjectNode> change) {
        ObjectNode bad = (ObjectNode) JSON.readTree(GOOD);
        bad.put("id", "F-2");
        change.accept(bad);
        return "[" + GOOD + ",\n" + JSON.writeValueAsString(bad) + "]";
    }

    private static ObjectNode factor(ObjectNode facility) {
        return (ObjectNode) facility.get("baselineFactor");
    }

    private static ImportError onlyError(String json, int index, String field, String code) {
        ImportResult result = FacilityJson.parse(json);
        assertThat(result.ok()).isFalse();
        assertThat(result.facilities()).isEmpty();
        assertThat(result.errors()).extracting(ImportError::line, ImportError::field, ImportError::code)
                .containsExactly(tuple(index, field, code));
        assertThat(result.errors().get(0).message()).isNotBlank();
        return result.errors().get(0);
    }

    @Test
    void aFacilityArrayParses() {
        ImportResult result = FacilityJson.parse("[" + GOOD + "]");

        assertThat(result.errors()).isEmpty();
        assertThat(result.facilities()).containsExactly(GOOD_RECORD);
    }

    @Test
    void aJapaneseNameIsOptionalAndComesBackInTheNode() {
        String json = "[" + GOOD.replace("\"name\":", "\"nameJa\": \"千代田区役所本庁舎\", \"name\":") + "]";

        ImportResult result = FacilityJson.parse(json);

        assertThat(result.errors()).isEmpty();
        FacilityRecord facility = result.facilities().get(0);
        assertThat(facility.nameJa()).isEqualTo("千代田区役所本庁舎");
        assertThat(FacilityJson.node(facility).get("nameJa").asString()).isEqualTo("千代田区役所本庁舎");
        assertThat(FacilityJson.node(GOOD_RECORD).has("nameJa")).isFalse();
        onlyError(withBadElement(f -> f.put("nameJa", 7)), 1, "nameJa", ImportError.INVALID_NAME);
    }

    @Test
    void anUnknownPriceIsNullOrAbsentAndOtherMunicipalitiesAreAccepted() {
        String json = "[" + GOOD.replace("\"28.49\"", "null") + ","
                + GOOD.replace(", \"currentPrice\": \"28.49\"", "").replace("13101", "11208") + ","
                + GOOD.replace("13101", "11100") + "]";

        ImportResult result = FacilityJson.parse(json);

        assertThat(result.errors()).isEmpty();
        assertThat(result.facilities()).extracting(FacilityRecord::wardCode, FacilityRecord::currentPrice)
                .containsExactly(tuple("13101", null), tuple("11208", null), tuple("11100", Price.ofHundredths(2849)));
    }

    @Test
    void aPriceGivenAsANumberIsRefused() {
        ImportError error = onlyError(withBadElement(f -> f.put("currentPrice", new BigDecimal("28.49"))), 1,
                "currentPrice", ImportError.INVALID_PRICE);

        assertThat(error.message()).contains("28.49", "decimal strings");
        onlyError(withBadElement(f -> f.put("currentPrice", "28.495")), 1, "currentPrice", ImportError.INVALID_PRICE);
    }

    @Test
    void aFactorIsADecimalStringObject() {
        assertThat(onlyError(withBadElement(f -> factor(f).put("value", new BigDecimal("0.433"))), 1,
                "baselineFactor.value", ImportError.INVALID_FACTOR).message()).contains("decimal strings");
        onlyError(withBadElement(f -> factor(f).put("value", "0.4333")), 1, "baselineFactor.value",
                ImportError.INVALID_FACTOR);
        onlyError(withBadElement(f -> f.put("baselineFactor", "0.433")), 1, "baselineFactor",
                ImportError.INVALID_FACTOR);
        onlyError(withBadElement(f -> f.remove("baselineFactor")), 1, "baselineFactor", ImportError.REQUIRED);
    }

    @Test
    void missingNullOrEmptyValuesAreRequired() {
        onlyError(withBadElement(f -> f.remove("name")), 1, "name", ImportError.REQUIRED);
        onlyError(withBadElement(f -> f.putNull("annualKwh")), 1, "annualKwh", ImportError.REQUIRED);
        onlyError(withBadElement(f -> factor(f).put("kind", "")), 1, "baselineFactor.kind", ImportError.REQUIRED);
    }

    @Test
    void unknownPropertiesAreRefused() {
        onlyError(withBadElement(f -> f.put("notes", "x")), 1, "notes", ImportError.UNKNOWN_COLUMN);
        onlyError(withBadElement(f -> factor(f).put("source", "x")), 1, "baselineFactor.source",
                ImportError.UNKNOWN_COLUMN);
    }

    @Test
    void countsAreJsonWholeNumbers() {
        assertThat(onlyError(withBadElement(f -> f.put("annualKwh", "3215000")), 1, "annualKwh",
                ImportError.INVALID_NUMBER).message()).contains("\"3215000\"");
        onlyError(withBadElement(f -> f.put("contractKw", new BigDecimal("816.5"))), 1, "contractKw",
                ImportError.INVALID_NUMBER);
        onlyError(withBadElement(f -> f.put("annualKwh", -1)), 1, "annualKwh", ImportError.INVALID_NUMBER);
        assertThat(onlyError(withBadElement(f -> f.put("annualKwh", new BigInteger("9".repeat(25)))), 1,
                "annualKwh", ImportError.INVALID_NUMBER).message()).contains("too large");
    }

    @Test
    void kindAndFiscalYearFollowTheRules() {
        onlyError(withBadElement(f -> factor(f).put("kind", "Adjusted")), 1, "baselineFactor.kind",
                ImportError.INVALID_FACTOR_KIND);
        onlyError(withBadElement(f -> factor(f).put("fiscalYear", 1989)), 1, "baselineFactor.fiscalYear",
                ImportError.INVALID_FISCAL_YEAR);
        onlyError(withBadElement(f -> factor(f).put("fiscalYear", "2022")), 1, "baselineFactor.fiscalYear",
                ImportError.INVALID_FISCAL_YEAR);
    }

    @Test
    void typeAndVoltageClassFollowTheRules() {
        FacilityRecord school = FacilityJson.parse("[" + GOOD.replace("\"OFFICE\"", "\"school\"") + "]")
                .facilities().get(0);
        assertThat(school.type()).isEqualTo(FacilityType.SCHOOL);
        onlyError(withBadElement(f -> f.put("type", "SHOP")), 1, "type", ImportError.UNKNOWN_TYPE);
        onlyError(withBadElement(f -> f.put("voltageClass", 6)), 1, "voltageClass", ImportError.UNKNOWN_VOLTAGE_CLASS);
        assertThat(onlyError(withBadElement(f -> f.put("voltageClass", "LOW")), 1, "voltageClass",
                ImportError.VOLTAGE_CLASS_MISMATCH).message()).contains("means HIGH");
    }

    @Test
    void wardCodesIdsAndNamesFollowTheRules() {
        assertThat(onlyError(withBadElement(f -> f.put("wardCode", 13101)), 1, "wardCode",
                ImportError.INVALID_WARD_CODE).message()).contains("leading zeros");
        onlyError(withBadElement(f -> f.put("wardCode", "1310")), 1, "wardCode", ImportError.INVALID_WARD_CODE);
        onlyError(withBadElement(f -> f.put("id", "F/2")), 1, "id", ImportError.INVALID_ID);
        onlyError(withBadElement(f -> f.put("name", "n".repeat(201))), 1, "name", ImportError.INVALID_NAME);
        assertThat(onlyError(withBadElement(f -> f.put("id", "F-13101-HQ")), 1, "id", ImportError.DUPLICATE_ID)
                .message()).contains("element 0");
    }

    @Test
    void anEmptyArrayIsAnEmptyImport() {
        onlyError("[ ]", ImportError.WHOLE_DOCUMENT, "", ImportError.EMPTY_IMPORT);
    }

    @Test
    void textThatIsNotAnArrayOfObjectsIsMalformed() {
        assertThat(onlyError("[" + GOOD + ",\n{\"id\": }]", ImportError.WHOLE_DOCUMENT, "", ImportError.MALFORMED)
                .message()).contains("line 4");
        onlyError(GOOD, ImportError.WHOLE_DOCUMENT, "", ImportError.MALFORMED);
        onlyError("", ImportError.WHOLE_DOCUMENT, "", ImportError.MALFORMED);
        onlyError("[" + GOOD + "] []", ImportError.WHOLE_DOCUMENT, "", ImportError.MALFORMED);
        onlyError("[{\"id\": \"a\", \"id\": \"b\"}]", ImportError.WHOLE_DOCUMENT, "", ImportError.MALFORMED);
        onlyError("[" + GOOD + ", \"F-2\"]", 1, "", ImportError.MALFORMED);
    }

    @Test
    void everyErrorIsCollected() {
        ImportResult result = FacilityJson.parse(withBadElement(f -> {
            f.put("type", "SHOP");
            f.put("currentPrice", 28);
            f.remove("annualKwh");
        }));

        assertThat(result.facilities()).isEmpty();
        assertThat(result.errors()).extracting(ImportError::line, ImportError::field, ImportError::code)
                .containsExactly(tuple(1, "type", ImportError.UNKNOWN_TYPE),
                        tuple(1, "annualKwh", ImportError.REQUIRED),
                        tuple(1, "currentPrice", ImportError.INVALID_PRICE));
    }
}
