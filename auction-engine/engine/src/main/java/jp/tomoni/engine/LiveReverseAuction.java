package jp.tomoni.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.tomoni.core.clock.ClockResult.TrancheAward;
import jp.tomoni.core.draw.TieBreakSeed;
import jp.tomoni.core.reverse.OpenReverseAuction;
import jp.tomoni.core.reverse.OpenReverseParameters;
import jp.tomoni.core.reverse.ReverseCommand;
import jp.tomoni.core.reverse.ReverseEvent;
import jp.tomoni.core.reverse.ReverseResult;
import jp.tomoni.engine.EngineEvent.AuctionEnded;
import jp.tomoni.engine.EngineEvent.AuctionStateChanged;
import jp.tomoni.engine.EngineEvent.BidRejected;
import jp.tomoni.engine.EngineEvent.ClosingMoved;
import jp.tomoni.engine.EngineEvent.ReverseBidAccepted;

/**
 * An OPEN_REVERSE auction in the engine. Its opening and closing times are part of the rules, so the core
 * keeps them; this class fires the closing timer and moves the close for a pause or a recovery.
 */
public final class LiveReverseAuction extends LiveAuction {

    private final OpenReverseAuction core;
    private final OpenReverseParameters parameters;
    private final List<String> invited;
    private final List<ReverseCommand.Bid> bids = new ArrayList<>();
    private volatile Instant closesAt;
    private Duration pausedRemaining;

    LiveReverseAuction(String id, LotRecord lot, OpenReverseParameters parameters, TieBreakSeed seed,
                       String reauctionOf, SupplyPeriod supplyPeriod, Long securityPerTrancheYen,
                       Map<String, Retailer> roster, List<String> invited) {
        super(id, lot, seed, reauctionOf, supplyPeriod, securityPerTrancheYen, roster);
        this.parameters = parameters;
        this.invited = List.copyOf(invited);
        Map<String, Boolean> qualified = new java.util.LinkedHashMap<>();
        roster.keySet().forEach(r -> qualified.put(r, invited.contains(r)));
        this.core = new OpenReverseAuction(parameters, qualified);
        this.closesAt = parameters.closesAt();
    }

    @Override
    Instant runningDeadline() {
        return state() == AuctionState.RUNNING ? core.closesAt() : null;
    }

    @Override
    List<EngineEvent> nextRunningStep(Instant t) {
        if (state() != AuctionState.RUNNING || core.closesAt().isAfter(t)) {
            return List.of();
        }
        return translate(core.decide(new ReverseCommand.Close(core.closesAt())), null, "closed");
    }

    @Override
    List<EngineEvent> starting(Instant t) {
        return List.of(new AuctionStateChanged(id(), AuctionState.RUNNING, "started"));
    }

    /** Decides and applies a bid received at {@code at}, and keeps it for the export while the auction runs. */
    void bid(EngineCommand.SubmitReverseBid bid, Instant at, Emitter out) {
        BidRejected refused = refusalBeforeCore(bid.retailerId(), 0, true, at);
        if (refused != null) {
            commit(List.of(refused), at, out);
            return;
        }
        ReverseCommand.Bid command = new ReverseCommand.Bid(bid.retailerId(), at, bid.price());
        boolean seen = state() == AuctionState.RUNNING;
        commit(translate(core.decide(command), bid.retailerId(), "soft-close extension"), at, out);
        if (seen) {
            bids.add(command);
        }
    }

    private List<EngineEvent> translate(List<ReverseEvent> decided, String retailerId, String reason) {
        List<EngineEvent> events = new ArrayList<>(decided.size());
        for (ReverseEvent event : decided) {
            if (event instanceof ReverseEvent.BidAccepted accepted) {
                events.add(new ReverseBidAccepted(id(), accepted.bidder(), accepted.price(), accepted.newLowest()));
            } else if (event instanceof ReverseEvent.BidRejected rejected) {
                events.add(new BidRejected(id(), retailerId, 0, rejected.reason()));
            } else if (event instanceof ReverseEvent.ClosingExtended extended) {
                events.add(new ClosingMoved(id(), extended.closesAt(), extended.extensions(), reason));
            } else if (event instanceof ReverseEvent.ClosingRescheduled moved) {
                events.add(new ClosingMoved(id(), moved.closesAt(), core.extensions(), reason));
            } else if (event instanceof ReverseEvent.AuctionEnded ended) {
                ReverseResult result = ended.result();
                List<TrancheAward> awards = result.status().hasAward()
                        ? List.of(new TrancheAward(result.winner(), 1)) : List.of();
                events.add(new AuctionEnded(id(), result.status(), result.winningPrice(), awards));
            }
        }
        return events;
    }

    @Override
    List<EngineEvent> pausing(Instant t) {
        return List.of(new AuctionStateChanged(id(), AuctionState.PAUSED, "paused"));
    }

    @Override
    List<EngineEvent> resuming(Instant t) {
        return then(new AuctionStateChanged(id(), AuctionState.RUNNING, "resumed"),
                translate(core.decide(new ReverseCommand.Reschedule(t.plus(pausedRemaining))), null, "resumed"));
    }

    @Override
    List<EngineEvent> recovering(Instant t, Duration grace) {
        Instant earliest = t.plus(grace);
        if (state() == AuctionState.RUNNING && core.closesAt().isBefore(earliest)) {
            return translate(core.decide(new ReverseCommand.Reschedule(earliest)), null, "recovery");
        }
        return List.of();
    }

    /**
     * Brings the core along: an accepted bid at the command's time, a moved close as an extension when it
     * counts one more, else as a reschedule, and the end with the result the core would have reached.
     */
    @Override
    void apply(EngineEvent event, Instant at) {
        super.apply(event, at);
        if (event instanceof ReverseBidAccepted accepted) {
            core.apply(new ReverseEvent.BidAccepted(accepted.retailerId(), at, accepted.price(), accepted.newLowest()));
        } else if (event instanceof ClosingMoved moved) {
            core.apply(moved.extensions() > core.extensions()
                    ? new ReverseEvent.ClosingExtended(moved.closesAt(), moved.extensions())
                    : new ReverseEvent.ClosingRescheduled(moved.closesAt()));
            closesAt = moved.closesAt();
        } else if (event instanceof AuctionEnded ended) {
            core.apply(new ReverseEvent.AuctionEnded(new ReverseResult(ended.status(), core.lowestBidder(),
                    ended.price(), core.closesAt(), core.extensions())));
        } else if (event instanceof AuctionStateChanged changed && changed.state() == AuctionState.PAUSED) {
            pausedRemaining = Duration.between(at, core.closesAt());
        }
    }

    @Override
    public String format() {
        return "OPEN_REVERSE";
    }

    @Override
    List<String> invited() {
        return invited;
    }

    /** The rules' parameters as created (the closing time before any extension). */
    public OpenReverseParameters parameters() {
        return parameters;
    }

    /** The current closing time. */
    public Instant closesAt() {
        return closesAt;
    }

    /** The bids the core saw while the auction ran, in order: the scenario export's bids. */
    public List<ReverseCommand.Bid> bids() {
        return List.copyOf(bids);
    }

    /** The rules' core, for reading only on the writer thread. */
    OpenReverseAuction core() {
        return core;
    }
}
