package jp.tomoni.core.reverse;

import java.time.Instant;
import jp.tomoni.core.unit.Price;

/** What can happen to an OPEN_REVERSE auction. Every command carries the server time it was received at. */
public sealed interface ReverseCommand {

    /**
     * A bid for the whole lot.
     *
     * @param bidder the bidder's id
     * @param at     when the server received it
     * @param price  the unit price offered
     */
    record Bid(String bidder, Instant at, Price price) implements ReverseCommand {
    }

    /**
     * The closing timer fired at {@code at}. It ends the auction when {@code at} is at or after the current
     * closing time; a timer made stale by an extension does nothing.
     *
     * @param at the time the timer fired
     */
    record Close(Instant at) implements ReverseCommand {
    }

    /**
     * Moves the closing time for a reason outside the bidding: a pause, or the engine's recovery after
     * downtime. It is not an extension and does not count towards the cap. Ignored once the auction ended.
     *
     * @param closesAt the new closing time
     */
    record Reschedule(Instant closesAt) implements ReverseCommand {
    }
}
