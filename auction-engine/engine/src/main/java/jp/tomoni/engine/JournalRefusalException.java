package jp.tomoni.engine;

/**
 * The journal refused a batch because a command in it holds a value it cannot store (a NUL character, half
 * of a surrogate pair, or what else the database calls a data error), not because storage failed: nothing
 * of the batch was written, and the journal still works. The engine then writes the batch's commands one at a
 * time, refuses those the journal refuses with this exception, and commits the rest. The message is the same
 * for every such command and shows nothing of the database.
 */
public final class JournalRefusalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A refusal of a command the journal cannot store, for the log: {@code cause} is the database's. */
    public JournalRefusalException(Throwable cause) {
        super("the command holds a value the journal cannot store", cause);
    }

    /** A refusal found before anything was sent to the database. */
    public JournalRefusalException() {
        super("the command holds a value the journal cannot store");
    }
}
