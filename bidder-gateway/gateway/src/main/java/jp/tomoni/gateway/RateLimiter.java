package jp.tomoni.gateway;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A token bucket per key, kept in this instance's memory: {@code burst} requests at once, refilled at
 * {@code perSecond} a second. It is implemented as the generic cell rate algorithm: one "theoretical
 * arrival time" per key, in whole nanoseconds, moved by compare-and-set, so it needs no lock and no floating
 * point. A key whose bucket is full again is forgotten when the map grows large.
 */
public final class RateLimiter {

    private static final long SECOND = 1_000_000_000L;
    private static final int FORGET_ABOVE = 10_000;

    private final long interval;
    private final long tolerance;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, AtomicLong> arrivals = new ConcurrentHashMap<>();

    /** A limiter of {@code perSecond} requests a second with bursts of {@code burst}, on the system clock. */
    public RateLimiter(int perSecond, int burst) {
        this(perSecond, burst, System::nanoTime);
    }

    /** As {@link #RateLimiter(int, int)}, with the clock given (nanoseconds, any origin). */
    public RateLimiter(int perSecond, int burst, LongSupplier nanoClock) {
        if (perSecond < 1 || burst < 1) {
            throw new IllegalArgumentException("rate and burst must be at least 1");
        }
        this.interval = SECOND / perSecond;
        this.tolerance = interval * burst;
        this.nanoClock = nanoClock;
    }

    /**
     * Takes one token from {@code key}'s bucket.
     *
     * @return 0 when a token was taken, else how many nanoseconds until one will be there (nothing is taken)
     */
    public long acquire(String key) {
        long now = nanoClock.getAsLong();
        if (arrivals.size() > FORGET_ABOVE) {
            arrivals.values().removeIf(tat -> tat.get() - now <= 0);
        }
        AtomicLong tat = arrivals.computeIfAbsent(key, k -> new AtomicLong(now));
        while (true) {
            long old = tat.get();
            long next = (old - now > 0 ? old : now) + interval;
            long over = next - now - tolerance;
            if (over > 0) {
                return over;
            }
            if (tat.compareAndSet(old, next)) {
                return 0;
            }
        }
    }

    /** Whole seconds to wait, at least 1, for a wait of {@code nanos} nanoseconds: a {@code Retry-After} value. */
    public static long retryAfterSeconds(long nanos) {
        return Math.max(1, (nanos + SECOND - 1) / SECOND);
    }
}
