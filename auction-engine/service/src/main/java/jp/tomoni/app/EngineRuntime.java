package jp.tomoni.app;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import jp.tomoni.app.journal.PostgresJournal;
import jp.tomoni.engine.Engine;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.EngineMetrics;
import jp.tomoni.engine.EngineQueries;
import jp.tomoni.engine.Outcome;
import org.springframework.context.SmartLifecycle;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * The engine inside the service's life cycle: it checks that the journal's database is durable, then starts
 * the {@link Engine} before the web server and stops it after. Commands go in as {@link Mono}s; the sequence
 * of applied commands comes out as a {@link Flux} for the event streams.
 */
public final class EngineRuntime implements SmartLifecycle {

    private final PostgresJournal journal;
    private final EngineMetrics metrics;
    private final Engine engine;
    private final Sinks.Many<Long> applied = Sinks.many().multicast().directBestEffort();

    public EngineRuntime(PostgresJournal journal, Clock clock, EngineProperties properties, EngineMetrics metrics) {
        this.journal = journal;
        this.metrics = metrics;
        this.engine = new Engine(journal, clock, new Engine.Settings(properties.recoveryGrace(), properties.ringSize(),
                properties.maxBatch(), properties.tickInterval()), metrics);
        engine.onApplied(outcome -> applied.tryEmitNext(outcome.entry().seq()));
    }

    @Override
    public void start() {
        String synchronousCommit = journal.synchronousCommit();
        if (!"on".equals(synchronousCommit)) {
            throw new IllegalStateException("the journal's database must run with synchronous_commit = on");
        }
        metrics.journalSettings(journal.fsync(), synchronousCommit);
        engine.start();
    }

    /** Submits a command; the Mono completes once it is durable and applied. */
    public Mono<Outcome> submit(String actor, EngineCommand command) {
        return Mono.fromFuture(engine.submit(actor, command));
    }

    /**
     * Submits a command now; the future completes on the engine's writer thread once the command is durable and
     * applied, so whatever follows it must be quick and must not block.
     */
    public CompletableFuture<Outcome> enqueue(String actor, EngineCommand command) {
        return engine.submit(actor, command);
    }

    /** The engine's state, for reading. */
    public EngineQueries queries() {
        return engine.queries();
    }

    /**
     * The sequence number of each command as it is applied; late subscribers see only what follows. Each
     * subscriber works on its own scheduler, never on the engine's writer thread.
     */
    public Flux<Long> applied() {
        return applied.asFlux().publishOn(Schedulers.parallel());
    }

    /** Commands waiting in the ring buffer. */
    public long queued() {
        return engine.queued();
    }

    /** Whether the engine stopped taking commands after a journal failure (fail-stop until a restart). */
    public boolean halted() {
        return engine.halted();
    }

    /** How far the engine is past its earliest deadline not yet acted on (see {@link Engine#overdue()}). */
    public Duration overdue() {
        return engine.overdue();
    }

    @Override
    public void stop() {
        engine.close();
        applied.tryEmitComplete();
    }

    @Override
    public boolean isRunning() {
        return engine.isRunning();
    }

    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1_000;
    }
}
