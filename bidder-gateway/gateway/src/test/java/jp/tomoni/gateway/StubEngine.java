package jp.tomoni.gateway;

import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import jp.tomoni.contract.ApiKeys;
import jp.tomoni.contract.GatewayCredential;
import jp.tomoni.contract.v1.AuctionList;
import jp.tomoni.contract.v1.AuctionRequest;
import jp.tomoni.contract.v1.AuctionView;
import jp.tomoni.contract.v1.Award;
import jp.tomoni.contract.v1.BidAccepted;
import jp.tomoni.contract.v1.BidReceipt;
import jp.tomoni.contract.v1.BidReply;
import jp.tomoni.contract.v1.BidderEngineGrpc;
import jp.tomoni.contract.v1.BidderEvent;
import jp.tomoni.contract.v1.FindRetailerRequest;
import jp.tomoni.contract.v1.Heartbeat;
import jp.tomoni.contract.v1.OwnBid;
import jp.tomoni.contract.v1.OwnBidList;
import jp.tomoni.contract.v1.Problem;
import jp.tomoni.contract.v1.Qualification;
import jp.tomoni.contract.v1.Refusal;
import jp.tomoni.contract.v1.Retailer;
import jp.tomoni.contract.v1.RetailerRequest;
import jp.tomoni.contract.v1.RoundOpened;
import jp.tomoni.contract.v1.StreamEventsRequest;
import jp.tomoni.contract.v1.SubmitBidRequest;

/**
 * A stand-in for the engine's side of the contract on a random local port: canned answers, and a record of
 * every call it received (method, request message, the gateway's credential).
 *
 * <p>Bids: idempotency key {@code reused} is refused IDEMPOTENCY_KEY_REUSED; a key starting {@code repeat}
 * answers a repeated receipt; quantity 99 is rejected with ACTIVITY_RULE; anything else is accepted. Only
 * {@link #CLOCK} and {@link #REVERSE} exist; {@link #UNAVAILABLE} answers UNAVAILABLE with a retry after 7 s.
 */
final class StubEngine implements AutoCloseable {

    static final String KEY = "engine-secret";
    static final String CLOCK = "AUC-CLOCK";
    static final String REVERSE = "AUC-REV";
    static final String UNAVAILABLE = "AUC-DOWN";

    /** One call as the stub saw it. */
    record Received(String method, Message request, String authorization) {
    }

    private static final Metadata.Key<String> AUTHORIZATION = GatewayCredential.AUTHORIZATION;
    private static final io.grpc.Context.Key<String> CREDENTIAL = io.grpc.Context.key("credential");

    final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, String> retailers = new ConcurrentHashMap<>();
    private final AtomicLong seq = new AtomicLong(100);
    private final Server server;

