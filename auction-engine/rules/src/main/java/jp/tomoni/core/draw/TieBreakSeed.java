package jp.tomoni.core.draw;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An auction's tie-break seed: 32 bytes written as 64 lower-case hex characters.
 *
 * <p>The SHA-256 of the 32 bytes is published when the auction opens ({@link #publishedHash()}); the seed
 * itself is published with the result, so that anyone can recompute every draw. A draw orders tied items by
 * the lower-case hex SHA-256 of the UTF-8 text {@code SEED:CONTEXT:KEY}, smallest first ({@link #drawKey}).
 */
public final class TieBreakSeed {

    private static final HexFormat HEX = HexFormat.of();
    private final String hex;

    private TieBreakSeed(String hex) {
        this.hex = hex;
    }

    /**
     * Reads a seed from 64 hex characters.
     *
     * @throws IllegalArgumentException when the text is not exactly 64 lower-case hex characters
     */
    public static TieBreakSeed parse(String text) {
        if (text == null || text.length() != 64 || !text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new IllegalArgumentException("a tie-break seed must be 64 lower-case hex characters");
        }
        return new TieBreakSeed(text);
    }

    /** Makes a seed from 32 bytes, e.g. from a secure random source outside the core. */
    public static TieBreakSeed of(byte[] bytes) {
        if (bytes.length != 32) {
            throw new IllegalArgumentException("a tie-break seed is 32 bytes, not " + bytes.length);
        }
        return new TieBreakSeed(HEX.formatHex(bytes));
    }

    /** The seed as 64 lower-case hex characters. */
    public String hex() {
        return hex;
    }

    /** The SHA-256 of the seed's 32 bytes, in lower-case hex: what is published when the auction opens. */
    public String publishedHash() {
        return HEX.formatHex(sha256().digest(HEX.parseHex(hex)));
    }

    /**
     * The draw key of one item: lower-case hex SHA-256 of the UTF-8 text {@code SEED:CONTEXT:KEY}.
     * Tied items are ordered by this key, smallest first.
     */
    public String drawKey(String context, String key) {
        byte[] text = (hex + ":" + context + ":" + key).getBytes(StandardCharsets.UTF_8);
        return HEX.formatHex(sha256().digest(text));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TieBreakSeed seed && seed.hex.equals(hex);
    }

    @Override
    public int hashCode() {
        return hex.hashCode();
    }

    /** Shows only the published hash, so that logging a seed never discloses it before the end. */
    @Override
    public String toString() {
        return "TieBreakSeed[sha256=" + publishedHash() + "]";
    }
}
