package jp.tomoni.engine;

/** What the pipeline reports about itself; the adapter maps it onto a metrics registry. */
public interface EngineMetrics {

    /** A batch of {@code commands} was made durable in {@code nanos}. */
    void flushed(int commands, long nanos);

    /** A batch could not be made durable. */
    void flushFailed();

    /** A command was applied {@code nanos} after it was submitted. */
    void applied(EngineCommand command, long nanos);

    /** Reports nothing. */
    EngineMetrics NONE = new EngineMetrics() {
        @Override
        public void flushed(int commands, long nanos) {
        }

        @Override
        public void flushFailed() {
        }

        @Override
        public void applied(EngineCommand command, long nanos) {
        }
    };
}
