package jp.tomoni.facility;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.tomoni.facility.RowValidator.Column;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes facilities as JSON: an array of objects such as
 * <pre>{@code
 * [{"wardCode": "13101", "id": "F-13101-HQ", "name": "Chiyoda ward head office", "type": "OFFICE",
 *   "voltageClass": "HIGH", "contractKw": 816, "annualKwh": 3215000, "currentPrice": "28.49",
 *   "baselineFactor": {"value": "0.433", "kind": "adjusted", "fiscalYear": 2022}}]
 * }</pre>
 *
 * <p>The values follow the same rules as the CSV columns ({@link FacilityCsv}) and are reported with the
 * same codes, with the element's index as {@link ImportError#line()} and the property name as
 * {@link ImportError#field()} ({@code baselineFactor.kind} inside the factor). In addition:
 * <ul>
 *   <li>{@code wardCode}, {@code id}, {@code name}, {@code type} and {@code voltageClass} are strings (a
 *       ward code given as a number would lose its leading zeros), taken exactly as given, not trimmed;</li>
 *   <li>{@code contractKw}, {@code annualKwh} and {@code baselineFactor.fiscalYear} are JSON whole
 *       numbers;</li>
 *   <li>{@code currentPrice} and {@code baselineFactor.value} are decimal strings such as {@code "28.49"},
 *       never JSON numbers, so that no floating point is involved; {@code currentPrice} may be absent or
 *       {@code null} when unknown;</li>
 *   <li>a property not listed above is an {@link ImportError#UNKNOWN_COLUMN} error, and a property given
 *       twice makes the document {@link ImportError#MALFORMED}.</li>
 * </ul>
 * Text that is not JSON, a top level that is not an array, or an element that is not an object is
 * {@code MALFORMED}; an empty array is {@link ImportError#EMPTY_IMPORT}.
 */
public final class FacilityJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final Set<String> PROPERTIES = Set.of("wardCode", "id", "name", "nameJa", "type", "voltageClass",
            "contractKw", "annualKwh", "currentPrice", "baselineFactor");
    private static final Set<String> FACTOR_PROPERTIES = Set.of("value", "kind", "fiscalYear");
    private static final String FACTOR = "baselineFactor";

    private FacilityJson() {
    }

    /**
     * Parses a JSON array of facilities, all or nothing.
     *
     * @param json the document
     * @return every facility in array order, or every error found (at most {@link ImportResult#MAX_ERRORS})
     *         and no facility
     */
    public static ImportResult parse(String json) {
        Objects.requireNonNull(json, "json");
        RowValidator validator = new RowValidator(true);
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String place = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return malformed(validator, "the text is not valid JSON" + place + ": " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            return malformed(validator, "the document is empty: it must be a JSON array of facilities");
        }
        if (!root.isArray()) {
            return malformed(validator, "the document is " + describe(root) + ", not a JSON array of facilities");
        }
        if (root.isEmpty()) {
            validator.error(ImportError.WHOLE_DOCUMENT, "", ImportError.EMPTY_IMPORT,
                    "the array holds no facilities");
            return validator.result(List.of());
        }
        List<FacilityRecord> facilities = new ArrayList<>();
        for (int index = 0; index < root.size(); index++) {
            FacilityRecord facility = element(index, root.get(index), validator);
            if (facility != null) {
                facilities.add(facility);
            }
        }
        return validator.result(facilities);
    }

    private static ImportResult malformed(RowValidator validator, String message) {
        validator.error(ImportError.WHOLE_DOCUMENT, "", ImportError.MALFORMED, message);
        return validator.result(List.of());
    }

    private static FacilityRecord element(int index, JsonNode node, RowValidator validator) {
        if (!node.isObject()) {
            validator.error(index, "", ImportError.MALFORMED, "element " + index + " is " + describe(node)
                    + ", not a facility object");
            return null;
        }
        unknown(index, node, PROPERTIES, "", validator);
        Element element = new Element(index);
        element.string(node, Column.WARD_CODE, ImportError.INVALID_WARD_CODE);
        element.string(node, Column.ID, ImportError.INVALID_ID);
        element.string(node, Column.NAME, ImportError.INVALID_NAME);
        element.string(node, Column.TYPE, ImportError.UNKNOWN_TYPE);
        element.string(node, Column.VOLTAGE_CLASS, ImportError.UNKNOWN_VOLTAGE_CLASS);
        element.whole(node, Column.CONTRACT_KW, ImportError.INVALID_NUMBER);
        element.whole(node, Column.ANNUAL_KWH, ImportError.INVALID_NUMBER);
        JsonNode nameJa = node.get(Column.NAME_JA.json);
        if (nameJa != null && !nameJa.isNull()) {
            element.string(node, Column.NAME_JA, ImportError.INVALID_NAME);
        }
        JsonNode price = node.get("currentPrice");
        if (price != null && !price.isNull()) {
            element.string(node, Column.CURRENT_PRICE, ImportError.INVALID_PRICE);
        }
        JsonNode factor = node.get(FACTOR);
        if (factor == null || factor.isNull()) {
            element.refuse(Column.FACTOR, FACTOR, ImportError.REQUIRED, FACTOR + " is required but is missing");
        } else if (!factor.isObject()) {
            element.refuse(Column.FACTOR, FACTOR, ImportError.INVALID_FACTOR, FACTOR + " is " + describe(factor)
                    + ", not an object such as {\"value\": \"0.433\", \"kind\": \"adjusted\", \"fiscalYear\": 2022}");
        } else {
            unknown(index, factor, FACTOR_PROPERTIES, FACTOR + ".", validator);
            element.string(factor, Column.FACTOR, ImportError.INVALID_FACTOR);
            element.string(factor, Column.FACTOR_KIND, ImportError.INVALID_FACTOR_KIND);
            element.whole(factor, Column.FACTOR_YEAR, ImportError.INVALID_FISCAL_YEAR);
        }
        return validator.record(index, element.texts, element.refused);
    }

    private static void unknown(int index, JsonNode node, Set<String> allowed, String prefix, RowValidator validator) {
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                validator.error(index, prefix + name, ImportError.UNKNOWN_COLUMN, "property \"" + prefix + name
                        + "\" is not a facility property; the properties are " + String.join(", ",
                        allowed.stream().sorted().map(p -> prefix + p).toList()));
            }
        }
    }

    /** One element's values as text for the shared rules, and the values refused for their JSON type. */
    private static final class Element {

        private final int index;
        private final Map<Column, String> texts = new EnumMap<>(Column.class);
        private final Map<Column, ImportError> refused = new EnumMap<>(Column.class);

        Element(int index) {
            this.index = index;
        }

        void refuse(Column column, String field, String code, String message) {
            refused.put(column, new ImportError(index, field, code, message));
        }

        /** The property's own name inside its object: the last part of the column's JSON name. */
        private static JsonNode value(JsonNode node, Column column) {
            return node.get(column.json.substring(column.json.lastIndexOf('.') + 1));
        }

        /** A JSON string as text; a missing or null value as empty text, which the rules report. */
        void string(JsonNode node, Column column, String code) {
            JsonNode value = value(node, column);
            if (value == null || value.isNull()) {
                texts.put(column, "");
            } else if (value.isString()) {
                texts.put(column, value.stringValue());
            } else if (value.isNumber() && column == Column.WARD_CODE) {
                refuse(column, column.json, code, column.json + " is the number " + value
                        + " but must be a string, such as \"" + value + "\", since a number would lose leading zeros");
            } else if (value.isNumber() && (column == Column.CURRENT_PRICE || column == Column.FACTOR)) {
                refuse(column, column.json, code, column.json + " is the number " + value + " but "
                        + (column == Column.FACTOR ? "factors" : "prices") + " are decimal strings, such as \""
                        + value + "\", so that no floating point is involved");
            } else {
                refuse(column, column.json, code, column.json + " is " + describe(value) + " but must be a string");
            }
        }

        /** A JSON whole number as digits; a missing or null value as empty text, which the rules report. */
        void whole(JsonNode node, Column column, String code) {
            JsonNode value = value(node, column);
            if (value == null || value.isNull()) {
                texts.put(column, "");
            } else if (value.isIntegralNumber()) {
                texts.put(column, value.numberValue().toString());
            } else {
                refuse(column, column.json, code, column.json + " is " + describe(value)
                        + " but must be a JSON whole number without quotes or decimals, such as "
                        + (column == Column.FACTOR_YEAR ? "2022" : "120"));
            }
        }
    }

    private static String describe(JsonNode node) {
        if (node.isString()) {
            return "the string " + node;
        }
        if (node.isNumber()) {
            return "the number " + node;
        }
        if (node.isBoolean()) {
            return node.toString();
        }
        if (node.isNull()) {
            return "null";
        }
        return node.isArray() ? "an array" : "an object";
    }

    /**
     * Writes facilities as the JSON array {@link #parse(String)} reads, pretty-printed; an unknown current
     * price is written as {@code null}. {@code parse(write(x))} gives back {@code x}.
     *
     * @param facilities the facilities, in the order to write them
     * @return the JSON text
     */
    public static String write(List<FacilityRecord> facilities) {
        ArrayNode array = JSON.createArrayNode();
        facilities.forEach(f -> array.add(node(f)));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array);
    }

    /** One facility as a JSON object in the import format. */
    public static ObjectNode node(FacilityRecord f) {
        ObjectNode node = JSON.createObjectNode();
        node.put("wardCode", f.wardCode());
        node.put("id", f.id());
        node.put("name", f.name());
        if (f.nameJa() != null) {
            node.put("nameJa", f.nameJa());
        }
        node.put("type", f.type().name());
        node.put("voltageClass", f.voltageClass().name());
        node.put("contractKw", f.contractKw());
        node.put("annualKwh", f.annualKwh().value());
        node.put("currentPrice", f.currentPrice() == null ? null : f.currentPrice().toString());
        ObjectNode factor = node.putObject(FACTOR);
        factor.put("value", f.baseline().value().toString());
        factor.put("kind", f.baseline().kind().label());
        factor.put("fiscalYear", f.baseline().fiscalYear());
        return node;
    }
}
