package jp.tomoni.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The pipeline acknowledges only what is durable, in a gap-free order, and stops after a journal failure. */
class EnginePipelineTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

    /** A journal in memory that fails its {@code failOn}-th write (1-based), or never when 0. */
    private static class MemoryJournal implements Journal {
        final List<Journaled> written = new ArrayList<>();
        private final int failOn;
        private int writes;

        MemoryJournal(int failOn) {
            this.failOn = failOn;
        }

        @Override
        public synchronized void append(List<Journaled> batch) {
            if (++writes == failOn) {
                throw new IllegalStateException("disk full");
            }
            written.addAll(batch);
        }

        @Override
        public synchronized void replay(long afterSeq, Consumer<Journaled> consumer) {
            written.stream().filter(j -> j.seq() > afterSeq).forEach(consumer);
        }

        @Override
        public synchronized Instant lastAt() {
            return written.isEmpty() ? null : written.get(written.size() - 1).at();
        }
    }

    @Test
    void everyAcknowledgedCommandIsInTheJournalWithGapFreeSequenceNumbers() {
        MemoryJournal journal = new MemoryJournal(0);
        try (EnginePipeline pipeline = new EnginePipeline(journal, new EngineProcessor(), null, CLOCK, 1024, 64,
                o -> { }, EngineMetrics.NONE)) {
            List<CompletableFuture<Outcome>> replies = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                replies.add(pipeline.submit("test", new EngineCommand.Tick()));
            }
            List<Long> acknowledged = replies.stream().map(CompletableFuture::join).map(o -> o.entry().seq()).toList();
            assertThat(acknowledged).containsExactlyElementsOf(journal.written.stream().map(Journaled::seq).toList());
            assertThat(acknowledged.get(0)).isEqualTo(1);
            assertThat(acknowledged.get(499)).isEqualTo(500);
        }
    }

    @Test
    void afterAJournalFailureNothingIsAppliedOrAcknowledgedAndTheCauseStaysInTheLog() {
        MemoryJournal journal = new MemoryJournal(2);
        EngineProcessor processor = new EngineProcessor();
        try (EnginePipeline pipeline = new EnginePipeline(journal, processor, null, CLOCK, 1024, 1,
                o -> { }, EngineMetrics.NONE)) {
            assertThat(pipeline.submit("test", new EngineCommand.Tick()).join().entry().seq()).isEqualTo(1);
            assertThatThrownBy(() -> pipeline.submit("test", new EngineCommand.Tick()).join())
                    .isInstanceOf(CompletionException.class).hasCauseInstanceOf(EngineHaltedException.class)
                    .hasRootCauseMessage("disk full").hasMessageNotContaining("disk full");
            assertThatThrownBy(() -> pipeline.submit("test", new EngineCommand.Tick()).join())
                    .hasCauseInstanceOf(EngineHaltedException.class);
        }
        assertThat(processor.lastSeq()).isEqualTo(1);
        assertThat(journal.written).hasSize(1);
    }

    @Test
    void aCommandKeepsTheTimeItArrivedAtWhileTheJournalIsStalled() throws Exception {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T00:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        CountDownLatch stalled = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        MemoryJournal journal = new MemoryJournal(0) {
            @Override
            public void append(List<Journaled> batch) {
                stalled.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                super.append(batch);
            }
        };
        try (EnginePipeline pipeline = new EnginePipeline(journal, new EngineProcessor(), null, clock, 1024, 1,
                o -> { }, EngineMetrics.NONE)) {
            CompletableFuture<Outcome> first = pipeline.submit("test", new EngineCommand.Tick());
            stalled.await();
            now.set(Instant.parse("2026-12-01T00:00:05Z"));
            CompletableFuture<Outcome> during = pipeline.submit("test", new EngineCommand.Tick());
            now.set(Instant.parse("2026-12-01T00:00:09Z"));
            release.countDown();
            assertThat(first.join().entry().at()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
            assertThat(during.join().entry().at()).as("stamped when it arrived, not when the journal took it")
                    .isEqualTo(Instant.parse("2026-12-01T00:00:05Z"));
        }
    }

    @Test
    void timesNeverGoBackwardsInSequenceOrder() {
        Clock clock = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
        MemoryJournal journal = new MemoryJournal(0);
        try (EnginePipeline pipeline = new EnginePipeline(journal, new EngineProcessor(),
                Instant.parse("2026-12-01T00:00:20Z"), clock, 1024, 64, o -> { }, EngineMetrics.NONE)) {
            assertThat(pipeline.submit("test", new EngineCommand.Tick()).join().entry().at())
                    .as("a clock behind the journal's last time").isEqualTo(Instant.parse("2026-12-01T00:00:20Z"));
        }
    }

    /** A journal that refuses, as a whole, every batch holding a command from {@code "nul"}, as PostgreSQL would. */
    private static final class RefusingJournal extends MemoryJournal {
        final CountDownLatch stalled = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        RefusingJournal() {
            super(0);
        }

        @Override
        public void append(List<Journaled> batch) {
            stalled.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (batch.stream().anyMatch(j -> j.actor().equals("nul"))) {
                throw new JournalRefusalException();
            }
            super.append(batch);
        }
    }

    @Test
    void aCommandTheJournalRefusesIsRefusedAloneAndTheRestOfItsBatchIsCommittedGapFree() throws Exception {
        RefusingJournal journal = new RefusingJournal();
        EngineProcessor processor = new EngineProcessor();
        try (EnginePipeline pipeline = new EnginePipeline(journal, processor, null, CLOCK, 1024, 64,
                o -> { }, EngineMetrics.NONE)) {
            CompletableFuture<Outcome> first = pipeline.submit("a", new EngineCommand.Tick());
            journal.stalled.await();
            CompletableFuture<Outcome> before = pipeline.submit("b", new EngineCommand.Tick());
            CompletableFuture<Outcome> refused = pipeline.submit("nul", new EngineCommand.Tick());
            CompletableFuture<Outcome> after = pipeline.submit("c", new EngineCommand.Tick());
            journal.release.countDown();

            assertThat(first.join().entry().seq()).isEqualTo(1);
            assertThat(before.join().entry().seq()).isEqualTo(2);
            assertThatThrownBy(refused::join).hasCauseInstanceOf(JournalRefusalException.class);
            assertThat(after.join().entry().seq()).as("the gap the refused command left is closed").isEqualTo(3);
            assertThat(pipeline.halted()).as("a refusal is not a storage failure").isFalse();
            assertThat(pipeline.submit("d", new EngineCommand.Tick()).join().entry().seq()).isEqualTo(4);
        }
        assertThat(journal.written).extracting(Journaled::actor).containsExactly("a", "b", "c", "d");
        assertThat(journal.written).extracting(Journaled::seq).containsExactly(1L, 2L, 3L, 4L);
        assertThat(processor.lastSeq()).isEqualTo(4);
    }
}
