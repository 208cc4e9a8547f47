package jp.tomoni.core.unit;

/**
 * A percentage with at most two decimals, kept in whole basis points (5% is 500, 1.25% is 125).
 *
 * @param basisPoints hundredths of a percent, from 0 to 10000
 */
public record Percentage(int basisPoints) {

    public Percentage {
        if (basisPoints < 0 || basisPoints > 10_000) {
            throw new IllegalArgumentException("a percentage must lie between 0 and 100: " + basisPoints + " bp");
        }
    }

    /** Reads a percentage written as decimal text such as {@code "5"} or {@code "2.5"}, at most two decimals. */
    public static Percentage parse(String text) {
        long bp = Decimals.parse(text, 2, "percentage");
        if (bp > 10_000) {
            throw new IllegalArgumentException("percentage \"" + text + "\" is above 100");
        }
        return new Percentage((int) bp);
    }

    /** The percentage as decimal text with two decimals and no sign: 500 bp is {@code "5.00"}. */
    public String decimal() {
        return Decimals.format(basisPoints, 2);
    }

    @Override
    public String toString() {
        return decimal() + "%";
    }
}
