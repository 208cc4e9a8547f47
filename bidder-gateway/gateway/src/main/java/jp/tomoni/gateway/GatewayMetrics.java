package jp.tomoni.gateway;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The gateway's own figures, none tagged by retailer: {@code tomoni.gateway.bid.latency} from a bid's
 * arrival to its answer, by outcome ({@code accepted} 2xx, {@code rejected} 4xx: the rules' or the input's
 * refusal, {@code error} 5xx: the engine failed or could not be reached); the gauge
 * {@code tomoni.gateway.stream.subscribers} of open retailer event streams; and
 * {@code tomoni.gateway.engine.errors}, calls to the engine that failed (5xx answer, timeout, no connection).
 */
@Component
public class GatewayMetrics {

    private final Timer accepted;
    private final Timer rejected;
    private final Timer failed;
    private final Counter engineErrors;
    private final AtomicInteger subscribers = new AtomicInteger();

    /** Registers the meters. */
    public GatewayMetrics(MeterRegistry registry) {
        accepted = latency(registry, "accepted");
        rejected = latency(registry, "rejected");
        failed = latency(registry, "error");
        engineErrors = Counter.builder("tomoni.gateway.engine.errors")
                .description("Calls to the engine that failed: a 5xx answer, a timeout, or no connection").register(registry);
        Gauge.builder("tomoni.gateway.stream.subscribers", subscribers, AtomicInteger::get)
                .description("Retailers' open event streams").register(registry);
    }

    private static Timer latency(MeterRegistry registry, String outcome) {
        return Timer.builder("tomoni.gateway.bid.latency").tag("outcome", outcome)
                .description("From a bid's arrival at the gateway to its answer").publishPercentileHistogram()
                .register(registry);
    }

    /** Times a bid's answer from subscription to its response or error. */
    public <T> Mono<ResponseEntity<T>> timedBid(Mono<ResponseEntity<T>> answer) {
        return Mono.defer(() -> {
            long started = System.nanoTime();
            return answer.doOnSuccess(response -> record(started, response == null ? 500 : response.getStatusCode().value()))
                    .doOnError(e -> record(started, e instanceof GatewayException ? ((GatewayException) e).status() : 500));
        });
    }

    private void record(long started, int status) {
        Timer timer = status < 400 ? accepted : status < 500 ? rejected : failed;
        timer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    /** A retailer's stream, counted while it is subscribed. */
    public <T> Flux<T> counted(Flux<T> stream) {
        return stream.doOnSubscribe(s -> subscribers.incrementAndGet()).doFinally(signal -> subscribers.decrementAndGet());
    }

    /** Counts {@code failure} when it is the engine's failure rather than a refusal of the request. */
    public Throwable engineFailure(Throwable failure) {
        if (failure instanceof GatewayException && ((GatewayException) failure).status() >= 500) {
            engineErrors.increment();
        }
        return failure;
    }
}
