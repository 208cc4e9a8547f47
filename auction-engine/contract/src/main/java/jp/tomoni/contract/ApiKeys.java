package jp.tomoni.contract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API keys: issued once, shown once, and kept only as their SHA-256 (64 lower-case hex characters), the form
 * in which the engine's registry knows a retailer's key and the gateway's key.
 */
public final class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    /** A fresh key: {@code tmk_} and 32 random bytes in URL-safe Base64 without padding (47 characters). */
    public static String issue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "tmk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The lower-case hex SHA-256 of a key encoded as UTF-8: the only form in which Tomoni keeps it. */
    public static String hash(String key) {
        return sha256(key);
    }

    /** The lower-case hex SHA-256 of {@code text} encoded as UTF-8 (64 characters). */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
