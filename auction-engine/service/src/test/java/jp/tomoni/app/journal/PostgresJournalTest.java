package jp.tomoni.app.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.tomoni.core.clock.ClockParameters;
import jp.tomoni.core.reverse.OpenReverseParameters;
import jp.tomoni.core.unit.Price;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.JournalRefusalException;
import jp.tomoni.engine.Journaled;
import jp.tomoni.engine.LotSelection;
import jp.tomoni.facility.FacilityType;
import jp.tomoni.facility.VoltageClass;
import jp.tomoni.testdb.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.core.DatabaseClient;

/** The journal in real PostgreSQL: batches in one statement, replay in order, and no row ever changes. */
class PostgresJournalTest {

    private static TestDatabase.Fresh db;
    private static DatabaseClient client;
    private static PostgresJournal journal;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.get().createDatabase("journal");
        Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password()).load().migrate();
        ConnectionFactory factory = ConnectionFactories.get(db.r2dbcUrl().replace("r2dbc:postgresql://",
                "r2dbc:postgresql://" + db.user() + (db.password().isEmpty() ? "" : ":" + db.password()) + "@"));
        client = DatabaseClient.create(factory);
        journal = new PostgresJournal(client);
    }

    @AfterAll
    static void drop() {
        TestDatabase.get().dropDatabase(db.name());
    }

    @Test
    void everyKindOfCommandComesBackAsItWasWrittenInSequenceOrder() {
        Instant t = Instant.parse("2026-12-01T00:00:00.123456Z");
        List<EngineCommand> commands = List.of(
                new EngineCommand.CreateLot("L1", "offices", new LotSelection(Set.of("13101", "13102"),
                        Set.of(FacilityType.OFFICE), Set.of(VoltageClass.HIGH), Set.of())),
                new EngineCommand.CreateClockAuction("X", "L1", ClockParameters.withDefaults(10, Price.parse("30.00"), null),
                        Duration.ofSeconds(90), Duration.ofSeconds(5), "ab".repeat(32), List.of("A", "B"), null),
                new EngineCommand.CreateReverseAuction("R", "L1", OpenReverseParameters.withDefaults(t, t.plusSeconds(60),
                        Price.parse("30.00"), Price.parse("27.00")), "cd".repeat(32), List.of(), "X"),
                new EngineCommand.StartAuction("X"),
                new EngineCommand.SubmitClockBid("X", "A", 1, 6, null),
                new EngineCommand.SubmitClockBid("X", "A", 2, 5, Price.parse("29.50")),
                new EngineCommand.SubmitReverseBid("R", "B", Price.parse("28.00")),
                new EngineCommand.CancelAuction("R", "typo in the lot"),
                new EngineCommand.Tick(),
                new EngineCommand.Recover(Duration.ofSeconds(60)));
        List<Journaled> batch = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            batch.add(new Journaled(i + 1, t.plusNanos(1_000L * i), i % 2 == 0 ? "officer" : "retailer:A", commands.get(i)));
        }
        journal.append(batch);
        List<Journaled> replayed = new ArrayList<>();
        journal.replay(0, entry -> {
            if (entry.seq() <= 10) {
                replayed.add(entry);
            }
        });
        assertThat(replayed).isEqualTo(batch);
        List<Journaled> tail = new ArrayList<>();
        journal.replay(8, entry -> {
            if (entry.seq() <= 10) {
                tail.add(entry);
            }
        });
        assertThat(tail).isEqualTo(batch.subList(8, 10));
        assertThat(journal.lastAt()).isAfterOrEqualTo(t.plusNanos(9_000));
    }

    @Test
    void theJournalCannotBeChangedOrEmptied() {
        Instant t = Instant.parse("2026-12-02T00:00:00Z");
        journal.append(List.of(new Journaled(100, t, "officer", new EngineCommand.Tick())));
        assertThatThrownBy(() -> client.sql("update journal set actor = 'mallory' where seq = 100").fetch().rowsUpdated()
                .block()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> client.sql("delete from journal where seq = 100").fetch().rowsUpdated().block())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> client.sql("truncate journal").fetch().rowsUpdated().block())
                .hasMessageContaining("append-only");
    }

    @Test
    void aSequenceNumberIsNeverWrittenTwice() {
        Instant t = Instant.parse("2026-12-03T00:00:00Z");
        journal.append(List.of(new Journaled(200, t, "officer", new EngineCommand.Tick())));
        assertThatThrownBy(() -> journal.append(List.of(new Journaled(201, t, "officer", new EngineCommand.Tick()),
                new Journaled(200, t, "officer", new EngineCommand.Tick())))).isInstanceOf(RuntimeException.class);
        List<Journaled> after = new ArrayList<>();
        journal.replay(199, after::add);
        assertThat(after).extracting(Journaled::seq).containsExactly(200L);
        assertThat(after.get(0).at()).isEqualTo(t);
    }

    @Test
    void commitsWaitForTheDisk() {
        assertThat(journal.synchronousCommit()).isEqualTo("on");
    }

    @Test
    void aValueTheJournalCannotStoreIsRefusedBeforeAnythingIsWritten() {
        long before = count();
        Instant t = Instant.parse("2026-12-01T01:00:00Z");
        for (String name : List.of("nul \u0000 in JSON", "a raw \0 NUL", "half a pair \uD800", "the other half \uDC00 x")) {
            Journaled entry = new Journaled(1_000, t, "officer", new EngineCommand.CancelAuction("X", name));
            assertThatThrownBy(() -> journal.append(List.of(entry))).as(name)
                    .isInstanceOf(JournalRefusalException.class).hasMessageNotContaining("insert");
        }
        assertThat(count()).isEqualTo(before);
        String typed = "{\"reason\":\"typed C:\\\\u0000 as text\"}";
        assertThat(PostgresJournal.storable(typed)).as("text that reads \\u0000 is stored").isEqualTo(typed);
        assertThatThrownBy(() -> PostgresJournal.storable("{\"reason\":\"x\\\\\\u0000\"}"))
                .as("an escaped backslash, then the NUL escape").isInstanceOf(JournalRefusalException.class);
        assertThat(PostgresJournal.storable("a whole pair \uD83D\uDE00 and kanji 共に")).isNotEmpty();
    }

    @Test
    void onlyPostgresqlsDataExceptionsAreRefusalsNotOtherFailures() {
        Throwable nul = catchThrowable(() -> client.sql("select '\"\\u0000\"'::jsonb").fetch().one().block());
        Throwable syntax = catchThrowable(() -> client.sql("selec 1").fetch().one().block());
        assertThat(PostgresJournal.isDataError(nul)).as(String.valueOf(nul)).isTrue();
        assertThat(PostgresJournal.isDataError(syntax)).as(String.valueOf(syntax)).isFalse();
        assertThat(PostgresJournal.isDataError(new IllegalStateException("connection refused"))).isFalse();
    }

    private long count() {
        return client.sql("select count(*) as n from journal").map((row, meta) -> row.get("n", Long.class)).one().block();
    }
}
