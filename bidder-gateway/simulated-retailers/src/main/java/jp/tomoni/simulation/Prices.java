package jp.tomoni.simulation;

/**
 * Prices as the APIs write them: decimal strings of yen per kWh with at most two decimals, held here as whole
 * hundredths of a yen ({@code "24.50"} is 2450).
 */
public final class Prices {

    private Prices() {
    }

    /** {@code hundredths} with exactly two decimals: 2450 is {@code "24.50"}, 5 is {@code "0.05"}. */
    public static String format(long hundredths) {
        if (hundredths < 0) {
            throw new IllegalArgumentException("a price is not negative: " + hundredths);
        }
        return hundredths / 100 + "." + (hundredths % 100 < 10 ? "0" : "") + hundredths % 100;
    }

    /** A price string of digits with at most two decimals ({@code "24.5"}, {@code "30"}) as hundredths. */
    public static long parse(String text) {
        if (text == null || !text.matches("[0-9]{1,13}(\\.[0-9]{1,2})?")) {
            throw new IllegalArgumentException("not a price with at most two decimals: " + text);
        }
        int point = text.indexOf('.');
        if (point < 0) {
            return Long.parseLong(text) * 100;
        }
        String decimals = (text.substring(point + 1) + "0").substring(0, 2);
        return Long.parseLong(text.substring(0, point)) * 100 + Long.parseLong(decimals);
    }
}
