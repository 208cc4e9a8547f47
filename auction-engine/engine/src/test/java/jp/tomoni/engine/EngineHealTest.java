package jp.tomoni.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** After a storage failure the engine refuses everything, then rebuilds itself once the journal is back. */
class EngineHealTest {

    /** A journal in memory that fails every call while its database is down. */
    private static final class FlakyJournal implements Journal {
        final List<Journaled> written = new ArrayList<>();
        final AtomicBoolean down = new AtomicBoolean();

        @Override
        public synchronized void append(List<Journaled> batch) {
            check();
            written.addAll(batch);
        }

        @Override
        public synchronized void replay(long afterSeq, Consumer<Journaled> consumer) {
            check();
            written.stream().filter(j -> j.seq() > afterSeq).forEach(consumer);
        }

        @Override
        public synchronized Instant lastAt() {
            check();
            return written.isEmpty() ? null : written.get(written.size() - 1).at();
        }

        private void check() {
            if (down.get()) {
                throw new IllegalStateException("connection refused");
            }
        }
    }

    @Test
    void theEngineHaltsOnAStorageFailureAndHealsByItselfWhenTheJournalIsBack() {
        FlakyJournal journal = new FlakyJournal();
        AtomicInteger rebuilt = new AtomicInteger();
        Engine.Settings settings = new Engine.Settings(Duration.ofSeconds(60), 1024, 64, Duration.ofMillis(10),
                Duration.ofMillis(50));
        try (Engine engine = new Engine(journal, Clock.systemUTC(), settings, EngineMetrics.NONE)) {
            engine.onRebuilt(rebuilt::incrementAndGet);
            engine.start();
            engine.submit("officer", new EngineCommand.Tick()).join();

            journal.down.set(true);
            assertThatThrownBy(() -> engine.submit("officer", new EngineCommand.Tick()).join())
                    .hasCauseInstanceOf(EngineHaltedException.class).hasRootCauseMessage("connection refused");
            assertThat(engine.halted()).isTrue();
            assertThatThrownBy(() -> engine.submit("officer", new EngineCommand.Tick()).join())
                    .hasCauseInstanceOf(EngineHaltedException.class)
                    .hasMessageNotContaining("connection refused");
            await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(engine::halted);

            journal.down.set(false);
            await().atMost(Duration.ofSeconds(5)).until(() -> !engine.halted());
            assertThat(engine.heals()).isEqualTo(1);
            assertThat(rebuilt).hasValue(1);
            Outcome next = engine.submit("officer", new EngineCommand.Tick()).join();
            assertThat(next.entry().seq()).as("numbered after the journal's last command, a Recover")
                    .isEqualTo(journal.written.size());
            assertThat(journal.written.get(journal.written.size() - 2).command())
                    .isInstanceOf(EngineCommand.Recover.class);
            assertThat(engine.queries()).isNotNull();
        }
    }

    @Test
    void aStoppedEngineRefusesCommandsAndStartsAgainFromItsJournal() {
        FlakyJournal journal = new FlakyJournal();
        Engine.Settings settings = new Engine.Settings(Duration.ofSeconds(60), 1024, 64, Duration.ofMillis(10),
                Duration.ofMillis(50));
        try (Engine engine = new Engine(journal, Clock.systemUTC(), settings, EngineMetrics.NONE)) {
            engine.start();
            long first = engine.submit("officer", new EngineCommand.Tick()).join().entry().seq();
            engine.close();
            assertThat(engine.isRunning()).isFalse();
            assertThatThrownBy(() -> engine.submit("officer", new EngineCommand.Tick()).join())
                    .hasCauseInstanceOf(EngineHaltedException.class);

            engine.start();
            assertThat(engine.isRunning()).isTrue();
            assertThat(engine.queries().lastSeq()).as("rebuilt from the journal, then a Recover").isEqualTo(first + 1);
            assertThat(engine.submit("officer", new EngineCommand.Tick()).join().entry().seq()).isEqualTo(first + 2);
        }
    }
}
