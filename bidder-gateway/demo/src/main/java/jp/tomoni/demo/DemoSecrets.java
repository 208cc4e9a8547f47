package jp.tomoni.demo;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * This run's secrets, new every run: the officer's and analyst's passwords and the gateway's key.
 *
 * @param officerPassword the officer's password
 * @param analystPassword the analyst's password
 * @param gatewayKey      the key the gateway uses with the engine
 */
record DemoSecrets(String officerPassword, String analystPassword, String gatewayKey) {

    /** The officer's user name. */
    static final String OFFICER = "officer";
    /** The analyst's user name. */
    static final String ANALYST = "analyst";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Three fresh secrets. */
    static DemoSecrets generate() {
        return new DemoSecrets(random(18), random(18), random(32));
    }

    /** {@code bytes} random bytes as URL-safe base64 without padding. */
    static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
