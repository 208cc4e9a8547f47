package jp.tomoni.app;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import jp.tomoni.app.journal.PostgresJournal;
import jp.tomoni.engine.Engine;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.EngineMetrics;
import jp.tomoni.engine.EngineQueries;
import jp.tomoni.engine.LoggedEvent;
import jp.tomoni.engine.Outcome;
import org.springframework.context.SmartLifecycle;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * The engine inside the service's life cycle: it waits for the journal's schema to be migrated, checks that
 * the journal's database is durable, then starts the {@link Engine} before the web server and stops it after.
 * Commands go in as {@link Mono}s; the sequence of applied commands comes out as a {@link Flux} for the event
 * streams.
 */
public final class EngineRuntime implements SmartLifecycle {

    private final PostgresJournal journal;
    private final BackgroundMigration migration;
    private final EngineMetrics metrics;
    private final Engine engine;
    private final Map<String, Sinks.Many<Long>> applied = new ConcurrentHashMap<>();
    private final AtomicReference<CompletableFuture<List<String>>> earlySettings = new AtomicReference<>();

    public EngineRuntime(PostgresJournal journal, BackgroundMigration migration, Clock clock,
                         EngineProperties properties, EngineMetrics metrics) {
        this.journal = journal;
        this.migration = migration;
        this.metrics = metrics;
        this.engine = new Engine(journal, clock, new Engine.Settings(properties.recoveryGrace(), properties.ringSize(),
                properties.maxBatch(), properties.tickInterval(), properties.healInterval()), metrics);
        engine.onApplied(this::signal);
        engine.onRebuilt(this::endStreams);
        // Asked for at once, so that the first connection to the journal's database opens while the rest of
        // the service is wired rather than when the engine starts (a restart is that much shorter).
        earlySettings.set(CompletableFuture.supplyAsync(() -> durabilitySettings(journal), task -> {
            Thread thread = new Thread(task, "tomoni-journal-settings");
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /** {@code synchronous_commit} and {@code fsync}, in that order. */
    private static List<String> durabilitySettings(PostgresJournal journal) {
        return List.of(journal.synchronousCommit(), journal.fsync());
    }

    /** Tells the streams of each auction the command touched that its log grew; on the writer thread. */
    private void signal(Outcome outcome) {
        String last = null;
        for (LoggedEvent logged : outcome.events()) {
            String auctionId = logged.event().auctionId();
            if (auctionId != null && !auctionId.equals(last)) {
                Sinks.Many<Long> sink = applied.get(auctionId);
                if (sink != null) {
                    sink.tryEmitNext(logged.seq());
                }
                last = auctionId;
            }
        }
    }

    /** After a rebuild every open stream reads a log that no longer grows: each ends, to be resumed. */
    private void endStreams() {
        for (String auctionId : List.copyOf(applied.keySet())) {
            Sinks.Many<Long> sink = applied.remove(auctionId);
            if (sink != null) {
                sink.tryEmitError(new EngineRebuiltException());
            }
        }
    }

    @Override
    public void start() {
        migration.awaitSchema();
        CompletableFuture<List<String>> early = earlySettings.getAndSet(null);
        List<String> settings = early == null ? null : early.exceptionally(unreachable -> null).join();
        if (settings == null) { // a later start, or the database was not reachable yet at the first: ask now
            settings = durabilitySettings(journal);
        }
        String synchronousCommit = settings.get(0);
        if (!"on".equals(synchronousCommit)) {
            throw new IllegalStateException("the journal's database must run with synchronous_commit = on");
        }
        metrics.journalSettings(settings.get(1), synchronousCommit);
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
     * The sequence number of each applied command that added to {@code auctionId}'s log; late subscribers see
     * only what follows, and a command touching other auctions wakes nobody here. Each subscriber works on
     * its own scheduler, never on the engine's writer thread. It fails with {@link EngineRebuiltException}
     * when the engine rebuilds itself after a halt, since the log it follows is then replaced.
     */
    public Flux<Long> applied(String auctionId) {
        return applied.computeIfAbsent(auctionId, id -> Sinks.many().multicast().directBestEffort()).asFlux()
                .publishOn(Schedulers.parallel());
    }

    /** How many times the engine healed by itself after a journal failure. */
    public long heals() {
        return engine.heals();
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
        for (String auctionId : List.copyOf(applied.keySet())) {
            Sinks.Many<Long> sink = applied.remove(auctionId);
            if (sink != null) {
                sink.tryEmitComplete();
            }
        }
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
