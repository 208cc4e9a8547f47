package jp.tomoni.engine;

/** What the pipeline reports about itself; the adapter maps it onto a metrics registry. */
public interface EngineMetrics {

    /** A batch of {@code commands} was made durable in {@code nanos}. */
    void flushed(int commands, long nanos);

    /** A batch could not be made durable. */
    void flushFailed();

    /** A command was applied {@code nanos} after it was submitted. */
    void applied(EngineCommand command, long nanos);

    /**
     * A command's outcome, on the writer thread right after it was applied, so {@code state} may be read:
     * rounds opened and closed, bids accepted and rejected, auctions running.
     */
    default void observed(Outcome outcome, EngineQueries state) {
    }

    /** The state was rebuilt from the journal; counts that follow the state start again from it. */
    default void recovered(EngineQueries state) {
    }

    /** The journal database's durability settings, as it reports them ({@code on} / {@code off}). */
    default void journalSettings(String fsync, String synchronousCommit) {
    }

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
