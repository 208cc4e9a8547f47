package jp.tomoni.app.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.ConnectionFactories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import jp.tomoni.core.clock.ClockParameters;
import jp.tomoni.core.lot.FactorKind;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.core.unit.EmissionFactor;
import jp.tomoni.core.unit.Kwh;
import jp.tomoni.core.unit.Price;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.EngineMetrics;
import jp.tomoni.engine.EnginePipeline;
import jp.tomoni.engine.EngineProcessor;
import jp.tomoni.engine.Journaled;
import jp.tomoni.engine.LotSelection;
import jp.tomoni.facility.FacilityRecord;
import jp.tomoni.facility.FacilityType;
import jp.tomoni.facility.VoltageClass;
import jp.tomoni.testdb.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Measures the journal under load on real PostgreSQL with {@code synchronous_commit = on}: how many commands
 * one flush carries while 1,000 retailers bid from 8 threads, and how long replaying 100,000 journaled
 * commands takes. It asserts correctness only (every acknowledged command is in the journal and replays to
 * the same state); the figures go to {@code target/journal-measurements.json} and standard output.
 * Run alone: {@code ./mvnw -pl auction-engine verify -Dit.test=JournalLoadIT -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class JournalLoadIT {

    private static final int RETAILERS = 1_000;
    private static final int BIDS = 100_000;

    @Test
    void manyCommandsShareOneFlushAndOneHundredThousandReplay() throws Exception {
        TestDatabase.Fresh db = TestDatabase.get().createDatabase("load");
        Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password()).load().migrate();
        PostgresJournal journal = new PostgresJournal(DatabaseClient.create(ConnectionFactories.get(
                db.r2dbcUrl().replace("r2dbc:postgresql://", "r2dbc:postgresql://" + db.user() + "@"))));
        AtomicLong flushes = new AtomicLong();
        AtomicLong flushed = new AtomicLong();
        EngineMetrics counting = new EngineMetrics() {
            @Override
            public void flushed(int commands, long nanos) {
                flushes.incrementAndGet();
                flushed.addAndGet(commands);
            }

            @Override
            public void flushFailed() {
            }

            @Override
            public void applied(EngineCommand command, long nanos) {
            }
        };
        EngineProcessor live = new EngineProcessor();
        try (EnginePipeline pipeline = new EnginePipeline(journal, live, null, Clock.systemUTC(), 65_536, 4_096,
                o -> { }, counting)) {
            setUp(pipeline);
            long setUpFlushes = flushes.get();
            long setUpCommands = flushed.get();
            ExecutorService bidders = Executors.newFixedThreadPool(8);
            long started = System.nanoTime();
            List<CompletableFuture<?>> acks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                acks.add(CompletableFuture.runAsync(() -> {
                    List<CompletableFuture<?>> mine = new ArrayList<>();
                    for (int i = thread; i < BIDS; i += 8) {
                        String retailer = "R" + (i % RETAILERS);
                        mine.add(submitWhenRoom(pipeline, "retailer:" + retailer,
                                new EngineCommand.SubmitClockBid("LOAD", retailer, 1, 1 + i % 10, null)));
                    }
                    CompletableFuture.allOf(mine.toArray(CompletableFuture[]::new)).join();
                }, bidders));
            }
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).join();
            long bidNanos = System.nanoTime() - started;
            bidders.shutdown();
            long bidFlushes = flushes.get() - setUpFlushes;
            long bidCommands = flushed.get() - setUpCommands;
            assertThat(bidCommands).isEqualTo(BIDS);

            EngineProcessor replayed = new EngineProcessor();
            long replayStart = System.nanoTime();
            journal.replay(0, replayed::apply);
            long replayNanos = System.nanoTime() - replayStart;
            assertThat(replayed.lastSeq()).isEqualTo(live.lastSeq()).isGreaterThanOrEqualTo(BIDS);
            assertThat(replayed.auction("LOAD").log().from(0)).isEqualTo(live.auction("LOAD").log().from(0));

            String json = """
                    {"bids": %d, "bidSeconds": %.3f, "bidsPerSecond": %d, "flushes": %d, "commandsPerFlush": %.1f,
                     "replayedCommands": %d, "replayMillis": %d, "synchronousCommit": "%s", "database": "%s"}
                    """.formatted(BIDS, bidNanos / 1e9, (long) (BIDS / (bidNanos / 1e9)), bidFlushes,
                    (double) bidCommands / bidFlushes, replayed.lastSeq(), replayNanos / 1_000_000,
                    journal.synchronousCommit(), TestDatabase.get().kind());
            Files.writeString(Path.of("target", "journal-measurements.json"), json);
            System.out.println("[journal-measurements] " + json.replace('\n', ' '));
        } finally {
            TestDatabase.get().dropDatabase(db.name());
        }
    }

    private static CompletableFuture<?> submitWhenRoom(EnginePipeline pipeline, String actor, EngineCommand command) {
        while (true) {
            CompletableFuture<?> reply = pipeline.submit(actor, command);
            if (!reply.isCompletedExceptionally()) {
                return reply;
            }
            Thread.onSpinWait();
        }
    }

    private static void setUp(EnginePipeline pipeline) {
        ReportedFactor factor = new ReportedFactor(EmissionFactor.parse("0.433"), FactorKind.ADJUSTED, 2022);
        pipeline.submit("officer", new EngineCommand.ImportFacilities(List.of(new FacilityRecord("13101", "F1", "Office",
                FacilityType.OFFICE, VoltageClass.HIGH, 900, Kwh.of(3_800_000), Price.parse("28.00"), factor)))).join();
        pipeline.submit("officer", new EngineCommand.CreateLot("L", "load", new LotSelection(Set.of(), Set.of(), Set.of(),
                Set.of()))).join();
        List<CompletableFuture<?>> qualified = new ArrayList<>();
        for (int r = 0; r < RETAILERS; r++) {
            qualified.add(pipeline.submit("officer", new EngineCommand.QualifyRetailer("R" + r, "Retailer " + r,
                    "A0001", factor, 1_000_000, 10, "hash-" + r)));
        }
        CompletableFuture.allOf(qualified.toArray(CompletableFuture[]::new)).join();
        pipeline.submit("officer", new EngineCommand.CreateClockAuction("LOAD", "L", ClockParameters.withDefaults(10,
                Price.parse("30.00"), null), Duration.ofHours(1), Duration.ZERO, "ab".repeat(32), List.of(), null)).join();
        pipeline.submit("officer", new EngineCommand.StartAuction("LOAD")).join();
    }
}
