package jp.tomoni.gateway;

import io.grpc.ChannelCredentials;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.TlsChannelCredentials;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import jp.tomoni.contract.GatewayCredential;
import jp.tomoni.contract.v1.BidderEngineGrpc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The one channel to the engine's gRPC endpoint ({@code tomoni.gateway.engine-address}), shared by every
 * call and stream of this instance: HTTP/2, multiplexed, kept alive with pings every 10 s so that a dead
 * engine is noticed at once, and reconnecting by itself (with backoff) when the engine restarts. Every call
 * carries the gateway's key. TLS when {@code engine-trust} names the certificates to trust. Calls are not
 * retried by the channel, since a retailer retries a bid with its idempotency key when told 503. Answers are
 * handled on grpc-java's default executor, not on the channel's event loop: in the one bench run made with
 * {@code directExecutor}, every call stalled for 30 s at half load (the cause was not found), so the
 * hand-off stays.
 */
@Component
public class EngineChannel implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(EngineChannel.class);
    private static final int MAX_INBOUND_BYTES = 16 * 1024 * 1024;

    private final ManagedChannel channel;
    private final BidderEngineGrpc.BidderEngineStub stub;

    /** A channel to the engine of {@code properties}. */
    public EngineChannel(GatewayProperties properties) {
        String[] hostPort = properties.engineAddress().split(":");
        this.channel = NettyChannelBuilder.forAddress(hostPort[0], Integer.parseInt(hostPort[1]), credentials(properties))
                .keepAliveTime(10, TimeUnit.SECONDS)
                .keepAliveTimeout(5, TimeUnit.SECONDS)
                .keepAliveWithoutCalls(true)
                .maxInboundMessageSize(MAX_INBOUND_BYTES)
                .disableRetry()
                .build();
        if (properties.engineKey().isBlank()) {
            LOG.warn("tomoni.gateway.engine-key (TOMONI_GATEWAY_KEY) is not set: the engine will refuse the gateway");
        }
        Metadata key = new Metadata();
        key.put(GatewayCredential.AUTHORIZATION, GatewayCredential.bearer(properties.engineKey()));
        this.stub = BidderEngineGrpc.newStub(channel).withInterceptors(MetadataUtils.newAttachHeadersInterceptor(key));
    }

    private static ChannelCredentials credentials(GatewayProperties properties) {
        if (properties.engineTrust() == null) {
            return InsecureChannelCredentials.create();
        }
        try {
            return TlsChannelCredentials.newBuilder().trustManager(properties.engineTrust().toFile()).build();
        } catch (IOException e) {
            throw new UncheckedIOException("the engine's trusted certificates cannot be read from "
                    + properties.engineTrust(), e);
        }
    }

    /** The asynchronous stub, carrying the gateway's key. */
    BidderEngineGrpc.BidderEngineStub stub() {
        return stub;
    }

    @Override
    public void destroy() throws InterruptedException {
        channel.shutdown();
        if (!channel.awaitTermination(2, TimeUnit.SECONDS)) {
            channel.shutdownNow();
        }
    }
}
