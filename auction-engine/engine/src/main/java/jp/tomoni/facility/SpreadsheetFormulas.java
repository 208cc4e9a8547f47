package jp.tomoni.facility;

import java.util.regex.Pattern;

/**
 * Text a spreadsheet would run as a formula when it opens a CSV (CSV injection): a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, TAB or CR, as OWASP lists them. The import refuses such names;
 * the CSV exports neutralise such cells.
 */
public final class SpreadsheetFormulas {

    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\t\r].*", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private SpreadsheetFormulas() {
    }

    /** Whether {@code text} starts as a formula does. */
    public static boolean startsLikeOne(String text) {
        return FORMULA.matcher(text).matches();
    }

    /** {@code cell} as a spreadsheet shows it as text: with a leading apostrophe if it starts like a formula and is not a plain number. */
    public static String neutralised(String cell) {
        return startsLikeOne(cell) && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }
}
