package jp.tomoni.gateway;

import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Authenticates a retailer by its API key, sent as {@code Authorization: Bearer KEY}. The gateway keeps no
 * keys: it asks the engine who holds the key's SHA-256 and remembers a positive answer for
 * {@code tomoni.gateway.auth-cache-ttl} (60 s), by hash only. A missing, malformed or unknown key is 401
 * {@code UNAUTHENTICATED} with {@code WWW-Authenticate: Bearer}. A key revoked at the engine may thus work on
 * an instance for up to the cache's time to live.
 */
@Component
public class RetailerAuthenticator {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,512}");
    private static final int MAX_CACHED = 50_000;

    private final EngineClient engine;
    private final ExpiringCache<String, EngineClient.Retailer> known;

    /** An authenticator asking {@code engine}. */
    public RetailerAuthenticator(EngineClient engine, GatewayProperties properties) {
        this.engine = engine;
        this.known = new ExpiringCache<>(properties.authCacheTtl(), MAX_CACHED);
    }

    /** The retailer the request's API key belongs to, or a 401 error. */
    public Mono<EngineClient.Retailer> authenticate(ServerWebExchange exchange) {
        return Mono.defer(() -> {
            String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
            if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return Mono.error(unauthenticated("send the API key as Authorization: Bearer KEY"));
            }
            String key = header.substring(7).strip();
            if (!KEY.matcher(key).matches()) {
                return Mono.error(unauthenticated("the API key is not valid"));
            }
            String hash = Sha256.hex(key);
            EngineClient.Retailer cached = known.get(hash);
            if (cached != null) {
                return Mono.just(cached);
            }
            return engine.retailerByKeyHash(hash)
                    .doOnNext(retailer -> known.put(hash, retailer))
                    .switchIfEmpty(Mono.error(() -> unauthenticated("the API key is not valid")));
        });
    }

    private static GatewayException unauthenticated(String detail) {
        return new GatewayException(401, "UNAUTHENTICATED", null, detail)
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tomoni\"");
    }
}
