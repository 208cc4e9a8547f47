package jp.tomoni.core.reverse;

import java.time.Instant;
import jp.tomoni.core.RejectionCode;
import jp.tomoni.core.unit.Price;

/** What an OPEN_REVERSE auction records. Its state changes only by applying these. */
public sealed interface ReverseEvent {

    /**
     * A bid was accepted; it replaces the bidder's previous bid.
     *
     * @param bidder    the bidder
     * @param at        when it was received
     * @param price     the price offered
     * @param newLowest whether it became the new lowest price
     */
    record BidAccepted(String bidder, Instant at, Price price, boolean newLowest) implements ReverseEvent {
    }

    /**
     * A bid was rejected and changed nothing.
     *
     * @param bid    the bid as received
     * @param reason why
     */
    record BidRejected(ReverseCommand.Bid bid, RejectionCode reason) implements ReverseEvent {
    }

    /**
     * A new lowest price inside the soft-close window moved the closing time.
     *
     * @param closesAt   the new closing time
     * @param extensions how many extensions have now been made
     */
    record ClosingExtended(Instant closesAt, int extensions) implements ReverseEvent {
    }

    /**
     * The closing time was moved outside the bidding (pause or recovery); not an extension.
     *
     * @param closesAt the new closing time
     */
    record ClosingRescheduled(Instant closesAt) implements ReverseEvent {
    }

    /**
     * The auction ended.
     *
     * @param result the result
     */
    record AuctionEnded(ReverseResult result) implements ReverseEvent {
    }
}
