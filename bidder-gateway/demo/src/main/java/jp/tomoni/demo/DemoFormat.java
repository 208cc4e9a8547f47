package jp.tomoni.demo;

import java.util.regex.Pattern;

/**
 * Text for the demo's console: prices from whole hundredths of a yen, money and kWh with thousands
 * separators, tonnes from the report's one-decimal strings. Only integers and decimal strings are handled:
 * no floating point, so nothing is ever rounded twice. Output is plain ASCII ("yen", not the yen sign), so
 * that it reads the same on any console encoding.
 */
final class DemoFormat {

    private static final Pattern PRICE = Pattern.compile("(\\d{1,7})\\.(\\d{2})");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    private DemoFormat() {
    }

    /** Parses a price such as {@code "27.30"} into hundredths of a yen (2730); exactly two decimals. */
    static long parsePrice(String text) {
        var m = text == null ? null : PRICE.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("not a price with two decimals: \"" + text + "\"");
        }
        return Long.parseLong(m.group(1)) * 100 + Long.parseLong(m.group(2));
    }

    /** A price in hundredths of a yen as the API writes it: 2730 gives {@code "27.30"}. */
    static String price(long hundredths) {
        long abs = Math.abs(hundredths);
        String text = abs / 100 + "." + (abs % 100 < 10 ? "0" : "") + abs % 100;
        return hundredths < 0 ? "-" + text : text;
    }

    /** A whole number with thousands separators: {@code 1234567} gives {@code "1,234,567"}. */
    static String grouped(long value) {
        return groupedDecimal(Long.toString(value));
    }

    /**
     * A decimal string with thousands separators in its whole part: {@code "1645.4"} gives
     * {@code "1,645.4"}; {@code "-12345"} gives {@code "-12,345"}. Anything else is returned unchanged.
     */
    static String groupedDecimal(String text) {
        if (text == null || !DECIMAL.matcher(text).matches()) {
            return String.valueOf(text);
        }
        boolean negative = text.startsWith("-");
        String digits = negative ? text.substring(1) : text;
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + out + (dot < 0 ? "" : digits.substring(dot));
    }

    /** Whole yen: {@code 41541500} gives {@code "41,541,500 yen"}. */
    static String yen(long yen) {
        return grouped(yen) + " yen";
    }

    /** Whole kWh: {@code 3800000} gives {@code "3,800,000 kWh"}. */
    static String kwh(long kwh) {
        return grouped(kwh) + " kWh";
    }

    /** Tonnes of CO2 from the report's one-decimal string: {@code "1645.4"} gives {@code "1,645.4 t-CO2"}. */
    static String tonnes(String oneDecimal) {
        return groupedDecimal(oneDecimal) + " t-CO2";
    }
}