    StubEngine() {
        ServerInterceptor credential = new ServerInterceptor() {
            @Override
            public <Q, A> io.grpc.ServerCall.Listener<Q> interceptCall(io.grpc.ServerCall<Q, A> call, Metadata headers,
                                                                       io.grpc.ServerCallHandler<Q, A> next) {
                String given = headers.get(AUTHORIZATION);
                if (!GatewayCredential.bearer(KEY).equals(given)) {
                    call.close(Status.UNAUTHENTICATED, new Metadata());
                    return new io.grpc.ServerCall.Listener<>() {
                    };
                }
                return Contexts.interceptCall(io.grpc.Context.current().withValue(CREDENTIAL, given), call, headers, next);
            }
        };
        try {
            server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                    .addService(ServerInterceptors.intercept(new Service(), credential)).build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String address() {
        return "127.0.0.1:" + server.getPort();
    }

    /** Makes {@code apiKey} the key of {@code retailerId}. */
    void retailer(String apiKey, String retailerId) {
        retailers.put(ApiKeys.hash(apiKey), retailerId);
    }

    /** The calls of {@code method} received, in order. */
    List<Received> requests(String method) {
        return received.stream().filter(r -> r.method().equals(method)).toList();
    }

    /** The bids received from {@code retailerId}. */
    List<SubmitBidRequest> bidsOf(String retailerId) {
        return requests("SubmitBid").stream().map(r -> (SubmitBidRequest) r.request())
                .filter(b -> b.getRetailerId().equals(retailerId)).toList();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }

    static Timestamp time(String iso) {
        Instant at = Instant.parse(iso);
        return Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()).build();
    }

    /**
     * The CLOCK auction states no supply period and asks no security (journaled before auctions did); the other one
     * does both.
     */
    private static AuctionView view(String auction, String retailer) {
        AuctionView.Builder view = AuctionView.newBuilder().setAuctionId(auction)
                .setFormat(CLOCK.equals(auction) ? "CLOCK" : "OPEN_REVERSE").setState("RUNNING")
                .setSeedSha256("0".repeat(64))
                .setMe(jp.tomoni.contract.v1.Me.newBuilder().setRetailerId(retailer).setQualified(true).setStatus("ACTIVE"));
        if (!CLOCK.equals(auction)) {
            view.setSupplyPeriod(jp.tomoni.contract.v1.SupplyPeriod.newBuilder().setStart("2027-04-01")
                    .setEnd("2028-03-31")).setSecurityPerTrancheYen(10_000_000);
        }
        return view.build();
    }

    private final class Service extends BidderEngineGrpc.BidderEngineImplBase {

        private void record(String method, Message request) {
            received.add(new Received(method, request, CREDENTIAL.get()));
        }

        private boolean known(String auction, StreamObserver<?> answer) {
            if (UNAVAILABLE.equals(auction)) {
                Metadata trailers = new Metadata();
                trailers.put(GatewayCredential.RETRY_AFTER_SECONDS, "7");
                answer.onError(Status.UNAVAILABLE.withDescription("the engine is saturated").asRuntimeException(trailers));
                return false;
            }
            if (!CLOCK.equals(auction) && !REVERSE.equals(auction)) {
                answer.onError(Status.NOT_FOUND.withDescription("no auction " + auction).asRuntimeException());
                return false;
            }
            return true;
        }

        @Override
        public void findRetailer(FindRetailerRequest request, StreamObserver<Retailer> answer) {
            record("FindRetailer", request);
            String id = retailers.get(request.getKeySha256());
            if (id == null) {
                answer.onError(Status.NOT_FOUND.withDescription("no retailer holds this key").asRuntimeException());
                return;
            }
            answer.onNext(Retailer.newBuilder().setRetailerId(id).setName("Retailer " + id).build());
            answer.onCompleted();
        }

        @Override
        public void getQualification(RetailerRequest request, StreamObserver<Qualification> answer) {
            record("GetQualification", request);
            answer.onNext(Qualification.newBuilder().setRetailerId(request.getRetailerId()).setName("Retailer")
                    .setRegistrationNumber("A0001").setSecurityYen(25_000_000).setSecurityExpiresOn("2028-03-31")
                    .setSecurityValid(true).setPlanFactor("0.000").setPlanFactorKind("adjusted")
                    .setPlanFactorFiscalYear(2024).build());
            answer.onCompleted();
        }

        @Override
        public void listAuctions(RetailerRequest request, StreamObserver<AuctionList> answer) {
            record("ListAuctions", request);
            answer.onNext(AuctionList.newBuilder().addAuctions(view(CLOCK, request.getRetailerId()))
                    .addAuctions(view(REVERSE, request.getRetailerId())).build());
            answer.onCompleted();
        }

        @Override
        public void getAuction(AuctionRequest request, StreamObserver<AuctionView> answer) {
            record("GetAuction", request);
            if (known(request.getAuctionId(), answer)) {
                answer.onNext(view(request.getAuctionId(), request.getRetailerId()));
                answer.onCompleted();
            }
        }

        @Override
        public void listOwnBids(AuctionRequest request, StreamObserver<OwnBidList> answer) {
            record("ListOwnBids", request);
            if (known(request.getAuctionId(), answer)) {
                answer.onNext(OwnBidList.newBuilder().addBids(OwnBid.newBuilder().setSeq(5)
                        .setReceivedAt(time("2025-04-01T01:00:00Z")).setRound(1).setQuantity(3).setAccepted(true)).build());
                answer.onCompleted();
            }
        }

        @Override
        public void getAward(AuctionRequest request, StreamObserver<Award> answer) {
            record("GetAward", request);
            if (known(request.getAuctionId(), answer)) {
                answer.onError(Status.FAILED_PRECONDITION.withDescription("the award of " + request.getAuctionId()
                        + " is not approved yet").asRuntimeException());
            }
        }

        @Override
        public void streamEvents(StreamEventsRequest request, StreamObserver<BidderEvent> answer) {
            record("StreamEvents", request);
            if (!known(request.getAuctionId(), answer)) {
                return;
            }
            answer.onNext(BidderEvent.newBuilder().setHeartbeat(Heartbeat.getDefaultInstance()).build());
            answer.onNext(BidderEvent.newBuilder().setSeq(13).setIndex(0).setAt(time("2025-04-01T01:00:00Z"))
                    .setRoundOpened(RoundOpened.newBuilder().setRound(2).setPrice(2500)
                            .setOpensAt(time("2025-04-01T01:00:00Z")).setClosesAt(time("2025-04-01T01:05:00Z"))).build());
            answer.onNext(BidderEvent.newBuilder().setSeq(13).setIndex(1).setAt(time("2025-04-01T01:00:00Z"))
                    .setBidAccepted(BidAccepted.newBuilder().setRound(2).setQuantity(3)).build());
            answer.onCompleted();
        }

        @Override
        public void applyToGroup(jp.tomoni.contract.v1.ApplyRequest request,
                                 StreamObserver<jp.tomoni.contract.v1.ApplyReply> answer) {
            record("ApplyToGroup", request);
            if (request.getGroupId().equals("G-NONE")) {
                answer.onNext(jp.tomoni.contract.v1.ApplyReply.newBuilder().setRefusal(Refusal.newBuilder()
                        .setKind(Refusal.Kind.NOT_FOUND).setProblem(Problem.newBuilder().setCode("UNKNOWN_GROUP")
                                .setField("groupId").setDetail("no group G-NONE"))).build());
            } else {
                answer.onNext(jp.tomoni.contract.v1.ApplyReply.newBuilder().setApplication(
                        jp.tomoni.contract.v1.GroupApplication.newBuilder().setGroupId(request.getGroupId())
                                .setStatus("PENDING").setSecurityYen(request.getSecurityYen())
                                .setSecurityExpiresOn(request.getSecurityExpiresOn()).addAllPlans(request.getPlansList())
                                .setFiledAt(time("2026-12-01T00:00:00Z"))).build());
            }
            answer.onCompleted();
        }

        @Override
        public void submitBid(SubmitBidRequest request, StreamObserver<BidReply> answer) {
            record("SubmitBid", request);
            if (!known(request.getAuctionId(), answer)) {
                return;
            }
            answer.onNext(reply(request));
            answer.onCompleted();
        }

        private BidReply reply(SubmitBidRequest request) {
            String key = request.getIdempotencyKey();
            if ("reused".equals(key)) {
                return BidReply.newBuilder().setRefusal(Refusal.newBuilder().setKind(Refusal.Kind.INVALID)
                        .setProblem(Problem.newBuilder().setCode("IDEMPOTENCY_KEY_REUSED").setField("Idempotency-Key")
                                .setDetail("this Idempotency-Key was already used for a different request"))).build();
            }
            if (key.startsWith("repeat")) {
                return BidReply.newBuilder().setReceipt(BidReceipt.newBuilder().setSeq(7)
                        .setReceivedAt(time("2025-04-01T01:00:00.000001Z")).setAccepted(true).setRepeated(true)).build();
            }
            long n = seq.incrementAndGet();
            if (request.hasClock() && request.getClock().getQuantity() == 99) {
                return BidReply.newBuilder().setReceipt(BidReceipt.newBuilder().setSeq(n)
                        .setReceivedAt(time("2025-04-01T01:00:00.000002Z")).setAccepted(false)
                        .setRejection(Problem.newBuilder().setCode("ACTIVITY_RULE").setField("quantity")
                                .setDetail("the quantity is more than in the previous round"))).build();
            }
            return BidReply.newBuilder().setReceipt(BidReceipt.newBuilder().setSeq(n)
                    .setReceivedAt(time("2025-04-01T01:00:00.000003Z")).setAccepted(true)).build();
        }
    }
}
