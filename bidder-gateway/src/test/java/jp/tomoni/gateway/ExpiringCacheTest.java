package jp.tomoni.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ExpiringCacheTest {

    private final AtomicLong now = new AtomicLong();

    @Test
    void entriesExpireAfterTheirTimeToLive() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofSeconds(60), 10, now::get);
        cache.put("k", "v");
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(cache.get("k")).isEqualTo("v");
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(cache.get("k")).isNull();
    }

    @Test
    void staysWithinItsSize() {
        ExpiringCache<Integer, Integer> cache = new ExpiringCache<>(Duration.ofSeconds(60), 10, now::get);
        for (int i = 0; i < 1000; i++) {
            cache.put(i, i);
        }
        assertThat(cache.size()).isLessThanOrEqualTo(10);
        assertThat(cache.get(999)).isEqualTo(999);
    }
}
