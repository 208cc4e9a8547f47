package jp.tomoni.web.bidder;

import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.time.Clock;
import java.time.Duration;
import jp.tomoni.app.EngineRuntime;
import jp.tomoni.app.StreamSubscribers;
import jp.tomoni.contract.v1.ApplyReply;
import jp.tomoni.contract.v1.ApplyRequest;
import jp.tomoni.contract.v1.AuctionList;
import jp.tomoni.contract.v1.AuctionRequest;
import jp.tomoni.contract.v1.AuctionView;
import jp.tomoni.contract.v1.Award;
import jp.tomoni.contract.v1.BidReply;
import jp.tomoni.contract.v1.BidderEngineGrpc;
import jp.tomoni.contract.v1.BidderEvent;
import jp.tomoni.contract.v1.FindRetailerRequest;
import jp.tomoni.contract.v1.Heartbeat;
import jp.tomoni.contract.v1.OwnBidList;
import jp.tomoni.contract.v1.Qualification;
import jp.tomoni.contract.v1.Retailer;
import jp.tomoni.contract.v1.RetailerRequest;
import jp.tomoni.contract.v1.StreamEventsRequest;
import jp.tomoni.contract.v1.SubmitBidRequest;
import jp.tomoni.engine.AuctionState;
import jp.tomoni.engine.EngineQueries;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.web.WatchStream;
import reactor.core.Disposable;

/**
 * The engine's side of the contract with the bidder gateway ({@code bidder_engine.proto}): what the gateway
 * serves retailers, decided here so that idempotency, the rules and the disclosure rules hold in one place.
 * Every answer is one retailer's projection of an auction ({@link BidderProjection}); an auction a retailer
 * is not invited to is NOT_FOUND for it. Failures of the engine itself become statuses by
 * {@link EngineStatuses}, never with internal text.
 */
final class BidderEngineService extends BidderEngineGrpc.BidderEngineImplBase {

    private static final BidderEvent HEARTBEAT = BidderEvent.newBuilder().setHeartbeat(Heartbeat.getDefaultInstance())
            .build();

    private final EngineRuntime runtime;
    private final EngineQueries engine;
    private final StreamSubscribers subscribers;
    private final Duration heartbeat;
    private final BidIntake intake;
    private final ApplicationIntake applications;
    private final Clock clock;

    BidderEngineService(EngineRuntime runtime, EngineQueries engine, StreamSubscribers subscribers, Duration heartbeat,
                        Clock clock) {
        this.clock = clock;
        this.runtime = runtime;
        this.engine = engine;
        this.subscribers = subscribers;
        this.heartbeat = heartbeat;
        this.intake = new BidIntake(runtime, engine);
        this.applications = new ApplicationIntake(runtime, engine, clock);
    }

    @Override
    public void findRetailer(FindRetailerRequest request, StreamObserver<Retailer> answer) {
        jp.tomoni.engine.Retailer retailer = engine.retailerByKeyHash(request.getKeySha256());
        if (retailer == null) {
            answer.onError(Status.NOT_FOUND.withDescription("no retailer holds this key").asRuntimeException());
            return;
        }
        reply(answer, Retailer.newBuilder().setRetailerId(retailer.retailerId()).setName(retailer.name()).build());
    }

    @Override
    public void getQualification(RetailerRequest request, StreamObserver<Qualification> answer) {
        jp.tomoni.engine.Retailer retailer = engine.retailer(request.getRetailerId());
        if (retailer == null) {
            answer.onError(Status.NOT_FOUND.withDescription("no retailer " + request.getRetailerId())
                    .asRuntimeException());
            return;
        }
        Qualification.Builder q = Qualification.newBuilder().setRetailerId(retailer.retailerId())
                .setName(retailer.name()).setRegistrationNumber(retailer.registrationNumber())
                .setSecurityYen(retailer.securityYen()).setSecurityValid(!retailer.securityExpiredAt(clock.instant()))
                .setPlanFactor(retailer.menuFactor().value().toString())
                .setPlanFactorKind(retailer.menuFactor().kind().label())
                .setPlanFactorFiscalYear(retailer.menuFactor().fiscalYear());
        if (retailer.securityExpiresOn() != null) {
            q.setSecurityExpiresOn(retailer.securityExpiresOn().toString());
        }
        engine.organisation().applicationsOf(retailer.retailerId())
                .forEach(a -> q.addApplications(ApplicationIntake.wire(a)));
        reply(answer, q.build());
    }

