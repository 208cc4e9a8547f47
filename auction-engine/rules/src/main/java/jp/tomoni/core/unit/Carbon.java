package jp.tomoni.core.unit;

/**
 * An exact amount of CO2 in whole grams. It may be negative when a plan emits more than the baseline.
 *
 * <p>Totals are always summed in grams; rounding to kilograms, tonnes or households happens only when a
 * figure is shown, half up (away from zero).
 *
 * @param grams g-CO2
 */
public record Carbon(long grams) {

    public static final Carbon ZERO = new Carbon(0);

    /** Annual CO2 of one household: 2.88 t-CO2, the national figure for FY2020. */
    public static final Carbon HOUSEHOLD_ANNUAL = new Carbon(2_880_000);

    public Carbon plus(Carbon other) {
        return new Carbon(Math.addExact(grams, other.grams));
    }

    public Carbon minus(Carbon other) {
        return new Carbon(Math.subtractExact(grams, other.grams));
    }

    /** Whole kilograms, rounded half up. */
    public long kilograms() {
        return Decimals.divideHalfUp(grams, 1_000);
    }

    /** Whole tonnes, rounded half up. */
    public long tonnes() {
        return Decimals.divideHalfUp(grams, 1_000_000);
    }

    /** Tonnes with one decimal, as whole tenths of a tonne rounded half up. */
    public long tenthsOfTonne() {
        return Decimals.divideHalfUp(grams, 100_000);
    }

    /** Tonnes with one decimal as text, e.g. {@code "1645.4"}. */
    public String tonnesOneDecimal() {
        return Decimals.format(tenthsOfTonne(), 1);
    }

    /** Household equivalent: this amount ÷ one household's annual 2.88 t-CO2, rounded half up. */
    public long households() {
        return Decimals.divideHalfUp(grams, HOUSEHOLD_ANNUAL.grams);
    }

    @Override
    public String toString() {
        return grams + " g-CO2";
    }
}
