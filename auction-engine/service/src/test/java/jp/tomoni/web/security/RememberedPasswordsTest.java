package jp.tomoni.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A password is checked once and then remembered; a wrong one is checked every time and never remembered. */
class RememberedPasswordsTest {

    private final AtomicInteger lookups = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private final MapReactiveUserDetailsService users = new MapReactiveUserDetailsService(
            User.withUsername("officer").password("{noop}s3cret").roles("OFFICER").build());
    private final ReactiveUserDetailsService counted = name -> {
        lookups.incrementAndGet();
        return users.findByUsername(name);
    };
    private final AtomicInteger encoded = new AtomicInteger();
    private final PasswordEncoder encoder = new PasswordEncoder() {
        private final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();

        @Override
        public String encode(CharSequence raw) {
            encoded.incrementAndGet();
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String stored) {
            return real.matches(raw, stored);
        }

        @Override
        public boolean upgradeEncoding(String stored) {
            return real.upgradeEncoding(stored);
        }
    };
    private final RememberedPasswords passwords = new RememberedPasswords(counted, encoder, nanos::get);

    private static UsernamePasswordAuthenticationToken signIn(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }

    @Test
    void aRightPasswordIsCheckedOnceWithinFiveMinutes() {
        assertThat(passwords.authenticate(signIn("officer", "s3cret")).block().getAuthorities())
                .extracting(Object::toString).containsExactly("ROLE_OFFICER");
        passwords.authenticate(signIn("officer", "s3cret")).block();
        assertThat(lookups).hasValue(1);
        nanos.addAndGet(Duration.ofMinutes(5).plusSeconds(1).toNanos());
        passwords.authenticate(signIn("officer", "s3cret")).block();
        assertThat(lookups).hasValue(2);
    }

    @Test
    void aWrongPasswordIsRefusedEveryTimeAndNeverRemembered() {
        passwords.authenticate(signIn("officer", "s3cret")).block();
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> passwords.authenticate(signIn("officer", "s3cret ")).block())
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(lookups).hasValue(4);
    }

    @Test
    void aPasswordStoredInAnOldEncodingIsNeverReencodedOnSignIn() {
        assertThat(encoder.upgradeEncoding("{noop}s3cret")).as("the encoder would upgrade it").isTrue();
        passwords.authenticate(signIn("officer", "s3cret")).block();
        nanos.addAndGet(Duration.ofMinutes(6).toNanos());
        passwords.authenticate(signIn("officer", "s3cret")).block();
        assertThat(encoded).hasValue(0);
    }

    @Test
    void anUnknownUserIsRefused() {
        assertThatThrownBy(() -> passwords.authenticate(signIn("nobody", "s3cret")).block())
                .isInstanceOf(BadCredentialsException.class);
    }
}
