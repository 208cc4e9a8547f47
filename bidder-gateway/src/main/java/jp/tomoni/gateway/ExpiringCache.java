package jp.tomoni.gateway;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A small in-memory cache whose entries expire a fixed time after they were put, holding at most
 * {@code maxEntries}: when full it first drops expired entries, and if still full it starts afresh, so
 * memory stays bounded whatever callers send. A miss only costs a call to the engine.
 *
 * @param <K> key type
 * @param <V> value type
 */
public final class ExpiringCache<K, V> {

    private record Entry<V>(V value, long expiresAt) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier nanoClock;

    /** A cache whose entries live {@code ttl}, measured by {@link System#nanoTime()}. */
    public ExpiringCache(Duration ttl, int maxEntries) {
        this(ttl, maxEntries, System::nanoTime);
    }

    /** As {@link #ExpiringCache(Duration, int)}, with the clock given (nanoseconds, any origin). */
    public ExpiringCache(Duration ttl, int maxEntries, LongSupplier nanoClock) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1");
        }
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.nanoClock = nanoClock;
    }

    /** The value put for {@code key} less than the time to live ago, or {@code null}. */
    public V get(K key) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (nanoClock.getAsLong() - entry.expiresAt() >= 0) {
            entries.remove(key, entry);
            return null;
        }
        return entry.value();
    }

    /** Remembers {@code value} for {@code key} from now. */
    public void put(K key, V value) {
        long now = nanoClock.getAsLong();
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(e -> now - e.expiresAt() >= 0);
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(key, new Entry<>(value, now + ttlNanos));
    }

    /** How many entries are held, expired or not. */
    public int size() {
        return entries.size();
    }
}
