package jp.tomoni.app;

/**
 * The engine rebuilt itself from its journal after a halt, so an open event stream follows a log that no
 * longer grows: the stream ends with this, and its client resumes from the last event it received.
 */
public final class EngineRebuiltException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The stream's end. */
    public EngineRebuiltException() {
        super("the engine rebuilt itself after its journal came back; resume the stream from the last event");
    }
}
