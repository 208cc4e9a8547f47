package jp.tomoni.gateway;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.util.regex.Pattern;
import jp.tomoni.contract.ApiKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Authenticates a retailer by its API key, sent as {@code Authorization: Bearer KEY}. The gateway keeps no
 * keys: it asks the engine who holds the key's SHA-256 and remembers a positive answer for
 * {@code tomoni.gateway.auth-cache-ttl} (60 s), by hash only, for at most 50,000 keys (Caffeine evicts the
 * least useful beyond that). Concurrent requests with the same uncached key make one call to the engine. A
 * missing, malformed or unknown key is 401 {@code UNAUTHENTICATED} with {@code WWW-Authenticate: Bearer}; an
 * unknown key is never remembered. A key revoked at the engine may thus work on an instance for up to the
 * cache's time to live.
 */
@Component
public class RetailerAuthenticator {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,512}");
    private static final int MAX_CACHED = 50_000;

    private final EngineClient engine;
    private final AsyncCache<String, EngineClient.Retailer> known;

    /** An authenticator asking {@code engine}. */
    @Autowired
    public RetailerAuthenticator(EngineClient engine, GatewayProperties properties) {
        this(engine, properties, Ticker.systemTicker());
    }

    /** As {@link #RetailerAuthenticator(EngineClient, GatewayProperties)}, timed by {@code ticker} (nanoseconds). */
    RetailerAuthenticator(EngineClient engine, GatewayProperties properties, Ticker ticker) {
        this.engine = engine;
        this.known = Caffeine.newBuilder().expireAfterWrite(properties.authCacheTtl()).maximumSize(MAX_CACHED)
                .ticker(ticker).buildAsync();
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
            String hash = ApiKeys.hash(key);
            return Mono.fromFuture(known.get(hash, (h, executor) -> engine.retailerByKeyHash(h).toFuture()))
                    .switchIfEmpty(Mono.error(() -> unauthenticated("the API key is not valid")));
        });
    }

    private static GatewayException unauthenticated(String detail) {
        return new GatewayException(401, "UNAUTHENTICATED", null, detail)
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tomoni\"");
    }
}
