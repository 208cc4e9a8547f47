package jp.tomoni.bench;

import jp.tomoni.core.EventSink;
import jp.tomoni.core.clock.ClockEvent;

/** Keeps the last event an auction emitted, so that a benchmark can return it and JMH consumes it. */
final class LastEvent implements EventSink<ClockEvent> {

    ClockEvent last;

    @Override
    public void accept(ClockEvent event) {
        last = event;
    }
}
