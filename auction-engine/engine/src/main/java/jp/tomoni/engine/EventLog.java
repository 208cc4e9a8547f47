package jp.tomoni.engine;

import java.util.Arrays;
import java.util.List;

/**
 * An append-only list written by the engine's single writer thread and read by any number of threads
 * without locks: a reader sees every element up to the size it read.
 *
 * @param <T> the element type
 */
public final class EventLog<T> {

    private volatile Object[] elements = new Object[64];
    private volatile int size;

    /** Appends; only the writer thread may call this. */
    public void append(T element) {
        Object[] current = elements;
        if (size == current.length) {
            current = Arrays.copyOf(current, current.length * 2);
        }
        current[size] = element;
        elements = current;
        size = size + 1;
    }

    /** How many elements there are now. */
    public int size() {
        return size;
    }

    /** The elements from {@code from} (inclusive) to the current size, as an immutable copy. */
    @SuppressWarnings("unchecked")
    public List<T> from(int from) {
        int end = size;
        Object[] snapshot = elements;
        if (from >= end) {
            return List.of();
        }
        return (List<T>) List.of(Arrays.copyOfRange(snapshot, Math.max(0, from), end));
    }
}
