package jp.tomoni.web.bidder;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The engine's gRPC endpoint for the bidder gateway ({@code tomoni.grpc.*}).
 *
 * @param port             the port it listens on ({@code TOMONI_GRPC_PORT}, default 9090)
 * @param certificateChain a PEM certificate chain: with {@code privateKey}, the endpoint speaks TLS only
 * @param privateKey       the PEM private key of that certificate
 */
@ConfigurationProperties("tomoni.grpc")
public record GrpcProperties(@DefaultValue("9090") int port, Path certificateChain, Path privateKey) {

    /** Refuses a port outside 0 to 65535, and half a TLS setting. */
    public GrpcProperties {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("tomoni.grpc.port must be from 0 to 65535, not " + port);
        }
        if ((certificateChain == null) != (privateKey == null)) {
            throw new IllegalArgumentException("tomoni.grpc.certificate-chain and tomoni.grpc.private-key go together");
        }
    }

    /** Whether the endpoint speaks TLS. */
    public boolean tls() {
        return certificateChain != null;
    }
}
