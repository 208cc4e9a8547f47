package jp.tomoni.facility;

import java.util.Objects;

/**
 * One problem found while importing facilities, precise enough for an officer to find and fix it.
 *
 * <p>For a CSV import, {@code line} is the 1-based physical line number in the file (comment and blank
 * lines are counted) and {@code field} the column name, e.g. {@code annual_kwh}. For a JSON import,
 * {@code line} is the 0-based index of the element in the top-level array and {@code field} the property
 * name, e.g. {@code annualKwh} or {@code baselineFactor.kind}; a problem with the document as a whole
 * (not valid JSON, not an array, an empty array) has line {@link #WHOLE_DOCUMENT}. {@code field} is empty
 * when the problem concerns a whole row or the whole file.
 *
 * <p>{@code code} is one of the stable codes declared here, for programs; {@code message} is an English
 * sentence naming the bad value, for people.
 *
 * @param line    where the problem is: CSV line number or JSON element index
 * @param field   the column or property concerned, or empty
 * @param code    a stable UPPER_SNAKE code, one of the constants of this class
 * @param message a sentence naming the bad value and what was expected
 */
public record ImportError(int line, String field, String code, String message) {

    /** The JSON "element index" of a problem with the whole document rather than one element. */
    public static final int WHOLE_DOCUMENT = -1;

    /** A required CSV column is absent from the header (one error per missing column). */
    public static final String MISSING_COLUMN = "MISSING_COLUMN";
    /** A CSV column or JSON property that the template does not have, or a column named twice. */
    public static final String UNKNOWN_COLUMN = "UNKNOWN_COLUMN";
    /** A CSV row with a different number of fields than the header; its other checks are skipped. */
    public static final String WRONG_FIELD_COUNT = "WRONG_FIELD_COUNT";
    /** A required value is missing or empty. */
    public static final String REQUIRED = "REQUIRED";
    /** Contract kW or annual kWh is not a whole number in plain digits (or contract kW is 0). */
    public static final String INVALID_NUMBER = "INVALID_NUMBER";
    /** The current price is not decimal text with at most two decimals. */
    public static final String INVALID_PRICE = "INVALID_PRICE";
    /** The baseline factor is not decimal text in kg-CO2/kWh with at most three decimals, or is implausible. */
    public static final String INVALID_FACTOR = "INVALID_FACTOR";
    /** The baseline factor kind is neither {@code basic} nor {@code adjusted}. */
    public static final String INVALID_FACTOR_KIND = "INVALID_FACTOR_KIND";
    /** The baseline factor's fiscal year is not a whole year from 1990 to 2100. */
    public static final String INVALID_FISCAL_YEAR = "INVALID_FISCAL_YEAR";
    /** The type is not a {@link FacilityType}. */
    public static final String UNKNOWN_TYPE = "UNKNOWN_TYPE";
    /** The voltage class is not a {@link VoltageClass}. */
    public static final String UNKNOWN_VOLTAGE_CLASS = "UNKNOWN_VOLTAGE_CLASS";
    /** The voltage class differs from {@link VoltageClass#ofContractKw(long)} of the contract kW. */
    public static final String VOLTAGE_CLASS_MISMATCH = "VOLTAGE_CLASS_MISMATCH";
    /** The ward code is not a 5- or 6-digit local-government code. */
    public static final String INVALID_WARD_CODE = "INVALID_WARD_CODE";
    /** The facility id is not 1 to 64 characters of {@code [A-Za-z0-9._-]}. */
    public static final String INVALID_ID = "INVALID_ID";
    /** The facility id was already used earlier in the same file; the message names the first place. */
    public static final String DUPLICATE_ID = "DUPLICATE_ID";
    /** The name is longer than 200 characters or contains a line break or other control character. */
    public static final String INVALID_NAME = "INVALID_NAME";
    /** The file holds no facilities. */
    public static final String EMPTY_IMPORT = "EMPTY_IMPORT";
    /** Not valid JSON, not a JSON array of objects, or a CSV quote that is never closed. */
    public static final String MALFORMED = "MALFORMED";
    /** The last error of a capped list: more errors were found than are listed. */
    public static final String TOO_MANY_ERRORS = "TOO_MANY_ERRORS";

    public ImportError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
