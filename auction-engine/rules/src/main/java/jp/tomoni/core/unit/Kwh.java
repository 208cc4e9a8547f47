package jp.tomoni.core.unit;

/**
 * An amount of electrical energy in whole kilowatt-hours, such as a facility's annual use.
 *
 * @param value whole kWh, never negative
 */
public record Kwh(long value) implements Comparable<Kwh> {

    public static final Kwh ZERO = new Kwh(0);

    public Kwh {
        if (value < 0) {
            throw new IllegalArgumentException("energy cannot be negative: " + value + " kWh");
        }
    }

    public static Kwh of(long value) {
        return new Kwh(value);
    }

    public Kwh plus(Kwh other) {
        return new Kwh(Math.addExact(value, other.value));
    }

    @Override
    public int compareTo(Kwh other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value + " kWh";
    }
}
