package jp.tomoni.core;

/**
 * Why a bid was rejected. A rejected bid changes nothing: the bidder's last accepted bid still stands.
 * The codes are stable: bidders' systems match on them. Each code names the field of the bid it is about
 * (or none) and states its rule in one sentence, as bidders are told it.
 */
public enum RejectionCode {
    /** The bidder is not on the auction's roster. */
    UNKNOWN_BIDDER(null, "this retailer is not on the auction's roster"),
    /** The bidder is known but not qualified for this auction. */
    NOT_QUALIFIED(null, "this retailer is not invited to bid in this auction"),
    /** A quantity below zero. */
    INVALID_QUANTITY("quantity", "the quantity is not a valid number of tranches"),
    /** More tranches than the bidder's eligibility. */
    ABOVE_ELIGIBILITY("quantity", "the quantity is above this retailer's eligibility"),
    /** More tranches than the load cap. */
    ABOVE_LOAD_CAP("quantity", "the quantity is above the load cap"),
    /** The bidder offered 0 in the previous round and is out. */
    NOT_ACTIVE("quantity", "this retailer is out of the auction: its quantity reached 0"),
    /** More tranches than the bidder offered in the previous round. */
    ACTIVITY_RULE("quantity", "the quantity is more than in the previous round"),
    /** An exit price outside {@code (P_r, P_(r-1)]}. */
    EXIT_PRICE_OUT_OF_RANGE("exitPrice",
            "the exit price must be above this round's price and at most the previous round's price"),
    /** The bid names a round that is not the current one and has not closed. */
    WRONG_ROUND("round", "the bid names a round that is not the open round"),
    /** The bid names a round that had already closed when it arrived. */
    ROUND_CLOSED("round", "the bid arrived after the round closed"),
    /** The auction, or the round named, has not opened yet. */
    NOT_OPEN(null, "the auction is not taking bids now"),
    /** The auction has ended. */
    AUCTION_CLOSED(null, "the auction is closed"),
    /** An OPEN_REVERSE price above the public ceiling. */
    ABOVE_CEILING("price", "the price is above the ceiling price"),
    /** A price that is not a positive amount with at most two decimals. */
    INVALID_PRICE("price", "the price is not valid for this auction"),
    /** An OPEN_REVERSE price that does not undercut the bidder's own previous bid by the minimum step. */
    STEP_TOO_SMALL("price", "the price must be at least the minimum step below this retailer's previous bid");

    private final String field;
    private final String rule;

    RejectionCode(String field, String rule) {
        this.field = field;
        this.rule = rule;
    }

    /** The field of the bid this code is about ({@code quantity}, {@code exitPrice}, ...), or {@code null}. */
    public String field() {
        return field;
    }

    /** The rule the bid broke, in one sentence for the bidder. */
    public String rule() {
        return rule;
    }
}
