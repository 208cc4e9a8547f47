package jp.tomoni.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.SmartLifecycle;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Counts open event streams, as the gauge {@code tomoni.stream.subscribers} tagged {@code stream=officer} (the
 * officers' and analysts' watch) or {@code stream=bidder} (a retailer's stream, opened through the gateway),
 * and ends them all when the service stops: first of everything (phase {@code MAX_VALUE}), so that the web
 * server's graceful shutdown never waits for a stream that would run forever. A client resumes from the last
 * event it received, on this instance once it is back.
 */
public final class StreamSubscribers implements SmartLifecycle {

    private final AtomicInteger officers = new AtomicInteger();
    private final AtomicInteger bidders = new AtomicInteger();
    private volatile Sinks.Empty<Void> closing = Sinks.empty();
    private volatile boolean running;

    /** Registers the two gauges. */
    public StreamSubscribers(MeterRegistry registry) {
        Gauge.builder("tomoni.stream.subscribers", officers, AtomicInteger::get).tag("stream", "officer")
                .description("Open event streams").register(registry);
        Gauge.builder("tomoni.stream.subscribers", bidders, AtomicInteger::get).tag("stream", "bidder")
                .description("Open event streams").register(registry);
    }

    /** The officers' stream, counted while it is subscribed. */
    public <T> Flux<T> officer(Flux<T> stream) {
        return counted(stream, officers);
    }

    /** A retailer's stream, counted while it is subscribed. */
    public <T> Flux<T> bidder(Flux<T> stream) {
        return counted(stream, bidders);
    }

    private <T> Flux<T> counted(Flux<T> stream, AtomicInteger count) {
        return stream.takeUntilOther(closing.asMono()).doOnSubscribe(s -> count.incrementAndGet())
                .doFinally(signal -> count.decrementAndGet());
    }

    @Override
    public void start() {
        closing = Sinks.empty();
        running = true;
    }

    /** Ends every open stream (each completes normally). */
    @Override
    public void stop() {
        running = false;
        closing.tryEmitEmpty();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
