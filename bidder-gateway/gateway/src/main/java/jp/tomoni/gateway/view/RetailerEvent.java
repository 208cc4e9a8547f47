package jp.tomoni.gateway.view;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One event of a retailer's stream, as the data of a server-sent event: its position ({@code seq}), when it
 * happened ({@code at}), its {@code type} (also the SSE event name) and that type's fields. Every type a
 * retailer can receive is one of the records here, and {@code docs/events.md} lists each.
 */
public sealed interface RetailerEvent {

    /** The journal position of the command that caused it. */
    long seq();

    /** When that command was received, ISO-8601 UTC. */
    String at();

    /** The event's type name, e.g. {@code RoundOpened}. */
    String type();

    /** A CLOCK round opened at {@code price}. */
    record RoundOpened(long seq, String at, String type, int round, String price, String opensAt, String closesAt)
            implements RetailerEvent {
    }

    /** A CLOCK round closed: aggregate supply only as its band, and the next round's price and opening. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RoundClosed(long seq, String at, String type, int round, String price, String supplyBand, String nextPrice,
                       String nextOpensAt) implements RetailerEvent {
    }

    /** The open round's close moved (after a restart: {@code reason} "recovery"). */
    record RoundRescheduled(long seq, String at, String type, int round, String closesAt, String reason)
            implements RetailerEvent {
    }

    /** The next round's opening moved. */
    record NextRoundRescheduled(long seq, String at, String type, int round, String opensAt, String reason)
            implements RetailerEvent {
    }

    /** The caller's own bid was accepted: CLOCK round, quantity and exit price; OPEN_REVERSE price, lowest, rank. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BidAccepted(long seq, String at, String type, Integer round, Integer quantity, String exitPrice, String price,
                       String lowestPrice, Integer rank) implements RetailerEvent {
    }

    /** OPEN_REVERSE: the lowest price or the caller's rank changed by another bid. */
    record Standing(long seq, String at, String type, String lowestPrice, int rank) implements RetailerEvent {
    }

    /** The caller's own bid was rejected with the rule's code. */
    record BidRejected(long seq, String at, String type, int round, String code) implements RetailerEvent {
    }

    /** OPEN_REVERSE: the closing time moved (a soft-close extension, a pause, a recovery). */
    record ClosingMoved(long seq, String at, String type, String closesAt, int extensions, String reason)
            implements RetailerEvent {
    }

    /** The auction's state changed (scheduled, running, paused, approved, cancelled). */
    record AuctionStateChanged(long seq, String at, String type, String state) implements RetailerEvent {
    }

    /** The auction ended: the status, the clearing or winning price when awarded, and the caller's tranches. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AuctionEnded(long seq, String at, String type, String status, String price, int myTranches)
            implements RetailerEvent {
    }
}
