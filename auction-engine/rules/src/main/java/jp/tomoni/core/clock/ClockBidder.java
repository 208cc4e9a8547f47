package jp.tomoni.core.clock;

import java.util.Objects;

/**
 * A retailer on a CLOCK auction's roster.
 *
 * @param id          the bidder's id
 * @param eligibility {@code E_i}, the most tranches it may offer, from the security it posted
 * @param qualified   whether it is qualified for this auction; bids of an unqualified bidder are rejected
 */
public record ClockBidder(String id, int eligibility, boolean qualified) {

    public ClockBidder {
        Objects.requireNonNull(id, "id");
        if (eligibility < 0) {
            throw new IllegalArgumentException("eligibility cannot be negative");
        }
    }

    /** A qualified bidder. */
    public static ClockBidder qualified(String id, int eligibility) {
        return new ClockBidder(id, eligibility, true);
    }
}
