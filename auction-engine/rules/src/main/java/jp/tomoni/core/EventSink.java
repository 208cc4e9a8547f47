package jp.tomoni.core;

/**
 * Receives the events an auction emits, in order. Each event has already been applied when it arrives.
 *
 * @param <E> the format's event type
 */
@FunctionalInterface
public interface EventSink<E> {

    void accept(E event);

    /** A sink that drops every event. */
    static <E> EventSink<E> ignore() {
        return event -> { };
    }
}
