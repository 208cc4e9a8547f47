package jp.tomoni.gateway;

import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * How every read of a retailer runs: authenticate its key (401), count the read against its limit (429), check the
 * auction id it names if any (400), then ask the engine and answer the result as JSON.
 */
@Component
public class RetailerReads {

    private final RetailerAuthenticator authenticator;
    private final RateLimits limits;

    /** The reads over the key check and the limits. */
    public RetailerReads(RetailerAuthenticator authenticator, RateLimits limits) {
        this.authenticator = authenticator;
        this.limits = limits;
    }

    /**
     * Runs {@code call} with the caller's retailer id.
     *
     * @param auctionId the auction the read names, or {@code null} for none
     */
    public <T> Mono<ResponseEntity<T>> read(ServerWebExchange exchange, String auctionId,
                                            Function<String, Mono<T>> call) {
        return authenticator.authenticate(exchange).flatMap(retailer -> limits.read(retailer.retailerId())
                .then(Mono.fromRunnable(() -> {
                    if (auctionId != null) {
                        RequestChecks.auctionId(auctionId);
                    }
                }))
                .then(Mono.defer(() -> call.apply(retailer.retailerId()))))
                .map(body -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body));
    }
}
