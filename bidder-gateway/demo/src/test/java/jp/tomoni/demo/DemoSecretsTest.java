package jp.tomoni.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Every user of a body gets a fresh password of its own, long enough for the engine; none is ever shown. */
class DemoSecretsTest {

    @Test
    void everyUserHasAFreshUrlSafePasswordOfItsOwn() {
        DemoSecrets a = DemoSecrets.generate();
        DemoSecrets b = DemoSecrets.generate();

        assertThat(a.userPasswords().keySet()).containsExactlyInAnyOrderElementsOf(
                DemoUsers.all().stream().map(DemoUsers.User::userId).toList());
        assertThat(a.userPasswords().values()).allMatch(p -> p.matches("[A-Za-z0-9_-]{16}")).doesNotHaveDuplicates();
        assertThat(a.userPassword("lead-chiyoda")).isNotEqualTo(b.userPassword("lead-chiyoda"))
                .isNotEqualTo(a.officerPassword());
        assertThat(DemoSecrets.USER_PASSWORD_CHARS).isGreaterThanOrEqualTo(12);
    }

    @Test
    void anUnknownUserHasNoPasswordAndNoSecretIsPrinted() {
        DemoSecrets secrets = DemoSecrets.generate();

        assertThatThrownBy(() -> secrets.userPassword("nobody")).isInstanceOf(IllegalArgumentException.class);
        assertThat(secrets.toString()).doesNotContain(secrets.officerPassword(), secrets.gatewayKey(),
                secrets.userPassword("admin"));
        assertThat(new DemoSecrets("o", "a", "g").userPasswords()).isEmpty();
    }
}
