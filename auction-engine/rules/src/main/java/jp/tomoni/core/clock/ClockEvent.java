package jp.tomoni.core.clock;

import jp.tomoni.core.RejectionCode;
import jp.tomoni.core.unit.Price;

/** What a CLOCK auction records. Its state changes only by applying these. */
public sealed interface ClockEvent {

    /**
     * Round {@code round} opened at {@code price}.
     *
     * @param round the round number, from 1
     * @param price {@code P_r}
     */
    record RoundOpened(int round, Price price) implements ClockEvent {
    }

    /**
     * A bid was accepted and replaces the bidder's earlier bid in this round.
     *
     * @param round     the round
     * @param bidder    the bidder
     * @param quantity  {@code q_r}
     * @param exitPrice the exit price that applies to the dropped tranches: the one named, or
     *                  {@code P_(r-1)}; {@code null} when the bid drops nothing or in round 1
     */
    record BidAccepted(int round, String bidder, int quantity, Price exitPrice) implements ClockEvent {
    }

    /**
     * A bid was rejected and changed nothing.
     *
     * @param round  the round in progress (or last held) when it arrived
     * @param bid    the bid as received
     * @param reason why
     */
    record BidRejected(int round, ClockCommand.Bid bid, RejectionCode reason) implements ClockEvent {
    }

    /**
     * Round {@code round} closed with total supply {@code supply}.
     *
     * @param round     the round
     * @param price     {@code P_r}
     * @param supply    {@code S_r}, counting a silent bidder as 0
     * @param band      the published band of {@code S_r / T}
     * @param nextPrice {@code P_(r+1)} when the auction goes on, {@code null} when it ends
     */
    record RoundClosed(int round, Price price, int supply, SupplyBand band, Price nextPrice) implements ClockEvent {
    }

    /**
     * The auction ended.
     *
     * @param result the result: status, clearing price, awards and draws
     */
    record AuctionEnded(ClockResult result) implements ClockEvent {
    }
}
