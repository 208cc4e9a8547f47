package jp.tomoni.gateway;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unit prices in yen per kWh as the rules write them: decimal text of plain ASCII digits with an optional
 * point and one or two decimals ({@code "24.37"}, {@code "24.3"}, {@code "24"}), no sign, no exponent, no
 * spaces, at most 15 digits before the point. They are kept as whole hundredths of a yen ({@code long});
 * nothing here uses floating point.
 */
public final class Prices {

    private static final Pattern PRICE = Pattern.compile("([0-9]{1,15})(?:\\.([0-9]{1,2}))?");

    private Prices() {
    }

    /**
     * The price written {@code text}, in hundredths of a yen.
     *
     * @throws IllegalArgumentException saying why when {@code text} is not such a price
     */
    public static long parse(String text) {
        Matcher m = PRICE.matcher(text);
        if (!m.matches()) {
            if (text.matches("[0-9]{1,15}\\.[0-9]{3,}")) {
                throw new IllegalArgumentException("\"" + text + "\" has more than 2 decimals");
            }
            throw new IllegalArgumentException("\"" + text + "\" is not a price: write digits with at most 2 decimals,"
                    + " no sign, e.g. \"24.37\"");
        }
        long whole = Long.parseLong(m.group(1));
        String fraction = m.group(2) == null ? "" : m.group(2);
        long hundredths = fraction.isEmpty() ? 0 : Long.parseLong(fraction) * (fraction.length() == 1 ? 10 : 1);
        return whole * 100 + hundredths;
    }

    /** {@code hundredths} of a yen as text with exactly two decimals, e.g. {@code 2430} as {@code "24.30"}. */
    public static String format(long hundredths) {
        if (hundredths < 0) {
            throw new IllegalArgumentException("a price is never negative: " + hundredths);
        }
        long cents = hundredths % 100;
        return hundredths / 100 + (cents < 10 ? ".0" : ".") + cents;
    }
}
