package jp.tomoni.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.tomoni.core.lot.ReportedFactor;

/**
 * A qualified retailer.
 *
 * @param retailerId         its id
 * @param name               its trade name
 * @param registrationNumber its registration number, e.g. {@code A0001}
 * @param menuFactor         its menu's emission factor, used as its plan factor in awards
 * @param securityYen        the security it posted, in whole yen
 * @param eligibility        the most CLOCK tranches it may offer in an auction that sets no security per tranche;
 *                           in one that does, the auction's roster holds the eligibility its security buys
 *                           ({@link #securedBy})
 * @param apiKeyHash         SHA-256 (hex) of its API key
 * @param securityExpiresOn  the last day its security is valid, or {@code null} when none was stated
 */
public record Retailer(String retailerId, String name, String registrationNumber, ReportedFactor menuFactor,
                       long securityYen, int eligibility, String apiKeyHash, LocalDate securityExpiresOn) {

    /** Security expires at the end of its last day in Japan, where the bodies are. */
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /** A retailer whose security has no expiry stated. */
    public Retailer(String retailerId, String name, String registrationNumber, ReportedFactor menuFactor,
                    long securityYen, int eligibility, String apiKeyHash) {
        this(retailerId, name, registrationNumber, menuFactor, securityYen, eligibility, apiKeyHash, null);
    }

    /** Whether the security has expired at {@code t}: {@code t} falls on a later day than its last, in Japan. */
    public boolean securityExpiredAt(Instant t) {
        return securityExpiresOn != null && t.atZone(JAPAN).toLocalDate().isAfter(securityExpiresOn);
    }

    /**
     * The retailer as an auction that asks {@code perTrancheYen} of security per tranche sees it: its eligibility
     * is its security divided by that figure, rounded down, and at most {@code maxTranches}.
     */
    public Retailer securedBy(long perTrancheYen, int maxTranches) {
        long tranches = Math.min(securityYen / perTrancheYen, maxTranches);
        return new Retailer(retailerId, name, registrationNumber, menuFactor, securityYen, (int) tranches, apiKeyHash,
                securityExpiresOn);
    }
}
