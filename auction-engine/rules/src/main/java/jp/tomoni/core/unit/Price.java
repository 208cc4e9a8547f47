package jp.tomoni.core.unit;

/**
 * A unit price of electricity in whole hundredths of a yen per kWh ({@code 24.37} yen/kWh is 2437).
 *
 * <p>Prices are written as decimal text with at most two decimals and are never floating point.
 *
 * <p>A price lies between 0 and {@link #MAX}, 10,000.00 yen/kWh: hundreds of times any tariff, and small
 * enough that a cost, {@code kWh × price}, stays exact in a {@code long} for any lot the engine takes.
 *
 * @param hundredths hundredths of a yen per kWh, from 0 to 1,000,000
 */
public record Price(long hundredths) implements Comparable<Price> {

    /** The smallest step a price can move by: 0.01 yen/kWh. */
    public static final Price ONE_HUNDREDTH = new Price(1);

    /** The highest price: 10,000.00 yen/kWh. */
    public static final Price MAX = new Price(1_000_000);

    public Price {
        if (hundredths < 0) {
            throw new IllegalArgumentException("a price cannot be negative: " + hundredths + " hundredths");
        }
        if (hundredths > 1_000_000) {
            throw new IllegalArgumentException("a price is at most 10000.00 yen/kWh");
        }
    }

    public static Price ofHundredths(long hundredths) {
        return new Price(hundredths);
    }

    /**
     * Reads a price written as decimal text such as {@code "24.37"} or {@code "30"}.
     *
     * @throws IllegalArgumentException when the text is not a non-negative number with at most two decimals
     */
    public static Price parse(String text) {
        return new Price(Decimals.parse(text, 2, "price"));
    }

    /**
     * The annual cost of {@code energy} at this price: kWh × price, rounded half up to the whole yen once.
     */
    public Yen costOf(Kwh energy) {
        long hundredthsOfYen = Math.multiplyExact(energy.value(), hundredths);
        return new Yen(Decimals.divideHalfUp(hundredthsOfYen, 100));
    }

    /**
     * This price times a percentage, rounded half up to 0.01 yen:
     * {@code (P × a_bp + 5000) / 10000} in whole hundredths.
     */
    public Price percent(Percentage percentage) {
        return new Price(Decimals.divideHalfUp(Math.multiplyExact(hundredths, percentage.basisPoints()), 10_000));
    }

    public boolean isAbove(Price other) {
        return hundredths > other.hundredths;
    }

    public boolean isBelow(Price other) {
        return hundredths < other.hundredths;
    }

    public static Price max(Price a, Price b) {
        return a.hundredths >= b.hundredths ? a : b;
    }

    @Override
    public int compareTo(Price other) {
        return Long.compare(hundredths, other.hundredths);
    }

    /** The price as decimal text with exactly two decimals, e.g. {@code "27.30"}. */
    @Override
    public String toString() {
        return Decimals.format(hundredths, 2);
    }
}
