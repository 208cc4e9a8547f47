package jp.tomoni.core.unit;

/**
 * An emission factor in whole grams of CO2 per kWh; {@code 0.433} kg-CO2/kWh is 433.
 *
 * @param gramsPerKwh g-CO2 per kWh, never negative
 */
public record EmissionFactor(long gramsPerKwh) {

    /** The adjusted factor of a 100% renewable menu backed by renewable non-fossil certificates. */
    public static final EmissionFactor ZERO = new EmissionFactor(0);

    public EmissionFactor {
        if (gramsPerKwh < 0) {
            throw new IllegalArgumentException("an emission factor cannot be negative: " + gramsPerKwh);
        }
    }

    /** Reads a factor written in kg-CO2/kWh with at most three decimals, such as {@code "0.433"}. */
    public static EmissionFactor parse(String text) {
        return new EmissionFactor(Decimals.parse(text, 3, "emission factor"));
    }

    /** The exact CO2 of {@code energy} at this factor. */
    public Carbon emissionsOf(Kwh energy) {
        return new Carbon(Math.multiplyExact(energy.value(), gramsPerKwh));
    }

    /** The factor in kg-CO2/kWh as text with exactly three decimals, e.g. {@code "0.433"}. */
    @Override
    public String toString() {
        return Decimals.format(gramsPerKwh, 3);
    }
}
