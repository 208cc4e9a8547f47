package jp.tomoni.engine;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.Sequence;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The single-writer engine: every command passes through one ring buffer. A command's server time is taken
 * when it arrives, as it takes its place in the ring, so a stalled journal never makes a bid late; the
 * journaller then stamps each with the next sequence number and that time (never earlier than the one before,
 * in whole microseconds) and writes each batch the ring hands it as one commit (group commit). Only then does the processor, on its
 * own thread, apply the commands in order and complete their replies: nobody hears "accepted" for a command
 * that is not durable. A batch the journal refuses for a value it cannot store is written again one command
 * at a time, so that only the offending command is refused. A batch that fails to commit for any other reason
 * is answered with the failure and never applied; since a failed write may still have committed, the pipeline
 * then stops taking commands (fail-stop) and the {@link Engine} rebuilds a new one from the journal once it
 * works again, so memory and journal never disagree.
 */
public final class EnginePipeline implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EnginePipeline.class.getName());

    private final Disruptor<Slot> disruptor;
    private final RingBuffer<Slot> ring;
    private final AtomicReference<Instant> nextDeadline = new AtomicReference<>();
    private final EngineMetrics metrics;
    private final Clock clock;
    private volatile EngineHaltedException halted;

    /**
     * Starts the pipeline after recovery.
     *
     * @param journal    where commands are made durable
     * @param processor  the state machine, already brought up to date from the journal
     * @param lastAt     the time of the last journaled command (times never go backwards), or null
     * @param clock      the server clock that stamps commands
     * @param bufferSize the ring's size, a power of two
     * @param maxBatch   the most commands written in one commit
     * @param listener   told of every outcome, on the processor thread, before the reply completes
     * @param metrics    counters and timers
     */
    public EnginePipeline(Journal journal, EngineProcessor processor, Instant lastAt, Clock clock, int bufferSize,
                          int maxBatch, Consumer<Outcome> listener, EngineMetrics metrics) {
        this.metrics = metrics;
        this.clock = clock;
        DependentBlockingWaitStrategy waiting = new DependentBlockingWaitStrategy();
        this.disruptor = new Disruptor<>(Slot::new, bufferSize, r -> {
            Thread thread = new Thread(r, "tomoni-engine");
            thread.setDaemon(true);
            return thread;
        }, ProducerType.MULTI, waiting);
        Journaller journaller = new Journaller(journal, processor.lastSeq() + 1,
                lastAt == null ? Instant.EPOCH : lastAt, maxBatch, waiting);
        disruptor.handleEventsWith(journaller).then(new Applier(processor, listener));
        nextDeadline.set(processor.nextDeadline());
        this.ring = disruptor.start();
    }

    /**
     * Submits a command, received now. The future completes once the command is durable and applied, or fails
     * when it could not be made durable, or at once when the engine is saturated.
     */
    public CompletableFuture<Outcome> submit(String actor, EngineCommand command) {
        CompletableFuture<Outcome> reply = new CompletableFuture<>();
        boolean queued = ring.tryPublishEvent((slot, sequence) -> {
            slot.actor = actor;
            slot.command = command;
            slot.reply = reply;
            slot.receivedAt = clock.instant();
            slot.submittedNanos = System.nanoTime();
        });
        if (!queued) {
            reply.completeExceptionally(new EngineBusyException());
        }
        return reply;
    }

    /** The earliest time a running auction is due to change by itself, as of the last command applied. */
    public Instant nextDeadline() {
        return nextDeadline.get();
    }

    /** Whether a journal failure stopped this pipeline (fail-stop): it refuses every command from then on. */
    public boolean halted() {
        return halted != null;
    }

    /** Commands waiting in the ring. */
    public long queued() {
        return ring.getBufferSize() - ring.remainingCapacity();
    }

    /** Stops after every queued command has been handled. */
    @Override
    public void close() {
        disruptor.shutdown();
    }

    private static final class Slot {
        String actor;
        EngineCommand command;
        CompletableFuture<Outcome> reply;
        long submittedNanos;
        Instant receivedAt;
        Journaled entry;
        RuntimeException failure;
    }

    private final class Journaller implements EventHandler<Slot> {
        private final Journal journal;
        private final int maxBatch;
        private final DependentBlockingWaitStrategy waiting;
        private final List<Slot> batch = new ArrayList<>();
        private Sequence progress;
        private long nextSeq;
        private Instant lastAt;

        Journaller(Journal journal, long nextSeq, Instant lastAt, int maxBatch, DependentBlockingWaitStrategy waiting) {
            this.journal = journal;
            this.nextSeq = nextSeq;
            this.lastAt = lastAt;
            this.maxBatch = maxBatch;
            this.waiting = waiting;
        }

        @Override
        public void setSequenceCallback(Sequence sequenceCallback) {
            this.progress = sequenceCallback;
        }

        @Override
        public void onEvent(Slot slot, long sequence, boolean endOfBatch) {
            if (halted != null) {
                slot.failure = halted;
                release(sequence);
                return;
            }
            Instant arrived = slot.receivedAt.truncatedTo(ChronoUnit.MICROS);
            lastAt = arrived.isAfter(lastAt) ? arrived : lastAt;
            slot.entry = new Journaled(nextSeq++, lastAt, slot.actor, slot.command);
            slot.failure = null;
            batch.add(slot);
            if (endOfBatch || batch.size() >= maxBatch) {
                flush();
                release(sequence);
            }
        }

        /** Hands every slot up to {@code sequence} to the applier at once, without waiting for the batch's end. */
        private void release(long sequence) {
            progress.set(sequence);
            waiting.signalAllWhenBlocking();
        }

        private void flush() {
            List<Journaled> entries = new ArrayList<>(batch.size());
            batch.forEach(s -> entries.add(s.entry));
            long started = System.nanoTime();
            try {
                journal.append(entries);
                metrics.flushed(entries.size(), System.nanoTime() - started);
            } catch (JournalRefusalException e) {
                isolate();
            } catch (RuntimeException e) {
                halt(e, batch);
            }
            batch.clear();
        }

        /**
         * Writes the batch again one command at a time, after the journal refused it as a whole: a command it
         * refuses again is answered with the refusal and never applied, and the others are committed with
         * sequence numbers that close the gap, so that the journal's sequence stays dense.
         */
        private void isolate() {
            long seq = batch.get(0).entry.seq();
            for (int i = 0; i < batch.size(); i++) {
                Slot slot = batch.get(i);
                Journaled entry = new Journaled(seq, slot.entry.at(), slot.entry.actor(), slot.entry.command());
                long started = System.nanoTime();
                try {
                    journal.append(List.of(entry));
                    metrics.flushed(1, System.nanoTime() - started);
                    slot.entry = entry;
                    seq++;
                } catch (JournalRefusalException refused) {
                    LOG.log(Level.WARNING, "the journal refused a " + entry.command().getClass().getSimpleName()
                            + " from " + entry.actor() + "; it is answered with the refusal and never applied", refused);
                    slot.failure = refused;
                } catch (RuntimeException e) {
                    halt(e, batch.subList(i, batch.size()));
                    break;
                }
            }
            nextSeq = seq;
        }

        private void halt(RuntimeException e, List<Slot> unwritten) {
            LOG.log(Level.SEVERE, "journal write failed; the engine stops taking commands until it heals", e);
            metrics.flushFailed();
            halted = new EngineHaltedException(e);
            unwritten.forEach(s -> s.failure = halted);
        }
    }

    private final class Applier implements EventHandler<Slot> {
        private final EngineProcessor processor;
        private final Consumer<Outcome> listener;

        Applier(EngineProcessor processor, Consumer<Outcome> listener) {
            this.processor = processor;
            this.listener = listener;
        }

        @Override
        public void onEvent(Slot slot, long sequence, boolean endOfBatch) {
            CompletableFuture<Outcome> reply = slot.reply;
            try {
                if (slot.failure != null) {
                    reply.completeExceptionally(slot.failure);
                    return;
                }
                Outcome outcome = new Outcome(slot.entry, processor.apply(slot.entry));
                nextDeadline.set(processor.nextDeadline());
                listener.accept(outcome);
                metrics.applied(slot.command, System.nanoTime() - slot.submittedNanos);
                reply.complete(outcome);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "applying command " + slot.entry.seq() + " failed", e);
                reply.completeExceptionally(e);
            } finally {
                slot.reply = null;
                slot.command = null;
                slot.entry = null;
                slot.failure = null;
                slot.receivedAt = null;
            }
        }
    }
}
