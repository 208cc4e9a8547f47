package jp.tomoni.gateway;

import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import jp.tomoni.contract.v1.ApplyReply;
import jp.tomoni.contract.v1.ApplyRequest;
import jp.tomoni.contract.v1.AuctionRequest;
import jp.tomoni.contract.v1.AuctionView;
import jp.tomoni.contract.v1.Award;
import jp.tomoni.contract.v1.BidReply;
import jp.tomoni.contract.v1.BidderEngineGrpc;
import jp.tomoni.contract.v1.BidderEvent;
import jp.tomoni.contract.v1.FindRetailerRequest;
import jp.tomoni.contract.v1.OwnBidList;
import jp.tomoni.contract.v1.RetailerRequest;
import jp.tomoni.contract.v1.StreamEventsRequest;
import jp.tomoni.contract.v1.SubmitBidRequest;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The engine's side of the contract, as this gateway calls it over its one {@link EngineChannel}. Every call
 * is bounded by {@code tomoni.gateway.engine-timeout}; an event stream instead by
 * {@code stream-idle-timeout} between two messages (the engine sends a heartbeat every 15 s). Failures come
 * back as {@link GatewayException}s (see {@link EngineErrors}), each counted once.
 */
@Component
public class EngineClient {

    private final EngineChannel channel;
    private final Duration timeout;
    private final Duration idleTimeout;
    private final GatewayMetrics metrics;

    /** A client of the engine at {@code tomoni.gateway.engine-address}. */
    public EngineClient(EngineChannel channel, GatewayProperties properties, GatewayMetrics metrics) {
        this.channel = channel;
        this.metrics = metrics;
        this.timeout = properties.engineTimeout();
        this.idleTimeout = properties.streamIdleTimeout();
    }

    /** A retailer as the engine knows it. */
    public record Retailer(String retailerId, String name) {
    }

    /** The retailer holding the API key whose SHA-256 (lower-case hex) is {@code keyHash}, or empty. */
    public Mono<Retailer> retailerByKeyHash(String keyHash) {
        return this.<jp.tomoni.contract.v1.Retailer>unary((stub, answer) -> stub.findRetailer(
                        FindRetailerRequest.newBuilder().setKeySha256(keyHash).build(), answer))
                .map(r -> new Retailer(r.getRetailerId(), r.getName()))
                .onErrorResume(GatewayException.class, e -> e.status() == 404 ? Mono.empty() : Mono.error(e));
    }

    /** Submits a bid; the reply is its receipt (durable in the journal) or the engine's refusal. */
    public Mono<BidReply> submitBid(SubmitBidRequest bid) {
        return unary((stub, answer) -> stub.submitBid(bid, answer));
    }

    /** Files an application to a group; the reply is the application as filed or the engine's refusal. */
    public Mono<ApplyReply> apply(ApplyRequest request) {
        return unary((stub, answer) -> stub.applyToGroup(request, answer));
    }

    /** The auctions {@code retailerId} is invited to, as it may see them. */
    public Mono<List<AuctionView>> auctions(String retailerId) {
        return this.<jp.tomoni.contract.v1.AuctionList>unary((stub, answer) -> stub.listAuctions(
                RetailerRequest.newBuilder().setRetailerId(retailerId).build(), answer)).map(l -> l.getAuctionsList());
    }

    /** The qualification of {@code retailerId}: registration, security, plan factor. */
    public Mono<jp.tomoni.contract.v1.Qualification> qualification(String retailerId) {
        return unary((stub, answer) -> stub.getQualification(
                RetailerRequest.newBuilder().setRetailerId(retailerId).build(), answer));
    }

    /** One auction as {@code retailerId} may see it; 404 when it may not. */
    public Mono<AuctionView> view(String auctionId, String retailerId) {
        return unary((stub, answer) -> stub.getAuction(request(auctionId, retailerId), answer));
    }

    /** The retailer's own bids. */
    public Mono<OwnBidList> bids(String auctionId, String retailerId) {
        return unary((stub, answer) -> stub.listOwnBids(request(auctionId, retailerId), answer));
    }

    /** The retailer's own award; 409 before approval. */
    public Mono<Award> award(String auctionId, String retailerId) {
        return unary((stub, answer) -> stub.getAward(request(auctionId, retailerId), answer));
    }

    /**
     * The retailer's events after {@code after} (null: from the start), heartbeats included. The stream fails
     * when the engine's connection breaks or stays silent longer than the idle timeout; cancelling it cancels
     * the call.
     */
    public Flux<BidderEvent> events(String auctionId, String retailerId, EventPosition after) {
        StreamEventsRequest.Builder request = StreamEventsRequest.newBuilder().setAuctionId(auctionId)
                .setRetailerId(retailerId);
        if (after != null) {
            request.setAfterSeq(after.seq());
            if (after.index() != null) {
                request.setAfterIndex(after.index());
            }
        }
        return Flux.<BidderEvent>create(sink -> channel.stub().streamEvents(request.build(),
                        new ClientResponseObserver<StreamEventsRequest, BidderEvent>() {
                            @Override
                            public void beforeStart(ClientCallStreamObserver<StreamEventsRequest> call) {
                                sink.onDispose(() -> call.cancel("the retailer's stream ended", null));
                            }

                            @Override
                            public void onNext(BidderEvent event) {
                                sink.next(event);
                            }

                            @Override
                            public void onError(Throwable t) {
                                sink.error(t);
                            }

                            @Override
                            public void onCompleted() {
                                sink.complete();
                            }
                        }))
                .timeout(idleTimeout)
                .onErrorMap(this::failure);
    }

    private static AuctionRequest request(String auctionId, String retailerId) {
        return AuctionRequest.newBuilder().setAuctionId(auctionId).setRetailerId(retailerId).build();
    }

    private <T> Mono<T> unary(BiConsumer<BidderEngineGrpc.BidderEngineStub, StreamObserver<T>> call) {
        return Mono.<T>create(sink -> call.accept(channel.stub().withDeadlineAfter(timeout.toMillis(),
                TimeUnit.MILLISECONDS), new StreamObserver<>() {
                    @Override
                    public void onNext(T value) {
                        sink.success(value);
                    }

                    @Override
                    public void onError(Throwable t) {
                        sink.error(t);
                    }

                    @Override
                    public void onCompleted() {
                        sink.success();
                    }
                })).onErrorMap(this::failure);
    }

    /** A failure of the engine or of the call as the problem for it, counted once, where it happened. */
    private Throwable failure(Throwable e) {
        return metrics.engineFailure(EngineErrors.fromFailure(e));
    }
}
