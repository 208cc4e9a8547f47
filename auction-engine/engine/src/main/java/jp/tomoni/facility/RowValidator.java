package jp.tomoni.facility;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import jp.tomoni.core.lot.FactorKind;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.core.unit.EmissionFactor;
import jp.tomoni.core.unit.Kwh;
import jp.tomoni.core.unit.Price;

/**
 * The field rules shared by the CSV and JSON imports, and the error list of one import.
 *
 * <p>Values arrive as text, whatever the format. Empty or blank text is a missing value; no text at all means
 * there is nothing to check (the CSV column is missing, or the JSON value was refused for its type).
 */
final class RowValidator {

    /** The facility's fields, with their CSV column and JSON property names, in template order. */
    enum Column {
        WARD_CODE("ward_code", "wardCode"),
        ID("facility_id", "id"),
        NAME("name", "name"),
        TYPE("type", "type"),
        VOLTAGE_CLASS("voltage_class", "voltageClass"),
        CONTRACT_KW("contract_kw", "contractKw"),
        ANNUAL_KWH("annual_kwh", "annualKwh"),
        CURRENT_PRICE("current_price_yen_per_kwh", "currentPrice"),
        FACTOR("baseline_factor_kg_per_kwh", "baselineFactor.value"),
        FACTOR_KIND("baseline_factor_kind", "baselineFactor.kind"),
        FACTOR_YEAR("baseline_factor_fiscal_year", "baselineFactor.fiscalYear"),
        /** The facility's name in Japanese: optional, with the rules of {@link #NAME}. */
        NAME_JA("name_ja", "nameJa", true);

        final String csv;
        final String json;
        final boolean optional;

        Column(String csv, String json) {
            this(csv, json, false);
        }

        Column(String csv, String json, boolean optional) {
            this.csv = csv;
            this.json = json;
            this.optional = optional;
        }
    }

    static final int MAX_NAME_LENGTH = 200;
    /** 2.000 kg-CO2/kWh: above any real grid or supplier factor, so a larger value is a unit mistake. */
    static final long MAX_FACTOR_GRAMS = 2_000;

    private static final Pattern WARD_CODE = Pattern.compile("[0-9]{5,6}");
    /** Starts with a letter or digit, so that no spreadsheet reads it as a formula ({@code -1+2}). */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final int MAX_DIGITS = 15;

    private final boolean json;
    private final List<ImportError> errors = new ArrayList<>();
    private final Map<String, Integer> firstPlaceOfId = new HashMap<>();
    private int total;

    /** A validator naming fields and places as JSON ({@code true}) or CSV ({@code false}) does. */
    RowValidator(boolean json) {
        this.json = json;
    }

    /** The column's name in this import's format. */
    String field(Column column) {
        return json ? column.json : column.csv;
    }

    /** Records an error; past the cap it is only counted. */
    void error(int line, String field, String code, String message) {
        total++;
        if (errors.size() < ImportResult.MAX_ERRORS) {
            errors.add(new ImportError(line, field, code, message));
        }
    }

    /** All the facilities, or (when any error was recorded) the errors and no facility. */
    ImportResult result(List<FacilityRecord> facilities) {
        if (total == 0) {
            return new ImportResult(facilities, List.of());
        }
        if (total <= ImportResult.MAX_ERRORS) {
            return new ImportResult(List.of(), errors);
        }
        int listed = ImportResult.MAX_ERRORS - 1;
        List<ImportError> capped = new ArrayList<>(errors.subList(0, listed));
        capped.add(new ImportError(errors.get(listed).line(), "", ImportError.TOO_MANY_ERRORS, String.format(
                Locale.ROOT, "the file has %,d errors; only the first %,d are listed. Fix them and import again",
                total, listed)));
        return new ImportResult(List.of(), capped);
    }

