package jp.tomoni.demo;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * This run's secrets, new every run: the officer's and analyst's passwords, the gateway's key, and a password
 * for each user of a public body the demo registers ({@link DemoUsers#all()}). Every secret is random and
 * URL-safe base64 ({@code A-Z a-z 0-9 - _}), so that it can stand in a {@code curl -u} line as it is; a user's
 * password has {@value #USER_PASSWORD_CHARS} characters, more than the engine's least of 12.
 *
 * @param officerPassword the officer's password
 * @param analystPassword the analyst's password
 * @param gatewayKey      the key the gateway uses with the engine
 * @param userPasswords   each user's password, by the user's id in {@link DemoUsers#all()}
 */
record DemoSecrets(String officerPassword, String analystPassword, String gatewayKey,
                   Map<String, String> userPasswords) {

    /** The officer's user name. */
    static final String OFFICER = "officer";
    /** The analyst's user name. */
    static final String ANALYST = "analyst";
    /** How many characters a user's password has. */
    static final int USER_PASSWORD_CHARS = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    DemoSecrets {
        userPasswords = Map.copyOf(userPasswords);
    }

    /** The installation's secrets alone, with no user of a body. */
    DemoSecrets(String officerPassword, String analystPassword, String gatewayKey) {
        this(officerPassword, analystPassword, gatewayKey, Map.of());
    }

    /** Fresh secrets: three for the installation and one password per user of {@link DemoUsers#all()}. */
    static DemoSecrets generate() {
        Map<String, String> users = new LinkedHashMap<>();
        DemoUsers.all().forEach(user -> users.put(user.userId(), random(USER_PASSWORD_CHARS * 3 / 4)));
        return new DemoSecrets(random(18), random(18), random(32), users);
    }

    /** The password of the user {@code userId} of {@link DemoUsers#all()}. */
    String userPassword(String userId) {
        String password = userPasswords.get(userId);
        if (password == null) {
            throw new IllegalArgumentException("no password for the user " + userId);
        }
        return password;
    }

    /** {@code bytes} random bytes as URL-safe base64 without padding. */
    static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** No secret is shown: only how many users have a password. */
    @Override
    public String toString() {
        return "DemoSecrets[" + userPasswords.size() + " user passwords]";
    }
}
