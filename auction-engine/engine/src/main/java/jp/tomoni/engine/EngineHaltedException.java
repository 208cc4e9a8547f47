package jp.tomoni.engine;

/**
 * The engine takes no commands: after a journal failure (fail-stop) every command is refused with this
 * until the engine has rebuilt itself from the journal, and so is every command while it starts or stops. The cause is the storage failure, for the log only:
 * the message says nothing of it.
 */
public final class EngineHaltedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    EngineHaltedException(String message) {
        super(message);
    }

    EngineHaltedException(Throwable cause) {
        super("the engine stopped taking commands: its journal cannot be written; it resumes by itself once the"
                + " journal's database is back", cause);
    }
}
