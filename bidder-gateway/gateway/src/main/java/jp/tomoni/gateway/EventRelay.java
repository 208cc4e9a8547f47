package jp.tomoni.gateway;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Relays one engine event stream to one retailer: every event's {@code id}, {@code event} name,
 * {@code data} and {@code retry} unchanged, the engine's comments dropped, a heartbeat comment of the
 * gateway's own at once (so the response's headers leave without waiting for the engine) and then at a
 * fixed interval, and the end of the engine's stream (completion or failure) ends the
 * retailer's stream normally, so the retailer reconnects with {@code Last-Event-ID}.
 */
final class EventRelay {

    private static final Logger LOG = LoggerFactory.getLogger(EventRelay.class);
    private static final ServerSentEvent<String> HEARTBEAT = ServerSentEvent.<String>builder().comment("heartbeat").build();

    private EventRelay() {
    }

    /** The relayed stream of {@code upstream} with a heartbeat every {@code heartbeat}. */
    static Flux<ServerSentEvent<String>> relay(Flux<ServerSentEvent<String>> upstream, Duration heartbeat) {
        return Flux.defer(() -> {
            Sinks.One<Boolean> ended = Sinks.one();
            Flux<ServerSentEvent<String>> events = upstream
                    .filter(e -> e.id() != null || e.event() != null || e.data() != null)
                    .map(e -> ServerSentEvent.<String>builder().id(e.id()).event(e.event()).data(e.data())
                            .retry(e.retry()).build())
                    .onErrorResume(e -> {
                        LOG.info("the engine's event stream broke: {}", e.toString());
                        return Flux.empty();
                    })
                    .doFinally(signal -> ended.tryEmitValue(Boolean.TRUE));
            Flux<ServerSentEvent<String>> beats = Flux.interval(Duration.ZERO, heartbeat)
                    .onBackpressureDrop()
                    .map(tick -> HEARTBEAT)
                    .takeUntilOther(ended.asMono());
            return Flux.merge(events, beats);
        });
    }
}
