package jp.tomoni.engine;

import java.time.Duration;
import java.time.Instant;
import jp.tomoni.core.reverse.OpenReverseParameters;
import jp.tomoni.core.unit.EmissionFactor;
import jp.tomoni.core.unit.Kwh;

/**
 * The declared bounds of the engine's timetable and registry: the edges refuse anything outside them, and the
 * engine checks them again when it decides, so no time or energy sum can overflow. Prices are bounded by
 * {@link jp.tomoni.core.unit.Price#MAX} itself. With these bounds a lot's cost, {@code kWh × price}, is at
 * most 10<sup>12</sup> × 10<sup>6</sup> hundredths of a yen, far inside a {@code long}.
 */
public final class Limits {

    /** The shortest CLOCK round: one second. */
    public static final Duration MIN_ROUND = Duration.ofSeconds(1);
    /** The longest CLOCK round, and the longest recess: one day. */
    public static final Duration MAX_ROUND = Duration.ofDays(1);
    /** The longest soft-close window or extension of an OPEN_REVERSE auction: one day. */
    public static final Duration MAX_SOFT_CLOSE = Duration.ofDays(1);
    /** The most soft-close extensions an OPEN_REVERSE auction may allow. */
    public static final int MAX_EXTENSIONS = 1_000;
    /** The earliest time an auction may open, close or be scheduled for. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** The latest time an auction may open, close or be scheduled for. */
    public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");
    /** The largest security a retailer may post: 10<sup>15</sup> yen. */
    public static final long MAX_SECURITY_YEN = 1_000_000_000_000_000L;
    /** The largest security an auction may ask per tranche: 10<sup>15</sup> yen, the largest security. */
    public static final long MAX_SECURITY_PER_TRANCHE_YEN = MAX_SECURITY_YEN;
    /** The highest emission factor a menu or a facility may report: 2.000 kg-CO2/kWh, above any fuel's. */
    public static final EmissionFactor MAX_FACTOR = new EmissionFactor(2_000);
    /** The most annual energy one lot may hold: 10<sup>12</sup> kWh, more than all of Japan uses. */
    public static final Kwh MAX_LOT_DEMAND = Kwh.of(1_000_000_000_000L);

    private Limits() {
    }

    /** Why a CLOCK round length is out of bounds, or {@code null}. */
    public static String roundLengthProblem(Duration length) {
        return length.compareTo(MIN_ROUND) < 0 || length.compareTo(MAX_ROUND) > 0
                ? "a round lasts from 1 second to 1 day (86400 seconds)" : null;
    }

    /** Why a recess is out of bounds, or {@code null}. */
    public static String recessProblem(Duration recess) {
        return recess.isNegative() || recess.compareTo(MAX_ROUND) > 0
                ? "a recess lasts from 0 seconds to 1 day (86400 seconds)" : null;
    }

    /** Why a time is out of bounds, or {@code null}. */
    public static String timeProblem(Instant at) {
        return at.isBefore(EARLIEST) || at.isAfter(LATEST)
                ? "a time must lie between " + EARLIEST + " and " + LATEST : null;
    }

    /**
     * The first parameter of an OPEN_REVERSE auction that is out of bounds, or {@code null}.
     */
    public static OutOfBounds reverseProblem(OpenReverseParameters p) {
        if (timeProblem(p.opensAt()) != null) {
            return new OutOfBounds("opensAt", timeProblem(p.opensAt()));
        } else if (timeProblem(p.closesAt()) != null) {
            return new OutOfBounds("closesAt", timeProblem(p.closesAt()));
        } else if (p.softCloseWindow().compareTo(MAX_SOFT_CLOSE) > 0) {
            return new OutOfBounds("softCloseWindowMinutes", "the soft-close window is at most 1 day (1440 minutes)");
        } else if (p.extension().compareTo(MAX_SOFT_CLOSE) > 0) {
            return new OutOfBounds("extensionMinutes", "an extension is at most 1 day (1440 minutes)");
        } else if (p.maxExtensions() > MAX_EXTENSIONS) {
            return new OutOfBounds("maxExtensions", "at most " + MAX_EXTENSIONS + " extensions");
        }
        return null;
    }

    /**
     * A value out of its bounds.
     *
     * @param field  the field at fault, as the officers' API names it
     * @param reason the bound, in words
     */
    public record OutOfBounds(String field, String reason) {
    }
}
