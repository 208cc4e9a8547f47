package jp.tomoni.web.bidder;

import io.grpc.BindableService;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.ServerCredentials;
import io.grpc.ServerInterceptors;
import io.grpc.TlsServerCredentials;
import io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The gRPC endpoint the bidder gateway calls, in the service's life cycle: it opens after the engine has
 * recovered and closes before the engine stops, so a gateway never reaches an engine that is not there. Calls
 * run on the transport's threads (the handlers never block), and carry at most 64 KiB each way in.
 */
public final class BidderGrpcServer implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(BidderGrpcServer.class);
    private static final int MAX_INBOUND_BYTES = 64 * 1024;

    private final GrpcProperties properties;
    private final BindableService service;
    private final GatewayKeyInterceptor gatewayKey;
    private volatile Server server;

    BidderGrpcServer(GrpcProperties properties, BindableService service, GatewayKeyInterceptor gatewayKey) {
        this.properties = properties;
        this.service = service;
        this.gatewayKey = gatewayKey;
    }

    @Override
    public void start() {
        try {
            server = NettyServerBuilder.forAddress(new InetSocketAddress(properties.port()), credentials())
                    .directExecutor()
                    .maxInboundMessageSize(MAX_INBOUND_BYTES)
                    .maxInboundMetadataSize(8 * 1024)
                    .permitKeepAliveTime(10, TimeUnit.SECONDS)
                    .permitKeepAliveWithoutCalls(true)
                    .addService(ServerInterceptors.intercept(service, gatewayKey))
                    .build().start();
        } catch (IOException e) {
            throw new UncheckedIOException("the gRPC endpoint could not listen on port " + properties.port(), e);
        }
        LOG.info("bidder gateway endpoint (gRPC{}) listening on port {}", properties.tls() ? ", TLS" : "",
                server.getPort());
    }

    private ServerCredentials credentials() throws IOException {
        if (!properties.tls()) {
            return InsecureServerCredentials.create();
        }
        return TlsServerCredentials.newBuilder()
                .keyManager(properties.certificateChain().toFile(), properties.privateKey().toFile()).build();
    }

    /** The port it listens on, once started (the one asked for, or the one chosen for port 0). */
    public int port() {
        return server.getPort();
    }

    @Override
    public void stop() {
        Server running = server;
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            if (!running.awaitTermination(2, TimeUnit.SECONDS)) {
                running.shutdownNow().awaitTermination(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
        server = null;
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    /** After the engine (which starts at {@code MIN_VALUE + 1000}), before the web server. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 2_000;
    }
}
