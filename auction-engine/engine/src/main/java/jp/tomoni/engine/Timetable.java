package jp.tomoni.engine;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Timetable work, one auction at a time: before a command is applied, every auction that is due moves on to
 * the command's time. Each auction's steps have their own guard, so a step that cannot be decided (an engine
 * bug, since every input is bounded at the edge) touches neither another auction nor the command: the step
 * changes nothing, the auction is paused with the reason, for an officer to resume or cancel, and the fault is
 * logged. A pause keeps the time that was left, so nothing is lost by it.
 */
final class Timetable {

    private static final Logger LOG = Logger.getLogger(Timetable.class.getName());

    /** What the pause says when a timetable step could not be decided. */
    static final String FAULT = "paused by the engine: its timetable could not move on; resume or cancel it";

    private Timetable() {
    }

    /** Lets every transition of {@code auction} due at or before {@code t} happen, or pauses it on a fault. */
    static void advance(LiveAuction auction, Instant t, Emitter out) {
        try {
            auction.advanceTo(t, out);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "auction " + auction.id() + ": a timetable step at " + t
                    + " could not be decided; pausing it", e);
            pauseAfterFault(auction, t, out);
        }
    }

    private static void pauseAfterFault(LiveAuction auction, Instant t, Emitter out) {
        if (auction.state() != AuctionState.RUNNING) {
            return;
        }
        try {
            auction.commit(java.util.List.of(new EngineEvent.AuctionStateChanged(auction.id(), AuctionState.PAUSED,
                    FAULT)), t, out);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "auction " + auction.id() + " could not be paused after a timetable fault", e);
        }
    }
}