    /**
     * Checks one row and builds its facility, reporting its errors in template column order.
     *
     * @param line    the row's place (CSV line number or JSON element index)
     * @param texts   the row's values; an absent or {@code null} value is not checked
     * @param refused errors already found for a column (a JSON value of the wrong type), reported in the
     *                column's turn instead of checking it
     * @return the facility, or {@code null} when the row has an error or a value was not checked
     */
    FacilityRecord record(int line, Map<Column, String> texts, Map<Column, ImportError> refused) {
        int before = total;
        Function<Column, String> take = column -> {
            ImportError error = refused.get(column);
            if (error != null) {
                error(error.line(), error.field(), error.code(), error.message());
                return null;
            }
            return texts.get(column);
        };
        String ward = wardCode(line, take.apply(Column.WARD_CODE));
        String id = id(line, take.apply(Column.ID));
        String name = name(line, Column.NAME, take.apply(Column.NAME));
        String nameJaText = take.apply(Column.NAME_JA);
        String nameJa = nameJaText == null || nameJaText.isBlank() ? null : name(line, Column.NAME_JA, nameJaText);
        FacilityType type = oneOf(line, Column.TYPE, take.apply(Column.TYPE), FacilityType.values(),
                ImportError.UNKNOWN_TYPE, "a facility type");
        VoltageClass voltage = oneOf(line, Column.VOLTAGE_CLASS, take.apply(Column.VOLTAGE_CLASS),
                VoltageClass.values(), ImportError.UNKNOWN_VOLTAGE_CLASS, "a voltage class");
        Long kw = whole(line, Column.CONTRACT_KW, take.apply(Column.CONTRACT_KW), 1, "kW", "120");
        Long kwh = whole(line, Column.ANNUAL_KWH, take.apply(Column.ANNUAL_KWH), 0, "kWh", "3215000");
        Price price = price(line, take.apply(Column.CURRENT_PRICE));
        EmissionFactor factor = factor(line, take.apply(Column.FACTOR));
        FactorKind kind = kind(line, take.apply(Column.FACTOR_KIND));
        Integer year = fiscalYear(line, take.apply(Column.FACTOR_YEAR));
        if (kw != null && voltage != null && VoltageClass.ofContractKw(kw) != voltage) {
            VoltageClass expected = VoltageClass.ofContractKw(kw);
            error(line, field(Column.VOLTAGE_CLASS), ImportError.VOLTAGE_CLASS_MISMATCH, String.format(Locale.ROOT,
                    "%s is %s but %s %d means %s "
                            + "(LOW under %d kW, HIGH from %d to under %,d kW, EXTRA_HIGH from %,d kW)",
                    field(Column.VOLTAGE_CLASS), voltage, field(Column.CONTRACT_KW), kw, expected,
                    VoltageClass.HIGH_FROM_KW, VoltageClass.HIGH_FROM_KW, VoltageClass.EXTRA_HIGH_FROM_KW,
                    VoltageClass.EXTRA_HIGH_FROM_KW));
        }
        boolean complete = Arrays.asList(ward, id, name, type, voltage, kw, kwh, factor, kind, year).stream()
                .allMatch(value -> value != null);
        if (total != before || !complete) {
            return null;
        }
        return new FacilityRecord(ward, id, name, type, voltage, kw, Kwh.of(kwh), price,
                new ReportedFactor(factor, kind, year), nameJa);
    }

    private boolean present(int line, Column column, String text) {
        if (text == null) {
            return false;
        }
        if (text.isBlank()) {
            error(line, field(column), ImportError.REQUIRED, field(column) + " is required but is missing or empty");
            return false;
        }
        return true;
    }

    private String wardCode(int line, String text) {
        if (!present(line, Column.WARD_CODE, text)) {
            return null;
        }
        if (!WARD_CODE.matcher(text).matches()) {
            error(line, field(Column.WARD_CODE), ImportError.INVALID_WARD_CODE, field(Column.WARD_CODE) + " \""
                    + text + "\" is not a local-government code: expected 5 or 6 digits, such as 13101");
            return null;
        }
        return text;
    }

    private String id(int line, String text) {
        if (!present(line, Column.ID, text)) {
            return null;
        }
        if (!ID.matcher(text).matches()) {
            error(line, field(Column.ID), ImportError.INVALID_ID, field(Column.ID) + " \"" + text
                    + "\" is not a valid id: use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or"
                    + " digit, such as F-13101-HQ");
            return null;
        }
        Integer first = firstPlaceOfId.putIfAbsent(text, line);
        if (first != null) {
            error(line, field(Column.ID), ImportError.DUPLICATE_ID, field(Column.ID) + " \"" + text
                    + "\" is a duplicate: it already appears " + (json ? "in element " : "on line ") + first);
            return null;
        }
        return text;
    }

