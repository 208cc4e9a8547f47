package jp.tomoni.core.clock;

import java.util.Objects;
import java.util.Optional;
import jp.tomoni.core.unit.Percentage;
import jp.tomoni.core.unit.Price;

/**
 * The rules' parameters for one CLOCK auction.
 *
 * @param tranches             {@code T}, the number of equal tranches the lot is divided into
 * @param startPrice           {@code P1}, the price of round 1
 * @param reservePrice         {@code R}, confidential; {@code null} means no reserve
 * @param floorPrice           {@code F}, the lowest price a round can have (default 0.01)
 * @param decrementOfCurrent   {@code a}, the decrement as a percentage of the current price (default 5%)
 * @param decrementOfStart     {@code b}, the decrement as a percentage of the start price (default 1%)
 * @param loadCap              {@code L}, the most tranches one bidder may hold (default {@code T})
 * @param allowPartialAward    whether an undersubscribed round 1 is awarded in part (default no)
 */
public record ClockParameters(int tranches, Price startPrice, Price reservePrice, Price floorPrice,
                              Percentage decrementOfCurrent, Percentage decrementOfStart, int loadCap,
                              boolean allowPartialAward) {

    /** Prices above this many hundredths are refused, so that sorting keys never overflow. */
    static final long MAX_PRICE_HUNDREDTHS = 1L << 38;

    /** The most tranches a lot may be split into. */
    public static final int MAX_TRANCHES = 10_000;

    public ClockParameters {
        Objects.requireNonNull(startPrice, "startPrice");
        Objects.requireNonNull(floorPrice, "floorPrice");
        Objects.requireNonNull(decrementOfCurrent, "decrementOfCurrent");
        Objects.requireNonNull(decrementOfStart, "decrementOfStart");
        if (tranches < 1 || tranches > MAX_TRANCHES) {
            throw new IllegalArgumentException("tranches must lie between 1 and " + MAX_TRANCHES);
        }
        if (loadCap < 1 || loadCap > tranches) {
            throw new IllegalArgumentException("the load cap must lie between 1 and the number of tranches");
        }
        if (floorPrice.hundredths() < 1) {
            throw new IllegalArgumentException("the floor price must be at least 0.01");
        }
        if (startPrice.isBelow(floorPrice)) {
            throw new IllegalArgumentException("the start price must not be below the floor price");
        }
        if (startPrice.hundredths() >= MAX_PRICE_HUNDREDTHS) {
            throw new IllegalArgumentException("the start price is too large");
        }
    }

    /** Parameters with every default of the rules: floor 0.01, decrements 5% and 1%, load cap {@code T}, no partial award. */
    public static ClockParameters withDefaults(int tranches, Price startPrice, Price reservePrice) {
        return new ClockParameters(tranches, startPrice, reservePrice, Price.ONE_HUNDREDTH,
                new Percentage(500), new Percentage(100), tranches, false);
    }

    /** The reserve, when there is one. */
    public Optional<Price> reserve() {
        return Optional.ofNullable(reservePrice);
    }

    /**
     * The decrement after a round at {@code current}:
     * {@code d_r = max(round(a × P_r), round(b × P1), 0.01)}, each rounded half up to 0.01 yen.
     */
    public Price decrement(Price current) {
        Price d = Price.max(current.percent(decrementOfCurrent), startPrice.percent(decrementOfStart));
        return Price.max(d, Price.ONE_HUNDREDTH);
    }

    /** The next round's price: {@code P_(r+1) = max(P_r - d_r, F)}. */
    public Price nextPrice(Price current) {
        long next = current.hundredths() - decrement(current).hundredths();
        return next <= floorPrice.hundredths() ? floorPrice : Price.ofHundredths(next);
    }

    /** Whether {@code price} is above the reserve; never when there is no reserve. */
    public boolean exceedsReserve(Price price) {
        return reservePrice != null && price.isAbove(reservePrice);
    }
}
