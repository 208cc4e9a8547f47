package jp.tomoni.engine;

/**
 * The engine stopped taking commands after a journal failure (fail-stop): every command is refused with this
 * until the engine is rebuilt from the journal. The cause is the storage failure, for the log only.
 */
public final class EngineHaltedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    EngineHaltedException(Throwable cause) {
        super("the engine stopped after a journal failure and must be restarted: " + cause.getMessage(), cause);
    }
}
