package jp.tomoni.facility;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import jp.tomoni.facility.RowValidator.Column;

/**
 * Reads and writes facilities in the officers' CSV import template, the format of the demo dataset
 * ({@code docs/demo-dataset.md}).
 *
 * <p>The file is UTF-8 text with LF or CRLF line endings and an optional byte order mark. Lines starting
 * with {@code #} and blank lines are skipped but counted, so that every error names the line an editor
 * shows. The first other line is the header {@link #HEADER}; columns are matched by name (in any order,
 * ignoring case and surrounding spaces), every template column but {@code name_ja} is required and no
 * other column is allowed. Fields follow RFC 4180: a field holding a comma, quote or line break is quoted,
 * with {@code ""} for a quote inside it. Unquoted fields are trimmed of surrounding spaces.
 *
 * <p>The rules for each value:
 * <ul>
 *   <li>{@code ward_code}: the owner's local-government code, 5 or 6 digits (any municipality, e.g.
 *       13101, 11208);</li>
 *   <li>{@code facility_id}: 1 to 64 characters of {@code [A-Za-z0-9._-]}, unique in the file;</li>
 *   <li>{@code name}: not empty, at most 200 characters, no line breaks or control characters;</li>
 *   <li>{@code name_ja}, optional (the only column that may be left out): the name in Japanese, with the rules
 *       of {@code name}, or empty for none;</li>
 *   <li>{@code type}: a {@link FacilityType} name, in any case;</li>
 *   <li>{@code voltage_class}: a {@link VoltageClass} name, in any case, equal to
 *       {@link VoltageClass#ofContractKw(long)} of {@code contract_kw};</li>
 *   <li>{@code contract_kw}: a positive whole number of kW, plain digits;</li>
 *   <li>{@code annual_kwh}: a whole number of kWh, 0 or more, plain digits (no thousands separators);</li>
 *   <li>{@code current_price_yen_per_kwh}: empty when unknown, else yen/kWh with at most two decimals;</li>
 *   <li>{@code baseline_factor_kg_per_kwh}: kg-CO2/kWh with at most three decimals, at most 2.000;</li>
 *   <li>{@code baseline_factor_kind}: {@code basic} or {@code adjusted};</li>
 *   <li>{@code baseline_factor_fiscal_year}: a year from 1990 to 2100.</li>
 * </ul>
 * Every error is reported with its line and column (see {@link ImportError}); a row with the wrong
 * number of fields is reported once and not checked further. A file with no facility rows is an error.
 */
public final class FacilityCsv {

    /** The template's header line, without a line break. */
    public static final String HEADER = Arrays.stream(Column.values()).filter(column -> !column.optional)
            .map(column -> column.csv).collect(Collectors.joining(","));
    /** The optional column of the Japanese name, which may stand anywhere in the header. */
    public static final String NAME_JA = Column.NAME_JA.csv;

    private FacilityCsv() {
    }

    /**
     * Parses a facility file, all or nothing.
     *
     * @param text the file's content
     * @return every facility in file order, or every error found (at most {@link ImportResult#MAX_ERRORS})
     *         and no facility
     */
    public static ImportResult parse(String text) {
        Objects.requireNonNull(text, "text");
        RowValidator validator = new RowValidator(false);
        List<CsvLines.Line> lines = CsvLines.read(text);
        if (lines.isEmpty()) {
            validator.error(1, "", ImportError.EMPTY_IMPORT,
                    "the file is empty: it needs the header line " + HEADER + " and one line per facility");
            return validator.result(List.of());
        }
        CsvLines.Line header = lines.get(0);
        if (header.fields() == null) {
            validator.error(header.number(), "", ImportError.MALFORMED, "the header line cannot be read: "
                    + header.problem());
            return validator.result(List.of());
        }
        Map<Column, Integer> positions = columns(header, validator);
        if (lines.size() == 1) {
            validator.error(header.number(), "", ImportError.EMPTY_IMPORT,
                    "the file has a header line but no facility lines after it");
        }
        List<FacilityRecord> facilities = new ArrayList<>();
        for (CsvLines.Line row : lines.subList(1, lines.size())) {
            if (row.fields() == null) {
                validator.error(row.number(), "", ImportError.MALFORMED, "line " + row.number()
                        + " cannot be read: " + row.problem());
                continue;
            }
            if (row.fields().size() != header.fields().size()) {
                validator.error(row.number(), "", ImportError.WRONG_FIELD_COUNT, "line " + row.number() + " has "
                        + row.fields().size() + " fields but the header has " + header.fields().size()
                        + "; quote any value that contains a comma");
                continue;
            }
            Map<Column, String> texts = new EnumMap<>(Column.class);
            positions.forEach((column, index) -> texts.put(column, row.fields().get(index)));
            FacilityRecord facility = validator.record(row.number(), texts, Map.of());
            if (facility != null) {
                facilities.add(facility);
            }
        }
        return validator.result(facilities);
    }

