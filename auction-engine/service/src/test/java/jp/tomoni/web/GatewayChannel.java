package jp.tomoni.web;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.tomoni.contract.GatewayCredential;
import jp.tomoni.contract.v1.BidderEngineGrpc;

/** The tests' side of the gateway–engine contract: one plaintext channel per engine port, kept for the run. */
public final class GatewayChannel {

    private static final Map<Integer, ManagedChannel> CHANNELS = new ConcurrentHashMap<>();

    private GatewayChannel() {
    }

    /** A blocking stub to the engine at {@code port} presenting {@code key}, or no key when {@code null}. */
    public static BidderEngineGrpc.BidderEngineBlockingStub stub(int port, String key) {
        ManagedChannel channel = CHANNELS.computeIfAbsent(port, p -> NettyChannelBuilder.forAddress("localhost", p)
                .usePlaintext().build());
        BidderEngineGrpc.BidderEngineBlockingStub stub = BidderEngineGrpc.newBlockingStub(channel);
        if (key == null) {
            return stub;
        }
        Metadata headers = new Metadata();
        headers.put(GatewayCredential.AUTHORIZATION, GatewayCredential.bearer(key));
        return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }
}
