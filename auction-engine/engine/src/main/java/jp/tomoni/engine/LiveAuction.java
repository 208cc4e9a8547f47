package jp.tomoni.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.tomoni.core.AuctionStatus;
import jp.tomoni.core.RejectionCode;
import jp.tomoni.core.draw.TieBreakSeed;
import jp.tomoni.engine.EngineEvent.AuctionStateChanged;
import jp.tomoni.engine.EngineEvent.BidRejected;

/**
 * An auction as the engine runs it: the rules' core plus its schedule and life cycle. Only the engine's
 * writer thread calls the mutating methods, always with the time of the command being applied.
 */
public abstract sealed class LiveAuction permits LiveClockAuction, LiveReverseAuction {

    private final String id;
    private final LotRecord lot;
    private final TieBreakSeed seed;
    private final String reauctionOf;
    private final Map<String, Retailer> roster;
    private final EventLog<LoggedEvent> log = new EventLog<>();
    private volatile Set<String> invitedIds;
    private volatile AuctionState state = AuctionState.CREATED;
    private volatile AuctionStatus outcome;
    private volatile Instant startsAt;

    LiveAuction(String id, LotRecord lot, TieBreakSeed seed, String reauctionOf, Map<String, Retailer> roster) {
        this.id = id;
        this.lot = lot;
        this.seed = seed;
        this.reauctionOf = reauctionOf;
        this.roster = Map.copyOf(roster);
    }

    /** The earliest time at which something is due to happen by itself, or {@code null}. */
    final Instant nextDeadline() {
        return state == AuctionState.SCHEDULED ? startsAt : runningDeadline();
    }

    /** Lets every transition due at or before {@code t} happen, each at its own scheduled time. */
    final void advanceTo(Instant t, Emitter out) {
        if (state == AuctionState.SCHEDULED && !startsAt.isAfter(t)) {
            start(t, out);
        }
        advanceRunning(t, out);
    }

    /** Schedules the start at {@code at}. */
    void schedule(Instant at, Emitter out) {
        startsAt = at;
        changeState(AuctionState.SCHEDULED, "scheduled for " + at, out);
    }

    /** When a scheduled auction starts, or {@code null}. */
    public Instant startsAt() {
        return startsAt;
    }

    /** While running: the earliest time something is due, or {@code null}. */
    abstract Instant runningDeadline();

    /** While running: lets every transition due at or before {@code t} happen. */
    abstract void advanceRunning(Instant t, Emitter out);

    /** Starts the auction at {@code t}. */
    abstract void start(Instant t, Emitter out);

    /** Freezes the schedule at {@code t}. */
    abstract void pause(Instant t, Emitter out);

    /** Restarts the schedule at {@code t} with the time that was left. */
    abstract void resume(Instant t, Emitter out);

    /** After a restart at {@code t}: whatever is taking bids gets at least {@code grace} before it closes. */
    abstract void recover(Instant t, Duration grace, Emitter out);

    /** The format's name: {@code CLOCK} or {@code OPEN_REVERSE}. */
    public abstract String format();

    /**
     * Refuses a bid the core must not see, or returns {@code false} to let the core decide: any bid while the
     * auction is paused or cancelled, or (when {@code refuseBeforeStart}) not started yet, with the rules'
     * check order: UNKNOWN_BIDDER, then NOT_QUALIFIED, then NOT_OPEN or AUCTION_CLOSED.
     */
    boolean refusedBeforeCore(String retailerId, int round, boolean refuseBeforeStart, Emitter out) {
        RejectionCode code = null;
        if (state == AuctionState.PAUSED || (refuseBeforeStart
                && (state == AuctionState.CREATED || state == AuctionState.SCHEDULED))) {
            code = RejectionCode.NOT_OPEN;
        } else if (state == AuctionState.CANCELLED) {
            code = RejectionCode.AUCTION_CLOSED;
        }
        if (code != null && !roster.containsKey(retailerId)) {
            code = RejectionCode.UNKNOWN_BIDDER;
        } else if (code != null && !isInvited(retailerId)) {
            code = RejectionCode.NOT_QUALIFIED;
        }
        if (code != null) {
            out.emit(new BidRejected(id, retailerId, round, code));
        }
        return code != null;
    }

    void changeState(AuctionState next, String reason, Emitter out) {
        state = next;
        out.emit(new AuctionStateChanged(id, next, reason));
    }

    void markEnded(AuctionStatus status) {
        state = AuctionState.ENDED;
        outcome = status;
    }

    /** How the rules ended the auction, or {@code null} while it has not ended. */
    public AuctionStatus outcome() {
        return outcome;
    }

    /** The auction's id. */
    public String id() {
        return id;
    }

    /** Its lot, as it was when the auction was created. */
    public LotRecord lot() {
        return lot;
    }

    /** Its tie-break seed: confidential until the auction ends. */
    public TieBreakSeed seed() {
        return seed;
    }

    /** The failed auction this one re-auctions, or {@code null}. */
    public String reauctionOf() {
        return reauctionOf;
    }

    /** Every retailer known to the auction, by id; those invited are qualified. */
    public Map<String, Retailer> roster() {
        return roster;
    }

    /** Its state now. */
    public AuctionState state() {
        return state;
    }

    /** Every event about this auction, in order. */
    public EventLog<LoggedEvent> log() {
        return log;
    }

    /** The invited retailers' ids, in roster order. */
    abstract List<String> invited();

    /** Whether a retailer is invited to bid in this auction. */
    public boolean isInvited(String retailerId) {
        Set<String> ids = invitedIds;
        if (ids == null) {
            ids = Set.copyOf(invited());
            invitedIds = ids;
        }
        return ids.contains(retailerId);
    }

    /**
     * Whether the auction can no longer change by itself: it ended by the rules (approved or not) or was
     * cancelled. Only an officer's approval still changes a finished auction.
     */
    boolean isFinished() {
        return state == AuctionState.ENDED || state == AuctionState.APPROVED || state == AuctionState.CANCELLED;
    }
}
