package jp.tomoni.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Flux;

/**
 * Counts open event streams, as the gauge {@code tomoni.stream.subscribers} tagged {@code stream=officer} (the
 * officers' and analysts' watch) or {@code stream=bidder} (a retailer's stream, opened through the gateway).
 */
public final class StreamSubscribers {

    private final AtomicInteger officers = new AtomicInteger();
    private final AtomicInteger bidders = new AtomicInteger();

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

    private static <T> Flux<T> counted(Flux<T> stream, AtomicInteger count) {
        return stream.doOnSubscribe(s -> count.incrementAndGet()).doFinally(signal -> count.decrementAndGet());
    }
}
