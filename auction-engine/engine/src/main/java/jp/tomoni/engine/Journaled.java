package jp.tomoni.engine;

import java.time.Instant;
import java.util.Objects;

/**
 * A command as the journal holds it.
 *
 * @param seq     its place in the one total order of commands, from 1, without gaps
 * @param at      the server time it was stamped with, in microseconds; never earlier than its predecessor's
 * @param actor   who sent it: a user name, {@code retailer:ID}, or {@code engine} for timers and recovery
 * @param command what was asked
 */
public record Journaled(long seq, Instant at, String actor, EngineCommand command) {

    public Journaled {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
    }
}
