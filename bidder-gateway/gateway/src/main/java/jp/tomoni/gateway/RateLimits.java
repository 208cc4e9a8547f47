package jp.tomoni.gateway;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The two limits per retailer, each a token bucket in this instance (N instances allow up to N times as
 * much): bids ({@code POST /api/v1/auctions/{id}/bids}) and reads (every GET). Over a limit the request is
 * 429 {@code RATE_LIMITED} with {@code Retry-After} in whole seconds, at least 1, and counted in the metric
 * {@code tomoni.gateway.rate.limited}.
 */
@Component
public class RateLimits {

    private final RateLimiter bids;
    private final RateLimiter reads;
    private final Counter bidsLimited;
    private final Counter readsLimited;

    /** Limits from {@code tomoni.gateway.rate-limit}. */
    public RateLimits(GatewayProperties properties, MeterRegistry meters) {
        GatewayProperties.RateLimit limit = properties.rateLimit();
        this.bids = new RateLimiter(limit.bidsPerSecond(), limit.burst());
        this.reads = new RateLimiter(limit.readsPerSecond(), limit.readBurst());
        this.bidsLimited = Counter.builder("tomoni.gateway.rate.limited").tag("kind", "bid").register(meters);
        this.readsLimited = Counter.builder("tomoni.gateway.rate.limited").tag("kind", "read").register(meters);
    }

    /** Completes when {@code retailerId} may send a bid now, else fails with 429. */
    public Mono<Void> bid(String retailerId) {
        return check(bids, bidsLimited, retailerId, "bids");
    }

    /** Completes when {@code retailerId} may read now, else fails with 429. */
    public Mono<Void> read(String retailerId) {
        return check(reads, readsLimited, retailerId, "requests");
    }

    private static Mono<Void> check(RateLimiter limiter, Counter counter, String retailerId, String what) {
        return Mono.defer(() -> {
            long wait = limiter.acquire(retailerId);
            if (wait == 0) {
                return Mono.empty();
            }
            counter.increment();
            long seconds = RateLimiter.retryAfterSeconds(wait);
            return Mono.error(new GatewayException(429, "RATE_LIMITED", null,
                    "too many " + what + "; retry after " + seconds + " s")
                    .withHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
        });
    }
}
