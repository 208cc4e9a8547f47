package jp.tomoni.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.EngineMetrics;
import jp.tomoni.engine.EnginePipeline;
import jp.tomoni.engine.EngineProcessor;
import jp.tomoni.engine.Outcome;
import jp.tomoni.journal.PostgresJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Runs the engine in the service. On start it replays the journal into a fresh processor, starts the
 * pipeline, journals a {@code Recover} so that open rounds get their grace, and starts the timer that
 * submits a {@code Tick} whenever a round or auction is due. It starts before the web server and stops after it.
 */
public final class EngineRuntime implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(EngineRuntime.class);

    private final PostgresJournal journal;
    private final Clock clock;
    private final EngineProperties properties;
    private final EngineMetrics metrics;
    private final Sinks.Many<Long> applied = Sinks.many().multicast().directBestEffort();
    private final AtomicLong lastApplied = new AtomicLong();
    private final AtomicBoolean tickPending = new AtomicBoolean();
    private volatile EngineProcessor processor;
    private volatile EnginePipeline pipeline;
    private ScheduledExecutorService timer;
    private volatile Duration lastReplay = Duration.ZERO;
    private volatile long replayedCommands;

    public EngineRuntime(PostgresJournal journal, Clock clock, EngineProperties properties, EngineMetrics metrics) {
        this.journal = journal;
        this.clock = clock;
        this.properties = properties;
        this.metrics = metrics;
    }

    @Override
    public void start() {
        String synchronousCommit = journal.synchronousCommit();
        if (!"on".equals(synchronousCommit)) {
            throw new IllegalStateException("the journal's database must run with synchronous_commit = on");
        }
        metrics.journalSettings(journal.fsync(), synchronousCommit);
        EngineProcessor recovered = new EngineProcessor();
        long started = System.nanoTime();
        journal.replay(0, recovered::apply);
        lastReplay = Duration.ofNanos(System.nanoTime() - started);
        replayedCommands = recovered.lastSeq();
        LOG.info("replayed {} journaled commands in {} ms", replayedCommands, lastReplay.toMillis());
        processor = recovered;
        metrics.recovered(recovered);
        lastApplied.set(recovered.lastSeq());
        pipeline = new EnginePipeline(journal, recovered, journal.lastAt(), clock, properties.ringSize(),
                properties.maxBatch(), this::published, metrics);
        if (recovered.lastSeq() > 0) {
            submit("engine", new EngineCommand.Recover(properties.recoveryGrace())).block(Duration.ofSeconds(30));
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "tomoni-timer");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.tickInterval().toMillis();
        timer.scheduleAtFixedRate(this::tickIfDue, every, every, TimeUnit.MILLISECONDS);
    }

    private void published(Outcome outcome) {
        metrics.observed(outcome, processor);
        lastApplied.set(outcome.entry().seq());
        if (outcome.entry().command() instanceof EngineCommand.Tick) {
            tickPending.set(false);
        }
        applied.tryEmitNext(outcome.entry().seq());
    }

    private void tickIfDue() {
        Instant due = pipeline.nextDeadline();
        if (due != null && !due.isAfter(clock.instant()) && tickPending.compareAndSet(false, true)) {
            submit("engine", new EngineCommand.Tick()).subscribe(o -> { }, e -> tickPending.set(false));
        }
    }

    /** Submits a command; the Mono completes once it is durable and applied. */
    public Mono<Outcome> submit(String actor, EngineCommand command) {
        CompletableFuture<Outcome> reply = pipeline.submit(actor, command);
        return Mono.fromFuture(reply);
    }

    /** The engine's state, for reading. */
    public EngineProcessor processor() {
        return processor;
    }

    /**
     * The sequence number of each command as it is applied; late subscribers see only what follows. Each
     * subscriber works on its own scheduler, never on the engine's writer thread.
     */
    public Flux<Long> applied() {
        return applied.asFlux().publishOn(Schedulers.parallel());
    }

    /** The sequence number of the last command applied. */
    public long lastApplied() {
        return lastApplied.get();
    }

    /** Commands waiting in the ring buffer. */
    public long queued() {
        return pipeline == null ? 0 : pipeline.queued();
    }

    /** Whether the engine stopped taking commands after a journal failure (fail-stop until a restart). */
    public boolean halted() {
        return pipeline != null && pipeline.halted();
    }

    /**
     * How far the engine is past the earliest deadline of a running auction it has not yet acted on (a round's
     * close, an auction's close or scheduled start), or zero. The timer ticks every {@code tick-interval}, so a
     * healthy engine stays within about that.
     */
    public Duration overdue() {
        Instant due = pipeline == null ? null : pipeline.nextDeadline();
        Instant now = clock.instant();
        return due == null || !due.isBefore(now) ? Duration.ZERO : Duration.between(due, now);
    }

    /** How long the last start-up replay took, and how many commands it replayed. */
    public Duration lastReplay() {
        return lastReplay;
    }

    /** How many commands the last start-up replayed. */
    public long replayedCommands() {
        return replayedCommands;
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
        if (pipeline != null) {
            pipeline.close();
        }
        applied.tryEmitComplete();
    }

    @Override
    public boolean isRunning() {
        return pipeline != null;
    }

    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1_000;
    }
}
