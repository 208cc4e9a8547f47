package jp.tomoni.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The live engine, start to stop: on {@link #start} it replays the journal into a fresh processor, starts
 * the single-writer pipeline, journals a {@code Recover} so that open rounds get their grace after a restart,
 * and starts the timer that submits a {@code Tick} whenever a round or an auction is due. Plain Java: the
 * service wraps it in its own life cycle and reads it through {@link #queries()}.
 */
public final class Engine implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Engine.class.getName());
    private static final Duration RECOVER_TIMEOUT = Duration.ofSeconds(30);

    /**
     * How the engine runs.
     *
     * @param recoveryGrace after a restart, the least time an open round still gets before it closes
     * @param ringSize      commands the ring buffer holds (a power of two)
     * @param maxBatch      the most commands one journal commit carries
     * @param tickInterval  how often the timer looks for a round or an auction due to open or close
     */
    public record Settings(Duration recoveryGrace, int ringSize, int maxBatch, Duration tickInterval) {
    }

    private final Journal journal;
    private final Clock clock;
    private final Settings settings;
    private final EngineMetrics metrics;
    private final List<Consumer<Outcome>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean tickPending = new AtomicBoolean();
    private final CurrentState state = new CurrentState();
    private volatile EnginePipeline pipeline;
    private ScheduledExecutorService timer;
    private volatile Duration lastReplay = Duration.ZERO;
    private volatile long replayedCommands;

    public Engine(Journal journal, Clock clock, Settings settings, EngineMetrics metrics) {
        this.journal = journal;
        this.clock = clock;
        this.settings = settings;
        this.metrics = metrics;
    }

    /** Rebuilds the state from the journal, then takes commands and keeps time. */
    public void start() {
        EngineProcessor recovered = new EngineProcessor();
        long started = System.nanoTime();
        journal.replay(0, recovered::apply);
        lastReplay = Duration.ofNanos(System.nanoTime() - started);
        replayedCommands = recovered.lastSeq();
        LOG.info(() -> "replayed " + replayedCommands + " journaled commands in " + lastReplay.toMillis() + " ms");
        state.processor = recovered;
        metrics.recovered(recovered);
        pipeline = new EnginePipeline(journal, recovered, journal.lastAt(), clock, settings.ringSize(),
                settings.maxBatch(), this::published, metrics);
        if (recovered.lastSeq() > 0) {
            awaitRecover();
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "tomoni-timer");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.tickInterval().toMillis();
        timer.scheduleAtFixedRate(this::tickIfDue, every, every, TimeUnit.MILLISECONDS);
    }

    private void awaitRecover() {
        try {
            submit("engine", new EngineCommand.Recover(settings.recoveryGrace()))
                    .get(RECOVER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recovering", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the engine could not journal its recovery: " + e.getMessage(), e);
        }
    }

    private void published(Outcome outcome) {
        metrics.observed(outcome, state);
        if (outcome.entry().command() instanceof EngineCommand.Tick) {
            tickPending.set(false);
        }
        for (Consumer<Outcome> listener : listeners) {
            listener.accept(outcome);
        }
    }

    private void tickIfDue() {
        Instant due = pipeline.nextDeadline();
        if (due != null && !due.isAfter(clock.instant()) && tickPending.compareAndSet(false, true)) {
            submit("engine", new EngineCommand.Tick()).whenComplete((o, e) -> {
                if (e != null) {
                    tickPending.set(false);
                }
            });
        }
    }

    /**
     * Submits a command. The future completes once the command is durable and applied, or fails when it could
     * not be made durable, or at once when the engine is saturated or halted.
     */
    public CompletableFuture<Outcome> submit(String actor, EngineCommand command) {
        return pipeline.submit(actor, command);
    }

    /**
     * Tells {@code listener} of every command's outcome, on the writer thread, right after it is applied and
     * before its reply completes. A listener must be quick and must not block.
     */
    public void onApplied(Consumer<Outcome> listener) {
        listeners.add(listener);
    }

    /** The engine's state, for reading from any thread. */
    public EngineQueries queries() {
        return state;
    }

    /** Commands waiting in the ring buffer. */
    public long queued() {
        return pipeline == null ? 0 : pipeline.queued();
    }

    /** Whether the engine stopped taking commands after a journal failure. */
    public boolean halted() {
        return pipeline != null && pipeline.halted();
    }

    /**
     * How far the engine is past the earliest deadline of a running auction it has not yet acted on (a round's
     * close, an auction's close or scheduled start), or zero. The timer ticks every {@code tickInterval}, so a
     * healthy engine stays within about that.
     */
    public Duration overdue() {
        Instant due = pipeline == null ? null : pipeline.nextDeadline();
        Instant now = clock.instant();
        return due == null || !due.isBefore(now) ? Duration.ZERO : Duration.between(due, now);
    }

    /** How long the last start-up replay took. */
    public Duration lastReplay() {
        return lastReplay;
    }

    /** How many commands the last start-up replayed. */
    public long replayedCommands() {
        return replayedCommands;
    }

    /** Whether {@link #start} has run and {@link #close} has not. */
    public boolean isRunning() {
        return pipeline != null;
    }

    /** Stops the timer, then the pipeline once every queued command has been handled. */
    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }
}