    @Override
    public void applyToGroup(ApplyRequest request, StreamObserver<ApplyReply> answer) {
        relay(() -> applications.submit(request), answer);
    }

    @Override
    public void submitBid(SubmitBidRequest request, StreamObserver<BidReply> answer) {
        relay(() -> intake.submit(request), answer);
    }

    /** Answers the durable outcome of {@code command}, or the engine's failure as a status without internals. */
    private static <T> void relay(java.util.function.Supplier<java.util.concurrent.CompletableFuture<T>> command,
                                  StreamObserver<T> answer) {
        try {
            command.get().whenComplete((reply, failure) -> {
                if (failure == null) {
                    reply(answer, reply);
                } else {
                    answer.onError(EngineStatuses.of(failure));
                }
            });
        } catch (RuntimeException e) {
            answer.onError(EngineStatuses.of(e));
        }
    }

    @Override
    public void listAuctions(RetailerRequest request, StreamObserver<AuctionList> answer) {
        AuctionList.Builder list = AuctionList.newBuilder();
        for (LiveAuction auction : engine.auctions()) {
            if (auction.isInvited(request.getRetailerId())) {
                list.addAuctions(BidderProjection.of(auction, request.getRetailerId()).view());
            }
        }
        reply(answer, list.build());
    }

    @Override
    public void getAuction(AuctionRequest request, StreamObserver<AuctionView> answer) {
        LiveAuction auction = invited(request, answer);
        if (auction != null) {
            reply(answer, BidderProjection.of(auction, request.getRetailerId()).view());
        }
    }

    @Override
    public void listOwnBids(AuctionRequest request, StreamObserver<OwnBidList> answer) {
        LiveAuction auction = invited(request, answer);
        if (auction != null) {
            reply(answer, OwnBidList.newBuilder().addAllBids(BidderProjection.of(auction, request.getRetailerId()).bids())
                    .build());
        }
    }

    @Override
    public void getAward(AuctionRequest request, StreamObserver<Award> answer) {
        LiveAuction auction = invited(request, answer);
        if (auction == null) {
            return;
        }
        if (auction.outcome() != null && !auction.outcome().hasAward()) {
            answer.onError(Status.NOT_FOUND.withDescription("auction " + auction.id() + " ended "
                    + auction.outcome() + " and has no award").asRuntimeException());
            return;
        }
        Award award = BidderProjection.of(auction, request.getRetailerId()).approvedAward();
        if (award == null) {
            answer.onError(Status.FAILED_PRECONDITION.withDescription("the award of " + auction.id()
                    + " is not approved yet" + (auction.state() == AuctionState.ENDED ? ""
                    : "; the auction is " + auction.state())).asRuntimeException());
            return;
        }
        reply(answer, award);
    }

    /**
     * The retailer's events after the position asked for, then live, with a heartbeat every interval (the
     * first one at once, so that the gateway knows the stream is open). Cancelling the call ends it.
     */
    @Override
    public void streamEvents(StreamEventsRequest request, StreamObserver<BidderEvent> answer) {
        LiveAuction auction = invited(AuctionRequest.newBuilder().setAuctionId(request.getAuctionId())
                .setRetailerId(request.getRetailerId()).build(), answer);
        if (auction == null) {
            return;
        }
        WatchStream.Position from = !request.hasAfterSeq() ? WatchStream.Position.START
                : new WatchStream.Position(request.getAfterSeq(),
                        request.hasAfterIndex() ? request.getAfterIndex() : Integer.MAX_VALUE);
        BidderStream stream = new BidderStream(request.getRetailerId());
        ServerCallStreamObserver<BidderEvent> call = (ServerCallStreamObserver<BidderEvent>) answer;
        Disposable subscription = subscribers.bidder(WatchStream.of(auction, from, runtime.applied(auction.id()), heartbeat,
                        stream::render, stream::render, HEARTBEAT, HEARTBEAT))
                .subscribe(call::onNext, failure -> call.onError(EngineStatuses.of(failure)), call::onCompleted);
        call.setOnCancelHandler(subscription::dispose);
    }

    private <T> LiveAuction invited(AuctionRequest request, StreamObserver<T> answer) {
        LiveAuction auction = engine.auction(request.getAuctionId());
        if (auction == null || !auction.isInvited(request.getRetailerId())) {
            answer.onError(Status.NOT_FOUND.withDescription("no auction " + request.getAuctionId()).asRuntimeException());
            return null;
        }
        return auction;
    }

    private static <T> void reply(StreamObserver<T> answer, T value) {
        answer.onNext(value);
        answer.onCompleted();
    }
}
