package jp.tomoni.gateway;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The format of an auction (CLOCK or OPEN_REVERSE), which decides how a bid body is read. It is taken from
 * the engine's view of the auction <em>for the retailer asking</em> and remembered per auction and retailer
 * for {@code tomoni.gateway.format-cache-ttl} (60 s), so the gateway never uses what the engine showed one
 * retailer to answer another: an auction a retailer is not invited to stays 404 {@code NOT_FOUND} for it.
 */
@Component
public class AuctionFormats {

    private static final int MAX_CACHED = 100_000;

    private final EngineClient engine;
    private final ExpiringCache<String, String> formats;

    /** Formats read from {@code engine}. */
    public AuctionFormats(EngineClient engine, GatewayProperties properties) {
        this.engine = engine;
        this.formats = new ExpiringCache<>(properties.formatCacheTtl(), MAX_CACHED);
    }

    /** The format of {@code auctionId} as {@code retailerId} may see it; 404 when it may not see the auction. */
    public Mono<String> format(String auctionId, String retailerId) {
        return Mono.defer(() -> {
            String cached = formats.get(key(auctionId, retailerId));
            if (cached != null) {
                return Mono.just(cached);
            }
            return engine.json("/internal/v1/auctions/{id}/view?retailerId={rid}", auctionId, retailerId)
                    .flatMap(view -> {
                        String format = remember(view, retailerId);
                        return format == null
                                ? Mono.error(GatewayException.engineError("the engine's view names no format"))
                                : Mono.just(format);
                    });
        });
    }

    /** Remembers the format in a view of one auction the engine gave {@code retailerId}; returns it or null. */
    public String remember(JsonNode view, String retailerId) {
        JsonNode id = view.get("auctionId");
        JsonNode format = view.get("format");
        if (id == null || !id.isString() || format == null || !format.isString()) {
            return null;
        }
        formats.put(key(id.stringValue(), retailerId), format.stringValue());
        return format.stringValue();
    }

    private static String key(String auctionId, String retailerId) {
        return auctionId + '\n' + retailerId;
    }
}
