package jp.tomoni.app;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import jp.tomoni.engine.EngineMetrics;
import jp.tomoni.journal.PostgresJournal;
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

    @Bean
    PostgresJournal journal(DatabaseClient databaseClient) {
        return new PostgresJournal(databaseClient);
    }

    @Bean
    EngineMetrics engineMetrics(MeterRegistry registry) {
        return new MicrometerEngineMetrics(registry);
    }

    @Bean
    EngineRuntime engineRuntime(PostgresJournal journal, Clock clock, EngineProperties properties, EngineMetrics metrics,
                                MeterRegistry registry) {
        EngineRuntime runtime = new EngineRuntime(journal, clock, properties, metrics);
        registry.gauge("tomoni.engine.commands.queued", runtime, r -> r.queued());
        return runtime;
    }
}
