package jp.tomoni.core;

/**
 * Why a bid was rejected. A rejected bid changes nothing: the bidder's last accepted bid still stands.
 * The codes are stable: bidders' systems match on them.
 */
public enum RejectionCode {
    /** The bidder is not on the auction's roster. */
    UNKNOWN_BIDDER,
    /** The bidder is known but not qualified for this auction. */
    NOT_QUALIFIED,
    /** A quantity below zero. */
    INVALID_QUANTITY,
    /** More tranches than the bidder's eligibility. */
    ABOVE_ELIGIBILITY,
    /** More tranches than the load cap. */
    ABOVE_LOAD_CAP,
    /** The bidder offered 0 in the previous round and is out. */
    NOT_ACTIVE,
    /** More tranches than the bidder offered in the previous round. */
    ACTIVITY_RULE,
    /** An exit price outside {@code (P_r, P_(r-1)]}. */
    EXIT_PRICE_OUT_OF_RANGE,
    /** The bid names a round that is not the current one and has not closed. */
    WRONG_ROUND,
    /** The bid names a round that had already closed when it arrived. */
    ROUND_CLOSED,
    /** The auction, or the round named, has not opened yet. */
    NOT_OPEN,
    /** The auction has ended. */
    AUCTION_CLOSED,
    /** An OPEN_REVERSE price above the public ceiling. */
    ABOVE_CEILING,
    /** A price that is not a positive amount with at most two decimals. */
    INVALID_PRICE,
    /** An OPEN_REVERSE price that does not undercut the bidder's own previous bid by the minimum step. */
    STEP_TOO_SMALL
}
