package jp.tomoni.facility;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.tomoni.facility.RowValidator.Column;

/**
 * The JSON form of the facility import once a binder has read it into {@link Row}s: the same rules, codes
 * and places as {@link FacilityJson#parse(String)}, all rows or none. The binder has already refused what
 * is not the form's shape (an unknown property, a value of the wrong JSON type, a property given twice), so
 * what is checked here is the values: every row's errors are reported, with the element's index as
 * {@link ImportError#line()}.
 */
public final class FacilityRows {

    private FacilityRows() {
    }

    /**
     * One element of the JSON array, each value as sent ({@code null} when absent or JSON {@code null}).
     *
     * @param wardCode       the municipal code, e.g. {@code "13101"}
     * @param id             the facility's id
     * @param name           a readable name
     * @param type           the facility type, e.g. {@code "SCHOOL"}
     * @param voltageClass   {@code LOW}, {@code HIGH} or {@code EXTRA_HIGH}
     * @param contractKw     the contract demand in kW
     * @param annualKwh      the annual electricity use
     * @param currentPrice   the current unit price as decimal text, or {@code null} when unknown
     * @param baselineFactor the current supplier's emission factor
     * @param nameJa         the name in Japanese, or {@code null} for none
     */
    public record Row(String wardCode, String id, String name, String type, String voltageClass, Long contractKw,
                      Long annualKwh, String currentPrice, Factor baselineFactor, String nameJa) {
    }

    /**
     * A row's {@code baselineFactor}.
     *
     * @param value      kg-CO2/kWh as decimal text, e.g. {@code "0.433"}
     * @param kind       {@code basic} or {@code adjusted}
     * @param fiscalYear the fiscal year it was published for
     */
    public record Factor(String value, String kind, Long fiscalYear) {
    }

    /**
     * Checks the rows and builds their facilities.
     *
     * @param rows the elements in array order
     * @return every facility, or every error found (at most {@link ImportResult#MAX_ERRORS}) and no facility
     */
    public static ImportResult check(List<Row> rows) {
        Objects.requireNonNull(rows, "rows");
        RowValidator validator = new RowValidator(true);
        if (rows.isEmpty()) {
            validator.error(ImportError.WHOLE_DOCUMENT, "", ImportError.EMPTY_IMPORT, "the array holds no facilities");
            return validator.result(List.of());
        }
        List<FacilityRecord> facilities = new ArrayList<>();
        for (int index = 0; index < rows.size(); index++) {
            FacilityRecord facility = record(index, rows.get(index), validator);
            if (facility != null) {
                facilities.add(facility);
            }
        }
        return validator.result(facilities);
    }

    private static FacilityRecord record(int index, Row row, RowValidator validator) {
        Map<Column, String> texts = new EnumMap<>(Column.class);
        Map<Column, ImportError> refused = new EnumMap<>(Column.class);
        texts.put(Column.WARD_CODE, text(row.wardCode()));
        texts.put(Column.ID, text(row.id()));
        texts.put(Column.NAME, text(row.name()));
        texts.put(Column.TYPE, text(row.type()));
        texts.put(Column.VOLTAGE_CLASS, text(row.voltageClass()));
        texts.put(Column.CONTRACT_KW, text(row.contractKw()));
        texts.put(Column.ANNUAL_KWH, text(row.annualKwh()));
        if (row.nameJa() != null) {
            texts.put(Column.NAME_JA, row.nameJa());
        }
        if (row.currentPrice() != null) {
            texts.put(Column.CURRENT_PRICE, row.currentPrice());
        }
        Factor factor = row.baselineFactor();
        if (factor == null) {
            String field = Column.FACTOR.json.substring(0, Column.FACTOR.json.indexOf('.'));
            refused.put(Column.FACTOR, new ImportError(index, field, ImportError.REQUIRED,
                    field + " is required but is missing"));
        } else {
            texts.put(Column.FACTOR, text(factor.value()));
            texts.put(Column.FACTOR_KIND, text(factor.kind()));
            texts.put(Column.FACTOR_YEAR, text(factor.fiscalYear()));
        }
        return validator.record(index, texts, refused);
    }

    /** A value as the shared rules read it: absent is empty text, which they report as required. */
    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
