package jp.tomoni.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.tomoni.core.clock.ClockAuction;
import jp.tomoni.core.clock.ClockBidder;
import jp.tomoni.core.clock.ClockCommand;
import jp.tomoni.core.clock.ClockEvent;
import jp.tomoni.core.clock.ClockParameters;
import jp.tomoni.core.clock.ClockResult;
import jp.tomoni.core.draw.TieBreakSeed;
import jp.tomoni.engine.EngineEvent.AuctionEnded;
import jp.tomoni.engine.EngineEvent.BidRejected;
import jp.tomoni.engine.EngineEvent.ClockBidAccepted;
import jp.tomoni.engine.EngineEvent.NextRoundRescheduled;
import jp.tomoni.engine.EngineEvent.RoundClosed;
import jp.tomoni.engine.EngineEvent.RoundOpened;
import jp.tomoni.engine.EngineEvent.RoundRescheduled;

/**
 * A CLOCK auction on a timetable: each round is open for {@code roundLength}, then a {@code recess} passes
 * before the next one opens. The core decides everything about bids and clearing; this class only decides
 * when rounds open and close, and keeps the bids the core saw for the scenario export.
 */
public final class LiveClockAuction extends LiveAuction {

    private final ClockAuction core;
    private final List<String> invited;
    private final Duration roundLength;
    private final Duration recess;
    private final List<List<ClockCommand.Bid>> bidsByRound = new ArrayList<>();
    private volatile Instant roundClosesAt;
    private volatile Instant nextOpensAt;
    private Instant notBefore;
    private Duration pausedRemaining;

    LiveClockAuction(String id, LotRecord lot, ClockParameters parameters, Duration roundLength, Duration recess,
                     TieBreakSeed seed, String reauctionOf, Map<String, Retailer> roster, List<String> invited) {
        super(id, lot, seed, reauctionOf, roster);
        this.invited = List.copyOf(invited);
        this.roundLength = roundLength;
        this.recess = recess;
        List<ClockBidder> bidders = roster.values().stream()
                .map(r -> new ClockBidder(r.retailerId(), r.eligibility(), invited.contains(r.retailerId())))
                .toList();
        this.core = new ClockAuction(parameters, bidders, seed);
    }

    @Override
    Instant runningDeadline() {
        if (state() != AuctionState.RUNNING) {
            return null;
        }
        return core.isRoundOpen() ? roundClosesAt : nextOpensAt;
    }

    @Override
    void advanceRunning(Instant t, Emitter out) {
        Instant due = nextDeadline();
        while (due != null && !due.isAfter(t)) {
            if (core.isRoundOpen()) {
                closeRound(out);
            } else {
                openRound(due, out);
            }
            due = nextDeadline();
        }
    }

    @Override
    void start(Instant t, Emitter out) {
        changeState(AuctionState.RUNNING, "started", out);
        openRound(t, out);
    }

    private void openRound(Instant at, Emitter out) {
        int round = core.round() + 1;
        core.process(new ClockCommand.OpenRound(round), e -> { });
        Instant closes = at.plus(roundLength);
        if (notBefore != null && closes.isBefore(notBefore)) {
            closes = notBefore;
        }
        notBefore = null;
        nextOpensAt = null;
        roundClosesAt = closes;
        bidsByRound.add(new ArrayList<>());
        out.emit(new RoundOpened(id(), round, core.currentPrice(), at, closes));
    }

    private void closeRound(Emitter out) {
        Instant at = roundClosesAt;
        core.process(new ClockCommand.CloseRound(core.round()), event -> {
            if (event instanceof ClockEvent.RoundClosed closed) {
                Instant next = closed.nextPrice() == null ? null : at.plus(recess);
                nextOpensAt = next;
                out.emit(new RoundClosed(id(), closed.round(), closed.price(), closed.supply(), closed.band(),
                        closed.nextPrice(), next));
            } else if (event instanceof ClockEvent.AuctionEnded ended) {
                ClockResult result = ended.result();
                markEnded(result.status());
                out.emit(new AuctionEnded(id(), result.status(), result.clearingPrice(), result.awards()));
            }
        });
    }

    /** Applies a bid received at the current time. */
    void bid(EngineCommand.SubmitClockBid bid, Emitter out) {
        if (refusedBeforeCore(bid.retailerId(), bid.round(), false, out)) {
            return;
        }
        ClockCommand.Bid command = new ClockCommand.Bid(bid.retailerId(), bid.round(), bid.quantity(),
                bid.exitPrice());
        if (core.isRoundOpen()) {
            bidsByRound.get(core.round() - 1).add(command);
        }
        core.process(command, event -> {
            if (event instanceof ClockEvent.BidAccepted accepted) {
                out.emit(new ClockBidAccepted(id(), accepted.bidder(), accepted.round(), accepted.quantity(),
                        accepted.exitPrice()));
            } else if (event instanceof ClockEvent.BidRejected rejected) {
                out.emit(new BidRejected(id(), bid.retailerId(), rejected.round(), rejected.reason()));
            }
        });
    }

    @Override
    void pause(Instant t, Emitter out) {
        pausedRemaining = Duration.between(t, core.isRoundOpen() ? roundClosesAt : nextOpensAt);
        changeState(AuctionState.PAUSED, "paused", out);
    }

    @Override
    void resume(Instant t, Emitter out) {
        changeState(AuctionState.RUNNING, "resumed", out);
        if (core.isRoundOpen()) {
            roundClosesAt = t.plus(pausedRemaining);
            out.emit(new RoundRescheduled(id(), core.round(), roundClosesAt, "resumed"));
        } else {
            nextOpensAt = t.plus(pausedRemaining);
        }
    }

    @Override
    void recover(Instant t, Duration grace, Emitter out) {
        if (state() != AuctionState.RUNNING) {
            return;
        }
        Instant earliestClose = t.plus(grace);
        if (core.isRoundOpen() && roundClosesAt.isBefore(earliestClose)) {
            roundClosesAt = earliestClose;
            out.emit(new RoundRescheduled(id(), core.round(), earliestClose, "recovery"));
        } else if (!core.isRoundOpen() && nextOpensAt != null) {
            if (nextOpensAt.isBefore(t)) {
                nextOpensAt = t;
            }
            notBefore = earliestClose;
            out.emit(new NextRoundRescheduled(id(), core.round() + 1, nextOpensAt, earliestClose, "recovery"));
        }
    }

    @Override
    public String format() {
        return "CLOCK";
    }

    @Override
    List<String> invited() {
        return invited;
    }

    /** The rules' core, for reading only. */
    public ClockAuction core() {
        return core;
    }

    /** When the open round closes, or {@code null}. */
    public Instant roundClosesAt() {
        return core.isRoundOpen() ? roundClosesAt : null;
    }

    /** When the next round opens during a recess, or {@code null}. */
    public Instant nextOpensAt() {
        return nextOpensAt;
    }

    /** The pause between rounds. */
    public Duration recess() {
        return recess;
    }

    /** How long each round is open. */
    public Duration roundLength() {
        return roundLength;
    }

    /** The bids the core saw while each round was open, by round: the scenario export's rounds. */
    public List<List<ClockCommand.Bid>> bidsByRound() {
        return bidsByRound.stream().map(List::copyOf).toList();
    }
}
