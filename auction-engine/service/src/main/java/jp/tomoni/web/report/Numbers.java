package jp.tomoni.web.report;

/**
 * Figures as the report prints them: whole numbers and decimal strings with a comma between each group of
 * three digits ({@code 1,645.4}), the same in Japanese and English. Nothing is computed here: the digits
 * are those of the engine's exact integer figures, only grouped.
 */
final class Numbers {

    private Numbers() {
    }

    /** A whole number with thousands separators, e.g. {@code -1,234,567}. */
    static String grouped(long value) {
        return grouped(Long.toString(value));
    }

    /**
     * A decimal string ({@code "1645.4"}, {@code "-27.30"}, {@code "3800000"}) with thousands separators in
     * its whole part; the fraction is kept as it is.
     *
     * @throws IllegalArgumentException when the text is not an optionally signed decimal number
     */
    static String grouped(String decimal) {
        if (!decimal.matches("-?[0-9]+(\\.[0-9]+)?")) {
            throw new IllegalArgumentException("not a decimal number: \"" + decimal + "\"");
        }
        boolean negative = decimal.startsWith("-");
        String digits = negative ? decimal.substring(1) : decimal;
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        String fraction = point < 0 ? "" : digits.substring(point);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + out + fraction;
    }
}
