package jp.tomoni.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import jp.tomoni.app.journal.PostgresJournal;
import jp.tomoni.engine.EngineMetrics;
import jp.tomoni.engine.EngineQueries;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/** Wires the plain-Java engine into the service. */
@Configuration(proxyBeanMethods = false)
public class EngineConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Flyway migrates the journal's schema beside the rest of the start; the engine waits for it. */
    @Bean
    BackgroundMigration backgroundMigration() {
        return new BackgroundMigration();
    }

    /** The journal, used only once Flyway has migrated its schema (also when beans are created lazily). */
    @Bean
    @DependsOnDatabaseInitialization
    PostgresJournal journal(DatabaseClient databaseClient) {
        return new PostgresJournal(databaseClient);
    }

    @Bean
    EngineMetrics engineMetrics(MeterRegistry registry) {
        return new MicrometerEngineMetrics(registry);
    }

    @Bean
    EngineRuntime engineRuntime(PostgresJournal journal, BackgroundMigration migration, Clock clock,
                                EngineProperties properties, EngineMetrics metrics, MeterRegistry registry) {
        EngineRuntime runtime = new EngineRuntime(journal, migration, clock, properties, metrics);
        Gauge.builder("tomoni.engine.commands.queued", runtime, EngineRuntime::queued)
                .description("Commands waiting in the engine's ring").register(registry);
        Gauge.builder("tomoni.engine.halted", runtime, r -> r.halted() ? 1 : 0)
                .description("1 once a journal failure has stopped the engine, until it is restarted").register(registry);
        Gauge.builder("tomoni.round.close.overdue", runtime, r -> r.overdue().toNanos() / 1e9).baseUnit("seconds")
                .description("How far the engine is past the earliest deadline it has not acted on").register(registry);
        return runtime;
    }

    /** The engine's state, which the web layer reads. */
    @Bean
    EngineQueries engineQueries(EngineRuntime runtime) {
        return runtime.queries();
    }

    @Bean
    StreamSubscribers streamSubscribers(MeterRegistry registry) {
        return new StreamSubscribers(registry);
    }
}
