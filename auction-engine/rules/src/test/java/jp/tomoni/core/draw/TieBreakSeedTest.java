package jp.tomoni.core.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The seed, its published hash and the draw keys, against known SHA-256 values. */
class TieBreakSeedTest {

    private static final TieBreakSeed ZEROS = TieBreakSeed.of(new byte[32]);

    @Test
    void thePublishedHashIsTheSha256OfTheThirtyTwoBytes() {
        assertThat(ZEROS.hex()).isEqualTo("0".repeat(64));
        assertThat(ZEROS.publishedHash()).isEqualTo("66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925");
    }

    @Test
    void aDrawKeyIsTheSha256OfSeedContextAndKey() {
        TieBreakSeed seed = TieBreakSeed.parse("ab".repeat(32));
        assertThat(seed.drawKey("exit-7", "R-A")).isEqualTo(
                java.util.HexFormat.of().formatHex(sha256(("ab".repeat(32) + ":exit-7:R-A"))));
        assertThat(seed.drawKey("exit-7", "R-A")).isNotEqualTo(seed.drawKey("exit-8", "R-A"));
    }

    @Test
    void onlySixtyFourLowerCaseHexCharactersAreASeed() {
        assertThatThrownBy(() -> TieBreakSeed.parse("AB".repeat(32))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TieBreakSeed.parse("ab".repeat(31))).isInstanceOf(IllegalArgumentException.class);
        assertThat(ZEROS.toString()).doesNotContain(ZEROS.hex());
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
