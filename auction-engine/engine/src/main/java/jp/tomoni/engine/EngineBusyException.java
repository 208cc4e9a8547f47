package jp.tomoni.engine;

/** The engine's ring is full: the command was not taken, and the caller should send it again shortly. */
public final class EngineBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    EngineBusyException() {
        super("the engine is saturated; retry shortly");
    }
}
