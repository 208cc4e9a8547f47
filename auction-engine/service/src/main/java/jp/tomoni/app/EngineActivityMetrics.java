package jp.tomoni.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import jp.tomoni.engine.AuctionState;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.EngineEvent;
import jp.tomoni.engine.EngineQueries;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.engine.LoggedEvent;
import jp.tomoni.engine.Outcome;

/**
 * What the auctions do, counted from the events each command produced: {@code tomoni.rounds.opened} and
 * {@code tomoni.rounds.closed} by format (an OPEN_REVERSE auction's one bidding period counts as its round:
 * opened when it starts, closed when the rules end it), {@code tomoni.bids.accepted},
 * {@code tomoni.bids.rejected} by the rules' code, and the gauges {@code tomoni.auctions.running} (started and
 * not ended, recesses included) and {@code tomoni.auctions.paused}. Called on the engine's writer thread only.
 */
final class EngineActivityMetrics {

    private static final String CLOCK = "CLOCK";
    private static final String OPEN_REVERSE = "OPEN_REVERSE";

    private final MeterRegistry registry;
    private final Map<String, Counter> opened = new ConcurrentHashMap<>();
    private final Map<String, Counter> closed = new ConcurrentHashMap<>();
    private final Map<String, Counter> rejected = new ConcurrentHashMap<>();
    private final Counter accepted;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger paused = new AtomicInteger();

    EngineActivityMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (String format : new String[] {CLOCK, OPEN_REVERSE}) {
            opened.put(format, Counter.builder("tomoni.rounds.opened").tag("format", format)
                    .description("Rounds opened").register(registry));
            closed.put(format, Counter.builder("tomoni.rounds.closed").tag("format", format)
                    .description("Rounds closed by the rules").register(registry));
        }
        accepted = Counter.builder("tomoni.bids.accepted").description("Bids accepted").register(registry);
        Gauge.builder("tomoni.auctions.running", running, AtomicInteger::get)
                .description("Auctions started and not yet ended").register(registry);
        Gauge.builder("tomoni.auctions.paused", paused, AtomicInteger::get)
                .description("Auctions paused by an officer").register(registry);
    }

    void observed(Outcome outcome, EngineQueries processor) {
        boolean bid = outcome.entry().command() instanceof EngineCommand.BidCommand;
        boolean stateChanged = false;
        for (LoggedEvent logged : outcome.events()) {
            EngineEvent event = logged.event();
            if (event instanceof EngineEvent.RoundOpened) {
                opened.get(CLOCK).increment();
            } else if (event instanceof EngineEvent.RoundClosed) {
                closed.get(CLOCK).increment();
            } else if (event instanceof EngineEvent.ClockBidAccepted || event instanceof EngineEvent.ReverseBidAccepted) {
                accepted.increment();
            } else if (event instanceof EngineEvent.BidRejected) {
                rejected(((EngineEvent.BidRejected) event).code().name());
            } else if (bid && event instanceof EngineEvent.CommandRejected) {
                rejected(((EngineEvent.CommandRejected) event).code());
            } else if (event instanceof EngineEvent.AuctionStateChanged) {
                stateChanged = true;
                startedReverse((EngineEvent.AuctionStateChanged) event, processor);
            } else if (event instanceof EngineEvent.AuctionEnded) {
                stateChanged = true;
                endedReverse((EngineEvent.AuctionEnded) event, processor);
            }
        }
        if (stateChanged) {
            recount(processor);
        }
    }

    /** Counts the auctions running and paused in {@code processor} afresh. */
    void recount(EngineQueries processor) {
        int nowRunning = 0;
        int nowPaused = 0;
        for (LiveAuction auction : processor.auctions()) {
            if (auction.state() == AuctionState.RUNNING) {
                nowRunning++;
            } else if (auction.state() == AuctionState.PAUSED) {
                nowPaused++;
            }
        }
        running.set(nowRunning);
        paused.set(nowPaused);
    }

    private void startedReverse(EngineEvent.AuctionStateChanged changed, EngineQueries processor) {
        if (changed.state() == AuctionState.RUNNING && "started".equals(changed.reason())
                && isReverse(changed.auctionId(), processor)) {
            opened.get(OPEN_REVERSE).increment();
        }
    }

    private void endedReverse(EngineEvent.AuctionEnded ended, EngineQueries processor) {
        if (isReverse(ended.auctionId(), processor)) {
            closed.get(OPEN_REVERSE).increment();
        }
    }

    private static boolean isReverse(String auctionId, EngineQueries processor) {
        LiveAuction auction = processor.auction(auctionId);
        return auction != null && OPEN_REVERSE.equals(auction.format());
    }

    private void rejected(String code) {
        rejected.computeIfAbsent(code, c -> Counter.builder("tomoni.bids.rejected").tag("code", c)
                .description("Bids rejected, by the rules' code").register(registry)).increment();
    }
}
