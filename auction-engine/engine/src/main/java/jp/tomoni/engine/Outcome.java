package jp.tomoni.engine;

import java.util.List;

/**
 * What applying one durable command did.
 *
 * @param entry  the command as journaled: its sequence number and server time are the receipt
 * @param events the events it caused, in order
 */
public record Outcome(Journaled entry, List<LoggedEvent> events) {

    public Outcome {
        events = List.copyOf(events);
    }
}
