package jp.tomoni.engine;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Where commands are made durable before they are applied. */
public interface Journal {

    /**
     * Writes a batch of commands, in sequence order, as one durable commit.
     *
     * @throws JournalRefusalException when a command of the batch holds a value the journal cannot store;
     *                                  then none of it was written, and storage works
     * @throws RuntimeException         when the batch could not be made durable (a storage failure); then
     *                                  none of it was, or it is not known whether it was
     */
    void append(List<Journaled> batch);

    /** Feeds every command after {@code afterSeq} to {@code consumer}, in sequence order. */
    void replay(long afterSeq, Consumer<Journaled> consumer);

    /** The time of the last journaled command, or {@code null} for an empty journal. */
    Instant lastAt();
}
