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
import jp.tomoni.engine.EngineEvent.AuctionStateChanged;
import jp.tomoni.engine.EngineEvent.BidRejected;
import jp.tomoni.engine.EngineEvent.ClockBidAccepted;
import jp.tomoni.engine.EngineEvent.NextRoundRescheduled;
import jp.tomoni.engine.EngineEvent.RoundClosed;
import jp.tomoni.engine.EngineEvent.RoundOpened;
import jp.tomoni.engine.EngineEvent.RoundRescheduled;

/**
 * A CLOCK auction on a timetable: each round is open for {@code roundLength}, then a {@code recess} passes
 * before the next one opens. The core decides everything about bids and clearing; this class only decides
 * when rounds open and close. Its events carry everything {@link #apply} needs to bring the core along.
 * It also keeps, as a record of what arrived rather than state the rules read, the bids the core saw while
 * each round was open, for the scenario export.
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
                     TieBreakSeed seed, String reauctionOf, SupplyPeriod supplyPeriod, Long securityPerTrancheYen,
                     Map<String, Retailer> roster, List<String> invited) {
        super(id, lot, seed, reauctionOf, supplyPeriod, securityPerTrancheYen, roster);
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
    List<EngineEvent> nextRunningStep(Instant t) {
        Instant due = runningDeadline();
        if (due == null || due.isAfter(t)) {
            return List.of();
        }
        return core.isRoundOpen() ? closing() : opening(due);
    }

    @Override
    List<EngineEvent> starting(Instant t) {
        return then(new AuctionStateChanged(id(), AuctionState.RUNNING, "started"), opening(t));
    }

    /** The decision to open the next round at {@code at}, for its round length or until the recovery's floor. */
    private List<EngineEvent> opening(Instant at) {
        ClockEvent.RoundOpened opened = (ClockEvent.RoundOpened) core.decide(
                new ClockCommand.OpenRound(core.round() + 1)).get(0);
        Instant closes = at.plus(roundLength);
        if (notBefore != null && closes.isBefore(notBefore)) {
            closes = notBefore;
        }
        return List.of(new RoundOpened(id(), opened.round(), opened.price(), at, closes));
    }

    /** The decision to close the open round at its closing time: the close, and the end when it ends. */
    private List<EngineEvent> closing() {
        Instant at = roundClosesAt;
        List<EngineEvent> events = new ArrayList<>(2);
        for (ClockEvent event : core.decide(new ClockCommand.CloseRound(core.round()))) {
            if (event instanceof ClockEvent.RoundClosed closed) {
                Instant next = closed.nextPrice() == null ? null : at.plus(recess);
                events.add(new RoundClosed(id(), closed.round(), closed.price(), closed.supply(), closed.band(),
                        closed.nextPrice(), next));
            } else if (event instanceof ClockEvent.AuctionEnded ended) {
                ClockResult result = ended.result();
                events.add(new AuctionEnded(id(), result.status(), result.clearingPrice(), result.awards(),
                        result.draws()));
            }
        }
        return events;
    }

    /**
     * Decides and applies a bid received at {@code at}, and keeps it for the export if a round is open. A
     * rejection is listed under the round the bid named (a {@code WRONG_ROUND} bid for round 2 under round 2),
     * as the retailer wrote it.
     */
    void bid(EngineCommand.SubmitClockBid bid, Instant at, Emitter out) {
        BidRejected refused = refusalBeforeCore(bid.retailerId(), bid.round(), false, at);
        if (refused != null) {
            commit(List.of(refused), at, out);
            return;
        }
        ClockCommand.Bid command = new ClockCommand.Bid(bid.retailerId(), bid.round(), bid.quantity(),
                bid.exitPrice());
        ClockEvent decided = core.decide(command).get(0);
        EngineEvent event = decided instanceof ClockEvent.BidAccepted accepted
                ? new ClockBidAccepted(id(), accepted.bidder(), accepted.round(), accepted.quantity(),
                        accepted.exitPrice())
                : new BidRejected(id(), bid.retailerId(), bid.round(), ((ClockEvent.BidRejected) decided).reason());
        boolean seen = core.isRoundOpen();
        commit(List.of(event), at, out);
        if (seen) {
            bidsByRound.get(core.round() - 1).add(command);
        }
    }

    @Override
    List<EngineEvent> pausing(Instant t) {
        return List.of(new AuctionStateChanged(id(), AuctionState.PAUSED, "paused"));
    }

    /**
     * Resuming gives the round, or the recess, the time it had left: an open round's close moves, and during a
     * recess the next round's opening moves, each with its own event.
     */
    @Override
    List<EngineEvent> resuming(Instant t) {
        EngineEvent resumed = new AuctionStateChanged(id(), AuctionState.RUNNING, "resumed");
        Instant due = t.plus(pausedRemaining);
        return List.of(resumed, core.isRoundOpen()
                ? new RoundRescheduled(id(), core.round(), due, "resumed")
                : new NextRoundRescheduled(id(), core.round() + 1, due, notBefore, "resumed"));
    }

    @Override
    List<EngineEvent> recovering(Instant t, Duration grace) {
        if (state() != AuctionState.RUNNING) {
            return List.of();
        }
        Instant earliestClose = t.plus(grace);
        if (core.isRoundOpen() && roundClosesAt.isBefore(earliestClose)) {
            return List.of(new RoundRescheduled(id(), core.round(), earliestClose, "recovery"));
        } else if (!core.isRoundOpen() && nextOpensAt != null) {
            Instant opens = nextOpensAt.isBefore(t) ? t : nextOpensAt;
            return List.of(new NextRoundRescheduled(id(), core.round() + 1, opens, earliestClose, "recovery"));
        }
        return List.of();
    }

    @Override
    void apply(EngineEvent event, Instant at) {
        super.apply(event, at);
        if (event instanceof RoundOpened opened) {
            core.apply(new ClockEvent.RoundOpened(opened.round(), opened.price()));
            roundClosesAt = opened.closesAt();
            nextOpensAt = null;
            notBefore = null;
            bidsByRound.add(new ArrayList<>());
        } else if (event instanceof ClockBidAccepted accepted) {
            core.apply(new ClockEvent.BidAccepted(accepted.round(), accepted.retailerId(), accepted.quantity(),
                    accepted.exitPrice()));
        } else if (event instanceof RoundClosed closed) {
            core.apply(new ClockEvent.RoundClosed(closed.round(), closed.price(), closed.supply(), closed.band(),
                    closed.nextPrice()));
            nextOpensAt = closed.nextOpensAt();
        } else if (event instanceof AuctionEnded ended) {
            core.apply(new ClockEvent.AuctionEnded(new ClockResult(ended.status(), ended.price(), core.round(),
                    ended.awards(), ended.draws())));
        } else if (event instanceof RoundRescheduled moved) {
            roundClosesAt = moved.closesAt();
        } else if (event instanceof NextRoundRescheduled moved) {
            nextOpensAt = moved.opensAt();
            notBefore = moved.closesNoEarlierThan();
        } else if (event instanceof AuctionStateChanged changed && changed.state() == AuctionState.PAUSED) {
            pausedRemaining = Duration.between(at, core.isRoundOpen() ? roundClosesAt : nextOpensAt);
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
