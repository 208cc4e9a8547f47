package jp.tomoni.contract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The credential that opens the actuator endpoints other than health ({@code /actuator/prometheus},
 * {@code /actuator/info}) on both services: {@code Authorization: Bearer TOKEN}, where TOKEN is the
 * operator's {@code TOMONI_METRICS_TOKEN}, the same for every instance. Metrics count bids per round and per
 * outcome, so nobody else may read them. Without a configured token these endpoints are closed to everyone.
 * A service keeps only the token's SHA-256 and compares in constant time.
 */
public final class MetricsCredential {

    /** The environment variable both services read the token from. */
    public static final String ENVIRONMENT = "TOMONI_METRICS_TOKEN";

    private final byte[] tokenHash;

    /** A check against {@code token}; blank means that no request is let in. */
    public MetricsCredential(String token) {
        this.tokenHash = token == null || token.isBlank() ? null : hash(token.strip());
    }

    /** Whether a token is configured at all. */
    public boolean configured() {
        return tokenHash != null;
    }

    /** Whether {@code authorization} (the header's value, or {@code null}) is {@code Bearer TOKEN}. */
    public boolean admits(String authorization) {
        if (tokenHash == null || authorization == null || authorization.length() <= 7
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(tokenHash, hash(authorization.substring(7).strip()));
    }

    private static byte[] hash(String token) {
        return ApiKeys.sha256(token).getBytes(StandardCharsets.US_ASCII);
    }
}
