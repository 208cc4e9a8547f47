package jp.tomoni.core;

/** How an auction ended. */
public enum AuctionStatus {
    /** Every tranche (or the whole lot) was awarded at a price within the reserve. */
    AWARDED,
    /** CLOCK round 1 was undersubscribed and a partial award was allowed: the offered tranches were awarded. */
    PARTIALLY_AWARDED,
    /** CLOCK round 1 offered fewer than {@code T} tranches and a partial award was not allowed. */
    UNDERSUBSCRIBED,
    /** The clearing or winning price was above the confidential reserve: no award. */
    FAILED_RESERVE,
    /** Nobody offered anything. */
    NO_BIDS;

    /** Whether the auction has winners. */
    public boolean hasAward() {
        return this == AWARDED || this == PARTIALLY_AWARDED;
    }
}
