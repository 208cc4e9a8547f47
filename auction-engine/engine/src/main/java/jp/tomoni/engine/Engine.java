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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The live engine, start to stop: on {@link #start} it replays the journal into a fresh processor, starts
 * the single-writer pipeline, journals a {@code Recover} so that open rounds get their grace after a restart,
 * and starts the timer that submits a {@code Tick} whenever a round or an auction is due. When a journal
 * write fails the pipeline halts (fail-stop); the timer then asks the journal every {@code healInterval}
 * whether it works again and, once it does, rebuilds the engine from it exactly as a restart would, and
 * takes commands again. Plain Java: the service wraps it in its own life cycle and reads it through
 * {@link #queries()}.
 */
public final class Engine implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Engine.class.getName());
    private static final Duration RECOVER_TIMEOUT = Duration.ofSeconds(30);
    /** How long a halted pipeline, once replaced, still answers the callers that took it just before. */
    private static final Duration RETIRE_AFTER = Duration.ofSeconds(10);

    /**
     * How the engine runs.
     *
     * @param recoveryGrace after a restart, the least time an open round still gets before it closes
     * @param ringSize      commands the ring buffer holds (a power of two)
     * @param maxBatch      the most commands one journal commit carries
     * @param tickInterval  how often the timer looks for a round or an auction due to open or close
     * @param healInterval  while halted, how often the engine asks whether its journal works again
     */
    public record Settings(Duration recoveryGrace, int ringSize, int maxBatch, Duration tickInterval,
                           Duration healInterval) {
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
    private final List<Runnable> rebuiltListeners = new CopyOnWriteArrayList<>();
    private final AtomicLong heals = new AtomicLong();
    private long lastHealAttempt;

    public Engine(Journal journal, Clock clock, Settings settings, EngineMetrics metrics) {
        this.journal = journal;
        this.clock = clock;
        this.settings = settings;
        this.metrics = metrics;
    }

    /** Rebuilds the state from the journal, then takes commands and keeps time; again after {@link #close}. */
    public void start() {
        lastHealAttempt = System.nanoTime() - settings.healInterval().toNanos();
        pipeline = rebuild();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "tomoni-timer");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.tickInterval().toMillis();
        timer.scheduleAtFixedRate(this::keepTime, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * A fresh processor from the whole journal, behind a new pipeline, with a journaled {@code Recover} when
     * there was anything to recover; readers see the new processor from now on.
     */
    private EnginePipeline rebuild() {
        EngineProcessor recovered = new EngineProcessor();
        long started = System.nanoTime();
        journal.replay(0, recovered::apply);
        lastReplay = Duration.ofNanos(System.nanoTime() - started);
        replayedCommands = recovered.lastSeq();
        LOG.info(() -> "replayed " + replayedCommands + " journaled commands in " + lastReplay.toMillis() + " ms");
        EnginePipeline next = new EnginePipeline(journal, recovered, journal.lastAt(), clock, settings.ringSize(),
                settings.maxBatch(), this::published, metrics);
        state.processor = recovered;
        metrics.recovered(recovered);
        if (recovered.lastSeq() > 0) {
            try {
                awaitRecover(next);
            } catch (RuntimeException e) {
                next.close();
                throw e;
            }
        }
        return next;
    }

    /** On the timer: a tick when a deadline is due, or, while halted, an attempt to heal now and then. */
    private void keepTime() {
        try {
            EnginePipeline current = pipeline;
            if (current == null) {
                return;
            }
            if (current.halted()) {
                healWhenTheJournalIsBack();
            } else {
                tickIfDue(current);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the engine's timer failed; it tries again", e);
        }
    }

    /**
     * While halted: at most every {@code healInterval}, asks the journal whether it works again and, if so,
     * rebuilds the engine from it and resumes taking commands. Open streams read the old processor's logs,
     * so every listener of {@link #onRebuilt} is told to end them. The halted pipeline keeps refusing, for
     * {@code RETIRE_AFTER}, the commands of callers that took it just before the switch, and then stops.
     */
    private void healWhenTheJournalIsBack() {
        long now = System.nanoTime();
        if (now - lastHealAttempt < settings.healInterval().toNanos()) {
            return;
        }
        lastHealAttempt = now;
        try {
            journal.lastAt();
        } catch (RuntimeException stillDown) {
            LOG.info(() -> "the journal is still unavailable: " + stillDown.getMessage());
            return;
        }
        EnginePipeline halted = pipeline;
        try {
            pipeline = rebuild();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the engine could not rebuild itself from the journal yet; it tries again", e);
            return;
        }
        timer.schedule(halted::close, RETIRE_AFTER.toMillis(), TimeUnit.MILLISECONDS);
        heals.incrementAndGet();
        LOG.warning(() -> "the journal is back: the engine rebuilt itself from it and takes commands again");
        rebuiltListeners.forEach(Runnable::run);
    }

    private void awaitRecover(EnginePipeline next) {
        try {
            next.submit("engine", new EngineCommand.Recover(settings.recoveryGrace()))
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

    private void tickIfDue(EnginePipeline current) {
        Instant due = current.nextDeadline();
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
        EnginePipeline current = pipeline;
        if (current == null) {
            return CompletableFuture.failedFuture(new EngineHaltedException("the engine is not running (it is"
                    + " starting or stopping); send the same request again shortly"));
        }
        return current.submit(actor, command);
    }

    /**
     * Tells {@code listener} of every command's outcome, on the writer thread, right after it is applied and
     * before its reply completes. A listener must be quick and must not block.
     */
    public void onApplied(Consumer<Outcome> listener) {
        listeners.add(listener);
    }

    /**
     * Runs {@code listener} each time the engine has rebuilt itself from the journal after a halt, on the
     * timer thread: whatever reads the old state (an open event stream) must let go of it.
     */
    public void onRebuilt(Runnable listener) {
        rebuiltListeners.add(listener);
    }

    /** How many times the engine healed after a halt since it started. */
    public long heals() {
        return heals.get();
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

    /**
     * Stops the timer, then the pipeline once every queued command has been handled; commands submitted from
     * now on are refused with {@link EngineHaltedException}, and {@link #start} may run again.
     */
    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        EnginePipeline closing = pipeline;
        pipeline = null;
        if (closing != null) {
            closing.close();
        }
    }
}
