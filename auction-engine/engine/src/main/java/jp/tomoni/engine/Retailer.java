package jp.tomoni.engine;

import jp.tomoni.core.lot.ReportedFactor;

/**
 * A qualified retailer.
 *
 * @param retailerId         its id
 * @param name               its trade name
 * @param registrationNumber its registration number, e.g. {@code A0001}
 * @param menuFactor         its menu's emission factor, used as its plan factor in awards
 * @param securityYen        the security it posted
 * @param eligibility        the most CLOCK tranches it may offer
 * @param apiKeyHash         SHA-256 (hex) of its API key
 */
public record Retailer(String retailerId, String name, String registrationNumber, ReportedFactor menuFactor,
                       long securityYen, int eligibility, String apiKeyHash) {
}
