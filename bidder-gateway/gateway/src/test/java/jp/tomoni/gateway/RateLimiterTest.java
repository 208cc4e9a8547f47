package jp.tomoni.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(123_456_789L);
    private final RateLimiter limiter = new RateLimiter(20, 40, now::get);

    @Test
    void allowsTheBurstThenRefusesWithTheWaitForOneToken() {
        for (int i = 0; i < 40; i++) {
            assertThat(limiter.acquire("R1")).isZero();
        }
        long wait = limiter.acquire("R1");
        assertThat(wait).isEqualTo(50_000_000L);
        assertThat(RateLimiter.retryAfterSeconds(wait)).isEqualTo(1);
        assertThat(limiter.acquire("R2")).as("buckets are per key").isZero();
    }

    @Test
    void refillsAtTheRate() {
        for (int i = 0; i < 40; i++) {
            limiter.acquire("R1");
        }
        now.addAndGet(100_000_000L);
        assertThat(limiter.acquire("R1")).isZero();
        assertThat(limiter.acquire("R1")).isZero();
        assertThat(limiter.acquire("R1")).isPositive();
        now.addAndGet(10_000_000_000L);
        for (int i = 0; i < 40; i++) {
            assertThat(limiter.acquire("R1")).isZero();
        }
        assertThat(limiter.acquire("R1")).isPositive();
    }

    @Test
    void retryAfterIsWholeSecondsAtLeastOne() {
        assertThat(RateLimiter.retryAfterSeconds(1)).isEqualTo(1);
        assertThat(RateLimiter.retryAfterSeconds(1_000_000_000L)).isEqualTo(1);
        assertThat(RateLimiter.retryAfterSeconds(1_000_000_001L)).isEqualTo(2);
    }
}
