package jp.tomoni.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.tomoni.app.EngineRuntime;
import jp.tomoni.app.StreamSubscribers;
import jp.tomoni.engine.AuctionState;
import jp.tomoni.engine.EngineQueries;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.engine.LoggedEvent;
import jp.tomoni.engine.Retailer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the bidder gateway serves retailers, computed here so that the disclosure rules are enforced in one
 * place (role GATEWAY only). Every answer is one retailer's projection of an auction: see
 * {@link BidderProjection}. An auction a retailer is not invited to is "not found" for it.
 */
@RestController
@RequestMapping("/internal/v1")
public class InternalBidderController {

    private final EngineRuntime runtime;
    private final EngineQueries engine;
    private final StreamSubscribers subscribers;

    public InternalBidderController(EngineRuntime runtime, EngineQueries engine, StreamSubscribers subscribers) {
        this.runtime = runtime;
        this.engine = engine;
        this.subscribers = subscribers;
    }

    /** The retailer holding the API key with this SHA-256, or 404. */
    @GetMapping("/retailers/by-key/{keyHash}")
    public Map<String, Object> byKey(@PathVariable String keyHash) {
        Retailer retailer = engine.retailerByKeyHash(keyHash);
        if (retailer == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no retailer holds this key");
        }
        return Map.of("retailerId", retailer.retailerId(), "name", retailer.name());
    }

    /** The auctions the retailer is invited to, as it may see them. */
    @GetMapping("/retailers/{retailerId}/auctions")
    public List<ObjectNode> auctions(@PathVariable String retailerId) {
        return engine.auctions().stream().filter(a -> a.isInvited(retailerId))
                .map(a -> BidderProjection.of(a, retailerId).view()).toList();
    }

    /** One auction as the retailer may see it. */
    @GetMapping("/auctions/{auctionId}/view")
    public ObjectNode view(@PathVariable String auctionId, @RequestParam String retailerId) {
        return BidderProjection.of(invited(auctionId, retailerId), retailerId).view();
    }

    /** The retailer's own bids and their status. */
    @GetMapping("/auctions/{auctionId}/bids")
    public List<ObjectNode> bids(@PathVariable String auctionId, @RequestParam String retailerId) {
        return BidderProjection.of(invited(auctionId, retailerId), retailerId).bids();
    }

    /** The retailer's own award once approved; 409 before. */
    @GetMapping("/auctions/{auctionId}/award")
    public ObjectNode award(@PathVariable String auctionId, @RequestParam String retailerId) {
        LiveAuction auction = invited(auctionId, retailerId);
        ObjectNode award = BidderProjection.of(auction, retailerId).approvedAward();
        if (award == null) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "the award of " + auctionId + " is not approved yet"
                    + (auction.state() == AuctionState.ENDED ? "" : "; the auction is " + auction.state()));
        }
        return award;
    }

    /** The retailer's event stream: ids are {@code seq.index}; {@code Last-Event-ID} resumes; heartbeat 15 s. */
    @GetMapping(value = "/auctions/{auctionId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<ServerSentEvent<String>> events(@PathVariable String auctionId, @RequestParam String retailerId,
                                                @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId,
                                                @RequestParam(required = false) Long after) {
        LiveAuction auction = invited(auctionId, retailerId);
        WatchStream.Position from = WatchStream.Position.parse(lastEventId, after);
        BidderStanding standing = new BidderStanding();
        for (LoggedEvent earlier : auction.log().from(0)) {
            if (!from.isBefore(earlier)) {
                standing.apply(earlier.event());
            }
        }
        return subscribers.bidder(WatchStream.of(auction, from, runtime.applied(), Duration.ofSeconds(15), logged -> {
            String lowestBefore = standing.lowestPrice();
            int rankBefore = standing.rankOf(retailerId);
            standing.apply(logged.event());
            boolean changed = !java.util.Objects.equals(lowestBefore, standing.lowestPrice())
                    || rankBefore != standing.rankOf(retailerId);
            ObjectNode rendered = BidderEvents.render(logged, retailerId, standing, changed);
            return rendered == null ? null : ServerSentEvent.<String>builder(rendered.toString())
                    .id(WatchStream.id(logged)).event(rendered.get("type").stringValue()).build();
        }));
    }

    private LiveAuction invited(String auctionId, String retailerId) {
        LiveAuction auction = engine.auction(auctionId);
        if (auction == null || !auction.isInvited(retailerId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no auction " + auctionId);
        }
        return auction;
    }
}
