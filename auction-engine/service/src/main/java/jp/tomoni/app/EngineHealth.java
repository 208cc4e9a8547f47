package jp.tomoni.app;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The engine's part of {@code /actuator/health} and of the readiness probe: DOWN while the engine is halted
 * because its journal cannot be written (it heals by itself once the database is back), UP otherwise. The
 * liveness probe leaves it out on purpose: a halted engine is alive and heals without a restart, and
 * restarting it would only add a replay to the outage. The details never show the database's words.
 */
@Component("engine")
public class EngineHealth implements HealthIndicator {

    private final EngineRuntime runtime;

    public EngineHealth(EngineRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Health health() {
        if (!runtime.isRunning()) {
            return Health.down().withDetail("engine", "starting or stopped").build();
        }
        if (runtime.halted()) {
            return Health.down().withDetail("engine", "halted: its journal cannot be written; it resumes by itself"
                    + " once the database is back").build();
        }
        return Health.up().withDetail("heals", runtime.heals()).build();
    }
}
