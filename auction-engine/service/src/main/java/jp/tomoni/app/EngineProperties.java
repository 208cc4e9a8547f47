package jp.tomoni.app;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The engine's settings ({@code tomoni.engine.*}).
 *
 * @param recoveryGrace after a restart, the least time an open round still gets before it closes
 * @param ringSize      commands the ring buffer holds (a power of two)
 * @param maxBatch      the most commands one journal commit carries
 * @param tickInterval  how often the timer looks for a round or auction due to open or close
 * @param healInterval  while halted after a journal failure, how often to ask whether the database is back
 *                      (default 2 s)
 */
@ConfigurationProperties("tomoni.engine")
public record EngineProperties(Duration recoveryGrace, Integer ringSize, Integer maxBatch, Duration tickInterval,
                               Duration healInterval) {

    public EngineProperties {
        recoveryGrace = recoveryGrace == null ? Duration.ofSeconds(60) : recoveryGrace;
        ringSize = ringSize == null ? 65_536 : ringSize;
        maxBatch = maxBatch == null ? 1_024 : maxBatch;
        tickInterval = tickInterval == null ? Duration.ofMillis(20) : tickInterval;
        healInterval = healInterval == null ? Duration.ofSeconds(2) : healInterval;
    }
}
