package jp.tomoni.web.bidder;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import jp.tomoni.contract.ApiKeys;
import jp.tomoni.contract.GatewayCredential;

/**
 * Lets a call through only when it carries the gateway's key ({@code authorization: Bearer KEY}), compared by
 * SHA-256 in constant time; anything else is closed UNAUTHENTICATED before the service sees it. With no
 * gateway key configured, every call is refused. This replaces the HTTP security filter chain on the bid path.
 */
final class GatewayKeyInterceptor implements ServerInterceptor {

    private final byte[] gatewayKeyHash;

    /** Checks calls against {@code gatewayKey}, or refuses all when it is {@code null} or blank. */
    GatewayKeyInterceptor(String gatewayKey) {
        this.gatewayKeyHash = gatewayKey == null || gatewayKey.isBlank() ? null
                : ApiKeys.hash(gatewayKey).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
                                                       ServerCallHandler<Q, A> next) {
        String key = GatewayCredential.key(headers.get(GatewayCredential.AUTHORIZATION));
        boolean known = gatewayKeyHash != null && key != null
                && MessageDigest.isEqual(gatewayKeyHash, ApiKeys.hash(key).getBytes(StandardCharsets.US_ASCII));
        if (!known) {
            call.close(Status.UNAUTHENTICATED.withDescription("the gateway's key is missing or not valid"),
                    new Metadata());
            return new ServerCall.Listener<>() {
            };
        }
        return next.startCall(call, headers);
    }
}
