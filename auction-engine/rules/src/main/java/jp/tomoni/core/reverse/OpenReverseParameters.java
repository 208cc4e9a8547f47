package jp.tomoni.core.reverse;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import jp.tomoni.core.unit.Price;

/**
 * The rules' parameters for one OPEN_REVERSE auction. Times are values handed in, never read from a clock.
 *
 * @param opensAt          the first instant bids are accepted (inclusive)
 * @param closesAt         the scheduled closing time (exclusive), before any extension
 * @param ceilingPrice     {@code C}, public: no bid may be above it
 * @param reservePrice     {@code R}, confidential; {@code null} means no reserve
 * @param minStep          {@code m}, how far a bidder must undercut its own previous bid (default 0.01)
 * @param softCloseWindow  {@code W} (default 30 min)
 * @param extension        {@code X} (default 30 min)
 * @param maxExtensions    {@code N} (default 10)
 */
public record OpenReverseParameters(Instant opensAt, Instant closesAt, Price ceilingPrice, Price reservePrice,
                                    Price minStep, Duration softCloseWindow, Duration extension,
                                    int maxExtensions) {

    public OpenReverseParameters {
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(ceilingPrice, "ceilingPrice");
        Objects.requireNonNull(minStep, "minStep");
        Objects.requireNonNull(softCloseWindow, "softCloseWindow");
        Objects.requireNonNull(extension, "extension");
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("the closing time must be after the opening time");
        }
        if (minStep.hundredths() < 1) {
            throw new IllegalArgumentException("the minimum step must be at least 0.01");
        }
        if (softCloseWindow.isNegative() || extension.isNegative() || maxExtensions < 0) {
            throw new IllegalArgumentException("soft-close window, extension and their cap cannot be negative");
        }
    }

    /** Parameters with the rules' defaults: step 0.01, window and extension 30 minutes, at most 10 extensions. */
    public static OpenReverseParameters withDefaults(Instant opensAt, Instant closesAt, Price ceiling,
                                                     Price reserve) {
        return new OpenReverseParameters(opensAt, closesAt, ceiling, reserve, Price.ONE_HUNDREDTH,
                Duration.ofMinutes(30), Duration.ofMinutes(30), 10);
    }

    /** Whether {@code price} is above the reserve; never when there is no reserve. */
    public boolean exceedsReserve(Price price) {
        return reservePrice != null && price.isAbove(reservePrice);
    }
}
