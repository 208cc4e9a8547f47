package jp.tomoni.core.clock;

import jp.tomoni.core.unit.Price;

/**
 * What can happen to a CLOCK auction, in the order the engine received it. Times are not part of the
 * rules here: the engine's sequencer orders a bid after a round's close when it arrived after it.
 */
public sealed interface ClockCommand {

    /**
     * Opens round {@code round}: round 1 opens the auction, later rounds follow a close.
     *
     * @param round the round to open; must be the one after the last closed round
     */
    record OpenRound(int round) implements ClockCommand {
    }

    /**
     * A bid: in round {@code round}, offer {@code quantity} tranches.
     *
     * @param bidder    the bidder's id
     * @param round     the round the bid names
     * @param quantity  tranches offered, {@code q_r}; 0 exits
     * @param exitPrice the exit price for dropped tranches, or {@code null} for the default {@code P_(r-1)}
     */
    record Bid(String bidder, int round, int quantity, Price exitPrice) implements ClockCommand {
    }

    /**
     * Closes round {@code round}, the open one.
     *
     * @param round the round to close
     */
    record CloseRound(int round) implements ClockCommand {
    }
}
