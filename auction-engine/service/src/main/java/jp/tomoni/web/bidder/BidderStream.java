package jp.tomoni.web.bidder;

import java.util.Objects;
import jp.tomoni.contract.v1.BidderEvent;
import jp.tomoni.engine.LoggedEvent;

/**
 * One retailer's stream of an auction: fed every event of the auction's log in order, from its start, it
 * answers the event as that retailer may see it, or {@code null}. It keeps the OPEN_REVERSE standings, so
 * that another bidder's bid shows only when the lowest price or this retailer's own rank changed. Not thread
 * safe: one stream, one subscriber.
 */
final class BidderStream {

    private final String retailerId;
    private final BidderStanding standing = new BidderStanding();

    BidderStream(String retailerId) {
        this.retailerId = retailerId;
    }

    /** The next event of the log for this retailer, or {@code null} when it must not see it. */
    BidderEvent render(LoggedEvent logged) {
        Long lowestBefore = standing.lowestPrice();
        int rankBefore = standing.rankOf(retailerId);
        standing.apply(logged.event());
        boolean changed = !Objects.equals(lowestBefore, standing.lowestPrice()) || rankBefore != standing.rankOf(retailerId);
        return BidderEvents.render(logged, retailerId, standing, changed);
    }
}
