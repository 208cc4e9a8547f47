package jp.tomoni.gateway;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.CompletableFuture;
import jp.tomoni.contract.v1.AuctionView;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The format of an auction (CLOCK or OPEN_REVERSE), which decides how a bid body is read. It is taken from
 * the engine's view of the auction <em>for the retailer asking</em> and remembered per auction and retailer
 * for {@code tomoni.gateway.format-cache-ttl} (60 s, at most 100,000 pairs), so the gateway never uses what the
 * engine showed one retailer to answer another: an auction a retailer is not invited to stays 404
 * {@code NOT_FOUND} for it. Concurrent bids of one retailer on one uncached auction make one call to the engine.
 */
@Component
public class AuctionFormats {

    private static final int MAX_CACHED = 100_000;

    private final EngineClient engine;
    private final AsyncCache<String, String> formats;

    /** Formats read from {@code engine}. */
    public AuctionFormats(EngineClient engine, GatewayProperties properties) {
        this.engine = engine;
        this.formats = Caffeine.newBuilder().expireAfterWrite(properties.formatCacheTtl()).maximumSize(MAX_CACHED)
                .buildAsync();
    }

    /** The format of {@code auctionId} as {@code retailerId} may see it; 404 when it may not see the auction. */
    public Mono<String> format(String auctionId, String retailerId) {
        return Mono.fromFuture(() -> formats.get(key(auctionId, retailerId), (k, executor) ->
                engine.view(auctionId, retailerId).map(AuctionView::getFormat).toFuture()));
    }

    /** Remembers the format in a view of one auction the engine gave {@code retailerId}. */
    public void remember(AuctionView view, String retailerId) {
        formats.put(key(view.getAuctionId(), retailerId), CompletableFuture.completedFuture(view.getFormat()));
    }

    private static String key(String auctionId, String retailerId) {
        return auctionId + '\n' + retailerId;
    }
}
