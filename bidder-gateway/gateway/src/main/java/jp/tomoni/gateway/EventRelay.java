package jp.tomoni.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import jp.tomoni.contract.v1.BidderEvent;
import jp.tomoni.gateway.view.RetailerEvent;
import jp.tomoni.gateway.view.Views;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Relays one engine event stream to one retailer as server-sent events: each event with {@code id}
 * {@code SEQ.INDEX}, {@code event} its type and {@code data} its JSON ({@link RetailerEvent}); the engine's
 * heartbeats dropped; a heartbeat comment of the gateway's own at once and then at a fixed interval; and the
 * end of the engine's stream (completion or failure) ends the retailer's stream normally, so the retailer
 * reconnects with {@code Last-Event-ID}.
 *
 * <p>The answer starts only once the engine has opened its stream (its first message, a heartbeat): until
 * then a refusal (404 for an auction the retailer may not see) or an engine that cannot be reached (503) is
 * a problem, not a stream that ends at once.
 */
final class EventRelay {

    private static final Logger LOG = LoggerFactory.getLogger(EventRelay.class);
    private static final ServerSentEvent<String> HEARTBEAT = ServerSentEvent.<String>builder().comment("heartbeat").build();

    private EventRelay() {
    }

    /** The retailer's stream of {@code upstream}, once the engine has opened it. */
    static Mono<Flux<ServerSentEvent<String>>> relay(Flux<BidderEvent> upstream, Duration heartbeat) {
        return opened(upstream).map(events -> {
            Sinks.One<Boolean> ended = Sinks.one();
            Flux<ServerSentEvent<String>> relayed = events
                    .mapNotNull(EventRelay::sse)
                    .onErrorResume(e -> {
                        LOG.info("the engine's event stream broke: {}", e.toString());
                        return Flux.empty();
                    })
                    .doFinally(signal -> ended.tryEmitValue(Boolean.TRUE));
            Flux<ServerSentEvent<String>> beats = Flux.interval(Duration.ZERO, heartbeat)
                    .onBackpressureDrop()
                    .map(tick -> HEARTBEAT)
                    .takeUntilOther(ended.asMono());
            return Flux.merge(relayed, beats);
        });
    }

    /** One event as the retailer's server-sent event, or {@code null} for the engine's heartbeat. */
    static ServerSentEvent<String> sse(BidderEvent event) {
        RetailerEvent view = Views.event(event);
        if (view == null) {
            return null;
        }
        return ServerSentEvent.<String>builder(new String(Json.write(view), StandardCharsets.UTF_8))
                .id(event.getSeq() + "." + event.getIndex()).event(view.type()).build();
    }

    /**
     * {@code upstream}, given once its first message arrived; its failure before that fails the Mono. Nothing
     * is lost in between: every message is buffered for the one subscriber the result may have, and
     * cancelling it cancels {@code upstream}.
     */
    static <T> Mono<Flux<T>> opened(Flux<T> upstream) {
        return Mono.defer(() -> {
            Sinks.Many<T> rest = Sinks.many().unicast().onBackpressureBuffer();
            Sinks.One<Flux<T>> ready = Sinks.one();
            AtomicBoolean first = new AtomicBoolean(true);
            AtomicReference<Disposable> subscription = new AtomicReference<>();
            Flux<T> body = rest.asFlux().doOnCancel(() -> subscription.get().dispose());
            subscription.set(upstream.subscribe(item -> {
                rest.tryEmitNext(item);
                if (first.compareAndSet(true, false)) {
                    ready.tryEmitValue(body);
                }
            }, failure -> {
                if (first.compareAndSet(true, false)) {
                    ready.tryEmitError(failure);
                } else {
                    rest.tryEmitError(failure);
                }
            }, () -> {
                rest.tryEmitComplete();
                if (first.compareAndSet(true, false)) {
                    ready.tryEmitValue(body);
                }
            }));
            return ready.asMono().doOnCancel(() -> subscription.get().dispose());
        });
    }
}