    private String name(int line, Column column, String text) {
        if (!present(line, column, text)) {
            return null;
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_NAME_LENGTH) {
            error(line, field(column), ImportError.INVALID_NAME, field(column) + " \""
                    + text.substring(0, text.offsetByCodePoints(0, 40)) + "…\" is " + length
                    + " characters long; at most " + MAX_NAME_LENGTH + " are allowed");
            return null;
        }
        if (SpreadsheetFormulas.startsLikeOne(text)) {
            error(line, field(column), ImportError.INVALID_NAME, field(column) + " \""
                    + visible(text) + "\" starts with =, +, -, or @, which a spreadsheet would run as a formula");
            return null;
        }
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            error(line, field(column), ImportError.INVALID_NAME, field(column) + " \""
                    + visible(text) + "\" contains a line break or another control character");
            return null;
        }
        return text;
    }

    private static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }

    private <E extends Enum<E>> E oneOf(int line, Column column, String text, E[] values, String code, String what) {
        if (!present(line, column, text)) {
            return null;
        }
        for (E value : values) {
            if (value.name().equalsIgnoreCase(text)) {
                return value;
            }
        }
        error(line, field(column), code, field(column) + " \"" + text + "\" is not " + what + ": expected one of "
                + String.join(", ", Arrays.stream(values).map(Enum::name).toList()));
        return null;
    }

    private Long whole(int line, Column column, String text, long minimum, String unit, String example) {
        if (!present(line, column, text)) {
            return null;
        }
        if (!DIGITS.matcher(text).matches()) {
            error(line, field(column), ImportError.INVALID_NUMBER, field(column) + " \"" + text + "\" is not a whole"
                    + " number of " + unit + ": write plain digits only, without thousands separators, decimals,"
                    + " signs or units, such as " + example);
            return null;
        }
        if (text.length() > MAX_DIGITS) {
            error(line, field(column), ImportError.INVALID_NUMBER, field(column) + " " + text + " is too large: at"
                    + " most " + MAX_DIGITS + " digits");
            return null;
        }
        long value = Long.parseLong(text);
        if (value < minimum) {
            error(line, field(column), ImportError.INVALID_NUMBER, field(column) + " is " + text
                    + " but must be at least " + minimum + " " + unit);
            return null;
        }
        return value;
    }

    private Price price(int line, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Price.parse(text);
        } catch (IllegalArgumentException e) {
            error(line, field(Column.CURRENT_PRICE), ImportError.INVALID_PRICE, field(Column.CURRENT_PRICE)
                    + " is not a price in yen/kWh such as 28.49 (leave it empty when unknown): " + e.getMessage());
            return null;
        }
    }

    private EmissionFactor factor(int line, String text) {
        if (!present(line, Column.FACTOR, text)) {
            return null;
        }
        EmissionFactor factor;
        try {
            factor = EmissionFactor.parse(text);
        } catch (IllegalArgumentException e) {
            error(line, field(Column.FACTOR), ImportError.INVALID_FACTOR, field(Column.FACTOR)
                    + " is not an emission factor in kg-CO2/kWh such as 0.433: " + e.getMessage());
            return null;
        }
        if (factor.gramsPerKwh() > MAX_FACTOR_GRAMS) {
            error(line, field(Column.FACTOR), ImportError.INVALID_FACTOR, field(Column.FACTOR) + " \"" + text
                    + "\" is above " + new EmissionFactor(MAX_FACTOR_GRAMS) + " kg-CO2/kWh, more than any real"
                    + " factor: write it in kg-CO2/kWh, such as 0.433, not in g-CO2/kWh");
            return null;
        }
        return factor;
    }

    private FactorKind kind(int line, String text) {
        if (!present(line, Column.FACTOR_KIND, text)) {
            return null;
        }
        try {
            return FactorKind.parse(text);
        } catch (IllegalArgumentException e) {
            error(line, field(Column.FACTOR_KIND), ImportError.INVALID_FACTOR_KIND,
                    field(Column.FACTOR_KIND) + ": " + e.getMessage() + " (write it in lower case)");
            return null;
        }
    }

    private Integer fiscalYear(int line, String text) {
        if (!present(line, Column.FACTOR_YEAR, text)) {
            return null;
        }
        if (!text.matches("[0-9]{4}") || Integer.parseInt(text) < 1990 || Integer.parseInt(text) > 2100) {
            error(line, field(Column.FACTOR_YEAR), ImportError.INVALID_FISCAL_YEAR, field(Column.FACTOR_YEAR)
                    + " \"" + text + "\" is not a fiscal year from 1990 to 2100, such as 2022");
            return null;
        }
        return Integer.parseInt(text);
    }
}
