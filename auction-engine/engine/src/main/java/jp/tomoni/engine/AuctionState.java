package jp.tomoni.engine;

/** Where an auction is in its life. */
public enum AuctionState {
    /** Created, not started. */
    CREATED,
    /** Set to start by itself at a given time. */
    SCHEDULED,
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
