package jp.tomoni.core.unit;

/**
 * Strict conversion between decimal text and whole multiples of a fixed unit.
 *
 * <p>The rules carry every quantity as an integer in an explicit unit; text such as {@code "24.37"} is
 * only a way of writing one. A text is accepted only when it is plain digits with an optional point and
 * at most {@code scale} decimals: no sign, no exponent, no spaces. Nothing here uses floating point.
 */
final class Decimals {

    private Decimals() {
    }

    /**
     * Parses non-negative decimal text into whole units of {@code 10^-scale}.
     *
     * @throws IllegalArgumentException naming the text when it is not such a number or has too many decimals
     */
    static long parse(String text, int scale, String what) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        int point = text.indexOf('.');
        String whole = point < 0 ? text : text.substring(0, point);
        String fraction = point < 0 ? "" : text.substring(point + 1);
        if (whole.isEmpty() || !digits(whole) || (point >= 0 && (fraction.isEmpty() || !digits(fraction)))) {
            throw new IllegalArgumentException(what + " \"" + text + "\" is not a plain decimal number");
        }
        if (fraction.length() > scale) {
            throw new IllegalArgumentException(
                    what + " \"" + text + "\" has more than " + scale + " decimal" + (scale == 1 ? "" : "s"));
        }
        if (whole.length() > 15) {
            throw new IllegalArgumentException(what + " \"" + text + "\" is too large");
        }
        long value = Long.parseLong(whole);
        for (int i = 0; i < scale; i++) {
            value = value * 10 + (i < fraction.length() ? fraction.charAt(i) - '0' : 0);
        }
        return value;
    }

    /** Writes whole units of {@code 10^-scale} as decimal text with exactly {@code scale} decimals. */
    static String format(long units, int scale) {
        long factor = pow10(scale);
        String sign = units < 0 ? "-" : "";
        long abs = Math.abs(units);
        if (scale == 0) {
            return sign + abs;
        }
        String fraction = Long.toString(abs % factor);
        return sign + abs / factor + "." + "0".repeat(scale - fraction.length()) + fraction;
    }

    /** Divides a non-negative or negative numerator by a positive divisor, rounding half away from zero. */
    static long divideHalfUp(long numerator, long divisor) {
        long half = divisor / 2;
        return numerator >= 0 ? (numerator + half) / divisor : -((-numerator + half) / divisor);
    }

    static long pow10(int scale) {
        long factor = 1;
        for (int i = 0; i < scale; i++) {
            factor *= 10;
        }
        return factor;
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
