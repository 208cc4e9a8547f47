package jp.tomoni.gateway;

import java.util.Map;

/**
 * The rules' rejection codes ("Rejected bids") as a retailer gets them: the field of the bid each one is
 * about, and a sentence saying what the rule is.
 */
public final class RuleCodes {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("INVALID_QUANTITY", "quantity"),
            Map.entry("ABOVE_ELIGIBILITY", "quantity"),
            Map.entry("ABOVE_LOAD_CAP", "quantity"),
            Map.entry("ACTIVITY_RULE", "quantity"),
            Map.entry("NOT_ACTIVE", "quantity"),
            Map.entry("EXIT_PRICE_OUT_OF_RANGE", "exitPrice"),
            Map.entry("WRONG_ROUND", "round"),
            Map.entry("ROUND_CLOSED", "round"),
            Map.entry("ABOVE_CEILING", "price"),
            Map.entry("INVALID_PRICE", "price"),
            Map.entry("STEP_TOO_SMALL", "price"));

    private static final Map<String, String> DETAILS = Map.ofEntries(
            Map.entry("UNKNOWN_BIDDER", "this retailer is not on the auction's roster"),
            Map.entry("NOT_QUALIFIED", "this retailer is not invited to bid in this auction"),
            Map.entry("INVALID_QUANTITY", "the quantity is not a valid number of tranches"),
            Map.entry("ABOVE_ELIGIBILITY", "the quantity is above this retailer's eligibility"),
            Map.entry("ABOVE_LOAD_CAP", "the quantity is above the load cap"),
            Map.entry("NOT_ACTIVE", "this retailer is out of the auction: its quantity reached 0"),
            Map.entry("ACTIVITY_RULE", "the quantity is more than in the previous round"),
            Map.entry("EXIT_PRICE_OUT_OF_RANGE",
                    "the exit price must be above this round's price and at most the previous round's price"),
            Map.entry("WRONG_ROUND", "the bid names a round that is not the open round"),
            Map.entry("ROUND_CLOSED", "the bid arrived after the round closed"),
            Map.entry("NOT_OPEN", "the auction is not taking bids now"),
            Map.entry("AUCTION_CLOSED", "the auction is closed"),
            Map.entry("ABOVE_CEILING", "the price is above the ceiling price"),
            Map.entry("INVALID_PRICE", "the price is not valid for this auction"),
            Map.entry("STEP_TOO_SMALL", "the price must be at least the minimum step below this retailer's previous bid"));

    private RuleCodes() {
    }

    /** The bid field a rejection code is about, or {@code null} when it is about none. */
    public static String field(String code) {
        return FIELDS.get(code);
    }

    /** A sentence explaining the rejection {@code code}. */
    public static String detail(String code) {
        return DETAILS.getOrDefault(code, "the bid was rejected: " + code);
    }
}
