package jp.tomoni.engine;

import java.time.Instant;

/**
 * An event with the command that caused it.
 *
 * @param seq   the journal sequence number of that command
 * @param index the event's place among that command's events, from 0
 * @param at    that command's server time
 * @param event the event
 */
public record LoggedEvent(long seq, int index, Instant at, EngineEvent event) {
}
