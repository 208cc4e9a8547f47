package jp.tomoni.core.unit;

/**
 * An amount of money in whole yen. A saving may be negative; costs never are.
 *
 * @param value whole yen
 */
public record Yen(long value) {

    public static final Yen ZERO = new Yen(0);

    public static Yen of(long value) {
        return new Yen(value);
    }

    public Yen plus(Yen other) {
        return new Yen(Math.addExact(value, other.value));
    }

    public Yen minus(Yen other) {
        return new Yen(Math.subtractExact(value, other.value));
    }

    @Override
    public String toString() {
        return value + " yen";
    }
}
