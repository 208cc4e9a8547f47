package jp.tomoni.engine;

import java.util.ArrayList;
import java.util.List;

/** Collects the events one command causes, in order. */
final class Emitter {

    private final List<EngineEvent> events = new ArrayList<>(4);

    void emit(EngineEvent event) {
        events.add(event);
    }

    List<EngineEvent> events() {
        return events;
    }
}