    /** Maps each template column to its position, reporting missing, unknown and repeated columns. */
    private static Map<Column, Integer> columns(CsvLines.Line header, RowValidator validator) {
        Map<String, Column> byName = new HashMap<>();
        for (Column column : Column.values()) {
            byName.put(column.csv, column);
        }
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        for (int index = 0; index < header.fields().size(); index++) {
            String name = header.fields().get(index);
            Column column = byName.get(name.toLowerCase(Locale.ROOT));
            if (column == null) {
                validator.error(header.number(), name, ImportError.UNKNOWN_COLUMN, "column " + (index + 1) + " \""
                        + name + "\" is not a template column; the columns are " + HEADER + " and, optionally, "
                        + NAME_JA);
            } else if (positions.containsKey(column)) {
                validator.error(header.number(), column.csv, ImportError.UNKNOWN_COLUMN, "column \"" + column.csv
                        + "\" appears twice, as columns " + (positions.get(column) + 1) + " and " + (index + 1));
            } else {
                positions.put(column, index);
            }
        }
        for (Column column : Column.values()) {
            if (!column.optional && !positions.containsKey(column)) {
                validator.error(header.number(), column.csv, ImportError.MISSING_COLUMN,
                        "the header has no column \"" + column.csv + "\"; the columns are " + HEADER);
            }
        }
        return positions;
    }

    /**
     * Writes facilities in the template format: the {@link #HEADER} line, then one line per facility, all
     * ending with LF, with no comment line. Prices are written with two decimals (empty when unknown),
     * factors with three; fields are quoted only when needed. {@code parse(write(x))} gives back {@code x}
     * for any list that {@link #parse(String)} can return.
     *
     * @param facilities the facilities, in the order to write them
     * @return the CSV text
     */
    public static String write(List<FacilityRecord> facilities) {
        boolean japanese = facilities.stream().anyMatch(f -> f.nameJa() != null);
        StringBuilder out = new StringBuilder(HEADER).append(japanese ? "," + NAME_JA : "").append('\n');
        for (FacilityRecord f : facilities) {
            List<String> fields = new ArrayList<>(List.of(f.wardCode(), f.id(), f.name(), f.type().name(),
                    f.voltageClass().name(), Long.toString(f.contractKw()), Long.toString(f.annualKwh().value()),
                    f.currentPrice() == null ? "" : f.currentPrice().toString(), f.baseline().value().toString(),
                    f.baseline().kind().label(), Integer.toString(f.baseline().fiscalYear())));
            if (japanese) {
                fields.add(f.nameJa() == null ? "" : f.nameJa());
            }
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(quoteIfNeeded(fields.get(i), i == 0));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String quoteIfNeeded(String field, boolean first) {
        boolean needed = !field.isEmpty()
                && (field.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
                        || field.charAt(0) == ' ' || field.charAt(0) == '\t'
                        || field.charAt(field.length() - 1) == ' ' || field.charAt(field.length() - 1) == '\t'
                        || (first && field.charAt(0) == '#'));
        return needed ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
