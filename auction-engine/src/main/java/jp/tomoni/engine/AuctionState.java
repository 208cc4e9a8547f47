package jp.tomoni.engine;

/** Where an auction is in its life. */
public enum AuctionState {
    /** Created, not started. */
    CREATED,
    /** Started: rounds run, or bids are taken. */
    RUNNING,
    /** Stopped by an officer; the remaining time is kept. */
    PAUSED,
    /** The rules ended it; see its result. */
    ENDED,
    /** An officer approved its award. */
    APPROVED,
    /** An officer cancelled it; no award. */
    CANCELLED
}
