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
                       String reauctionOf, Map<String, Retailer> roster, List<String> invited) {
        super(id, lot, seed, reauctionOf, roster);
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
    void advanceRunning(Instant t, Emitter out) {
        if (state() == AuctionState.RUNNING && !core.closesAt().isAfter(t)) {
            core.process(new ReverseCommand.Close(core.closesAt()), event -> translate(event, null, "closed", out));
        }
    }

    @Override
    void start(Instant t, Emitter out) {
        changeState(AuctionState.RUNNING, "started", out);
    }

    /** Applies a bid received at {@code at}. */
    void bid(EngineCommand.SubmitReverseBid bid, Instant at, Emitter out) {
        if (refusedBeforeCore(bid.retailerId(), 0, true, out)) {
            return;
        }
        ReverseCommand.Bid command = new ReverseCommand.Bid(bid.retailerId(), at, bid.price());
        if (state() == AuctionState.RUNNING) {
            bids.add(command);
        }
        core.process(command, event -> translate(event, bid.retailerId(), "soft-close extension", out));
    }

    private void translate(ReverseEvent event, String retailerId, String reason, Emitter out) {
        if (event instanceof ReverseEvent.BidAccepted accepted) {
            out.emit(new ReverseBidAccepted(id(), accepted.bidder(), accepted.price(), accepted.newLowest()));
        } else if (event instanceof ReverseEvent.BidRejected rejected) {
            out.emit(new BidRejected(id(), retailerId, 0, rejected.reason()));
        } else if (event instanceof ReverseEvent.ClosingExtended extended) {
            closesAt = extended.closesAt();
            out.emit(new ClosingMoved(id(), extended.closesAt(), extended.extensions(), reason));
        } else if (event instanceof ReverseEvent.ClosingRescheduled moved) {
            closesAt = moved.closesAt();
            out.emit(new ClosingMoved(id(), moved.closesAt(), core.extensions(), reason));
        } else if (event instanceof ReverseEvent.AuctionEnded ended) {
            ReverseResult result = ended.result();
            markEnded(result.status());
            List<TrancheAward> awards = result.status().hasAward()
                    ? List.of(new TrancheAward(result.winner(), 1)) : List.of();
            out.emit(new AuctionEnded(id(), result.status(), result.winningPrice(), awards));
        }
    }

    @Override
    void pause(Instant t, Emitter out) {
        pausedRemaining = Duration.between(t, core.closesAt());
        changeState(AuctionState.PAUSED, "paused", out);
    }

    @Override
    void resume(Instant t, Emitter out) {
        changeState(AuctionState.RUNNING, "resumed", out);
        core.process(new ReverseCommand.Reschedule(t.plus(pausedRemaining)),
                event -> translate(event, null, "resumed", out));
    }

    @Override
    void recover(Instant t, Duration grace, Emitter out) {
        Instant earliest = t.plus(grace);
        if (state() == AuctionState.RUNNING && core.closesAt().isBefore(earliest)) {
            core.process(new ReverseCommand.Reschedule(earliest), event -> translate(event, null, "recovery", out));
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
