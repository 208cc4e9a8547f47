package jp.tomoni.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.tomoni.core.AuctionStatus;
import jp.tomoni.core.RejectionCode;
import jp.tomoni.core.draw.TieBreakSeed;
import jp.tomoni.engine.EngineEvent.AuctionEnded;
import jp.tomoni.engine.EngineEvent.AuctionStateChanged;
import jp.tomoni.engine.EngineEvent.BidRejected;

/**
 * An auction as the engine runs it: the rules' core plus its schedule and life cycle. Only the engine's
 * writer thread calls the mutating methods, always with the time of the command being applied.
 *
 * <p>Every change is decided first and applied after: a decision reads the state and returns the events it
 * causes, without changing anything, and {@link #commit} applies them one by one through {@link #apply},
 * the only code that changes the auction's state. A decision that fails (an engine bug, or arithmetic that
 * would overflow) therefore leaves the auction exactly as it was.
 */
public abstract sealed class LiveAuction permits LiveClockAuction, LiveReverseAuction {

    private final String id;
    private final LotRecord lot;
    private final TieBreakSeed seed;
    private final String reauctionOf;
    private final SupplyPeriod supplyPeriod;
    private final Long securityPerTrancheYen;
    private final Map<String, Retailer> roster;
    private final EventLog<LoggedEvent> log = new EventLog<>();
    private volatile Set<String> invitedIds;
    private volatile AuctionState state = AuctionState.CREATED;
    private volatile AuctionStatus outcome;
    private volatile Instant startsAt;
    private volatile AwardApproval approval;

    LiveAuction(String id, LotRecord lot, TieBreakSeed seed, String reauctionOf, SupplyPeriod supplyPeriod,
                Long securityPerTrancheYen, Map<String, Retailer> roster) {
        this.id = id;
        this.lot = lot;
        this.seed = seed;
        this.reauctionOf = reauctionOf;
        this.supplyPeriod = supplyPeriod;
        this.securityPerTrancheYen = securityPerTrancheYen;
        this.roster = Map.copyOf(roster);
    }

    /** The earliest time at which something is due to happen by itself, or {@code null}. */
    final Instant nextDeadline() {
        return state == AuctionState.SCHEDULED ? startsAt : runningDeadline();
    }

    /**
     * Lets every transition due at or before {@code t} happen, each at its own scheduled time, one step at a
     * time: each step is decided, then committed, so a step that cannot be decided leaves the auction as the
     * previous step left it.
     */
    final void advanceTo(Instant t, Emitter out) {
        if (state == AuctionState.SCHEDULED && !startsAt.isAfter(t)) {
            commit(starting(t), t, out);
        }
        List<EngineEvent> step = state == AuctionState.RUNNING ? nextRunningStep(t) : List.of();
        while (!step.isEmpty()) {
            commit(step, t, out);
            step = state == AuctionState.RUNNING ? nextRunningStep(t) : List.of();
        }
    }

    /**
     * Applies decided events in order, each through {@link #apply}, and hands each to {@code out}.
     *
     * @param at the time of the command being applied
     */
    final void commit(List<EngineEvent> events, Instant at, Emitter out) {
        for (EngineEvent event : events) {
            apply(event, at);
            out.emit(event);
        }
    }

    /**
     * Changes the auction by one event it decided, at the time of the command being applied: the only code
     * that changes its state. It never fails for an event that a decision of this auction produced.
     */
    void apply(EngineEvent event, Instant at) {
        if (event instanceof AuctionStateChanged changed) {
            state = changed.state();
            if (changed.state() == AuctionState.SCHEDULED) {
                startsAt = changed.startsAt();
            }
        } else if (event instanceof AuctionEnded ended) {
            state = AuctionState.ENDED;
            outcome = ended.status();
        } else if (event instanceof EngineEvent.AwardProposed proposed) {
            approval = AwardApproval.proposed(proposed.by(), at, proposed.bodies());
        } else if (event instanceof EngineEvent.PartAnswered answered) {
            approval = approval.answered(answered.bodyCode(), new AwardApproval.Answer(answered.confirmed(),
                    answered.reason(), answered.by(), at));
        }
    }

    /** The two-step approval of its award, or {@code null} while none was proposed. */
    public AwardApproval approval() {
        return approval;
    }

    /** The decision to schedule the start at {@code at}. */
    final List<EngineEvent> scheduling(Instant at) {
        return List.of(new AuctionStateChanged(id, AuctionState.SCHEDULED, "scheduled for " + at, at));
    }

    /** The decision to move to {@code next} for {@code reason}: a cancellation or an approval. */
    final List<EngineEvent> changingTo(AuctionState next, String reason) {
        return List.of(new AuctionStateChanged(id, next, reason));
    }

    /** When a scheduled auction starts, or {@code null}. */
    public Instant startsAt() {
        return startsAt;
    }

    /** While running: the earliest time something is due, or {@code null}. */
    abstract Instant runningDeadline();

    /** While running: the next transition due at or before {@code t}, or nothing when none is due. */
    abstract List<EngineEvent> nextRunningStep(Instant t);

    /** The decision to start the auction at {@code t}. */
    abstract List<EngineEvent> starting(Instant t);

    /** The decision to freeze the schedule at {@code t}. */
    abstract List<EngineEvent> pausing(Instant t);

    /** The decision to restart the schedule at {@code t} with the time that was left. */
    abstract List<EngineEvent> resuming(Instant t);

    /** After a restart at {@code t}: whatever is taking bids gets at least {@code grace} before it closes. */
    abstract List<EngineEvent> recovering(Instant t, Duration grace);

    /** The format's name: {@code CLOCK} or {@code OPEN_REVERSE}. */
    public abstract String format();

    /**
     * The refusal of a bid received at {@code at} that the core must not see, or {@code null} to let the core
     * decide: any bid while the auction is paused or cancelled, or (when {@code refuseBeforeStart}) not started
     * yet, and any bid of a retailer whose security has expired by then ({@link Retailer#securityExpiredAt}), with
     * the rules' check order: UNKNOWN_BIDDER, then NOT_QUALIFIED, then NOT_OPEN or AUCTION_CLOSED.
     */
    BidRejected refusalBeforeCore(String retailerId, int round, boolean refuseBeforeStart, Instant at) {
        Retailer retailer = roster.get(retailerId);
        if (retailer != null && retailer.securityExpiredAt(at) && isInvited(retailerId)) {
            return new BidRejected(id, retailerId, round, RejectionCode.NOT_QUALIFIED);
        }
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
        return code == null ? null : new BidRejected(id, retailerId, round, code);
    }

    /** {@code first} followed by {@code rest}. */
    static List<EngineEvent> then(EngineEvent first, List<EngineEvent> rest) {
        List<EngineEvent> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
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

    /** The period the winners supply the lot, or {@code null} for an auction created before auctions stated one. */
    public SupplyPeriod supplyPeriod() {
        return supplyPeriod;
    }

    /**
     * The security a retailer must have posted per tranche, in yen, or {@code null} when the auction asks none and
     * takes each retailer's eligibility as it was qualified.
     */
    public Long securityPerTrancheYen() {
        return securityPerTrancheYen;
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
