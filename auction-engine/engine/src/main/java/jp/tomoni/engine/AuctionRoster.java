package jp.tomoni.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who takes part in a new auction: every retailer qualified when it is created (its roster), and of those the ones
 * invited. An auction that asks a security per tranche gives each retailer the eligibility its posted security
 * buys, {@code floor(security / perTranche)} tranches (at most the auction's tranches), and a retailer whose
 * security does not buy one tranche is not invited: its bids are {@code NOT_QUALIFIED}.
 *
 * @param roster  every retailer known to the auction, by id, in the order they were qualified
 * @param invited the ids of those invited: those the officer named, in that order, or every retailer of the roster;
 *                without, when the auction asks a security per tranche, those whose security buys none
 */
record AuctionRoster(Map<String, Retailer> roster, List<String> invited) {

    /**
     * The roster of an auction.
     *
     * @param qualified     every qualified retailer, in the order they were qualified
     * @param requested     the retailers the officer invited; empty means all
     * @param perTrancheYen the security asked per tranche, or {@code null} to keep each retailer's eligibility
     * @param tranches      the auction's tranches (1 for OPEN_REVERSE)
     */
    static AuctionRoster of(List<Retailer> qualified, List<String> requested, Long perTrancheYen, int tranches) {
        Map<String, Retailer> roster = new LinkedHashMap<>();
        for (Retailer retailer : qualified) {
            roster.put(retailer.retailerId(), perTrancheYen == null ? retailer
                    : retailer.securedBy(perTrancheYen, tranches));
        }
        List<String> invited = new ArrayList<>();
        for (String id : requested.isEmpty() ? roster.keySet() : requested) {
            if (perTrancheYen == null || roster.get(id).eligibility() >= 1) {
                invited.add(id);
            }
        }
        return new AuctionRoster(roster, List.copyOf(invited));
    }
}
