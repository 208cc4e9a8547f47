package jp.tomoni.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import jp.tomoni.contract.ApiKeys;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import reactor.core.publisher.Mono;

/**
 * Checks officers' and analysts' passwords, and remembers a successful check for a while, so that an API
 * client sending HTTP Basic on every request pays for a slow hash ({@code {bcrypt}}, about 60 ms of CPU here)
 * once, not every time. Passwords are stored as Spring Security writes them ({@code {bcrypt}...}, or
 * {@code {noop}...} for a demo) and never re-encoded on sign-in: the users come from configuration, so there
 * is nowhere to keep an upgraded hash, and upgrading on every sign-in cost a bcrypt each time.
 *
 * <p>What is remembered is the user name with the SHA-256 of the password that was accepted, in memory only,
 * for {@link #REMEMBERED} at most and for at most {@link #MAX_REMEMBERED} users; a wrong password is never
 * remembered and always takes the slow check.
 */
final class RememberedPasswords implements ReactiveAuthenticationManager {

    /** How long a successful check is remembered. */
    static final Duration REMEMBERED = Duration.ofMinutes(5);
    /** How many user name and password pairs are remembered at most. */
    static final int MAX_REMEMBERED = 1_000;

    private final ReactiveAuthenticationManager slow;
    private final Cache<String, Authentication> accepted;

    RememberedPasswords(ReactiveUserDetailsService people) {
        this(people, PasswordEncoderFactories.createDelegatingPasswordEncoder(), Ticker.systemTicker());
    }

    /** As {@link #RememberedPasswords(ReactiveUserDetailsService)}, checking with {@code encoder}, on {@code ticker}. */
    RememberedPasswords(ReactiveUserDetailsService people, PasswordEncoder encoder, Ticker ticker) {
        UserDetailsRepositoryReactiveAuthenticationManager check =
                new UserDetailsRepositoryReactiveAuthenticationManager(people);
        check.setPasswordEncoder(new NeverUpgraded(encoder));
        this.slow = check;
        this.accepted = Caffeine.newBuilder().expireAfterWrite(REMEMBERED).maximumSize(MAX_REMEMBERED).ticker(ticker)
                .build();
    }

    @Override
    public Mono<Authentication> authenticate(Authentication request) {
        String key = request.getName() + "\n" + ApiKeys.sha256(String.valueOf(request.getCredentials()));
        Authentication known = accepted.getIfPresent(key);
        if (known != null) {
            return Mono.just(known);
        }
        return slow.authenticate(request).doOnNext(done -> accepted.put(key, done));
    }

    /** A password encoder that checks as its delegate does and never asks for a stored hash to be upgraded. */
    private record NeverUpgraded(PasswordEncoder delegate) implements PasswordEncoder {

        @Override
        public String encode(CharSequence raw) {
            return delegate.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return delegate.matches(raw, encoded);
        }

        @Override
        public boolean upgradeEncoding(String encoded) {
            return false;
        }
    }
}
