package jp.tomoni.contract;

import io.grpc.Metadata;

/**
 * How the gateway proves itself on the channel: its key in the metadata entry {@code authorization} as
 * {@code Bearer KEY}, on every call. The engine keeps only the key's SHA-256 ({@link ApiKeys#hash}).
 */
public final class GatewayCredential {

    /** The metadata entry that carries the gateway's key. */
    public static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    /** The trailer in which an UNAVAILABLE answer says after how many whole seconds to try again. */
    public static final Metadata.Key<String> RETRY_AFTER_SECONDS =
            Metadata.Key.of("retry-after-seconds", Metadata.ASCII_STRING_MARSHALLER);

    private static final String BEARER = "Bearer ";

    private GatewayCredential() {
    }

    /** The metadata value for {@code key}. */
    public static String bearer(String key) {
        return BEARER + key;
    }

    /** The key in an {@code authorization} value, or {@code null} when it is not {@code Bearer KEY}. */
    public static String key(String authorization) {
        if (authorization == null || !authorization.startsWith(BEARER) || authorization.length() == BEARER.length()) {
            return null;
        }
        return authorization.substring(BEARER.length());
    }
}
