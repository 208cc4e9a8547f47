package jp.tomoni.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.EngineMetrics;
import jp.tomoni.engine.EngineQueries;
import jp.tomoni.engine.Outcome;

/**
 * The pipeline's figures as Micrometer meters; no tag has unbounded values (command kinds and the rules'
 * rejection codes are fixed sets). Journal: {@code tomoni.journal.flush}, {@code tomoni.journal.batch.size},
 * {@code tomoni.journal.flush.failures}, {@code tomoni.journal.settings}. Latency from a command's submission
 * to its durable, applied acknowledgement: {@code tomoni.bid.latency} for bids, {@code tomoni.command.latency}
 * by kind for every command. What the auctions do: see {@link EngineActivityMetrics}.
 */
final class MicrometerEngineMetrics implements EngineMetrics {

    private final MeterRegistry registry;
    private final Timer flushTime;
    private final DistributionSummary batchSize;
    private final Counter flushFailures;
    private final Timer bidLatency;
    private final Map<Class<?>, Timer> commandLatency = new ConcurrentHashMap<>();
    private final EngineActivityMetrics activity;

    MicrometerEngineMetrics(MeterRegistry registry) {
        this.registry = registry;
        flushTime = Timer.builder("tomoni.journal.flush").description("Time to make one journal batch durable")
                .publishPercentileHistogram().register(registry);
        batchSize = DistributionSummary.builder("tomoni.journal.batch.size")
                .description("Commands written by one journal commit").publishPercentileHistogram()
                .maximumExpectedValue(4096.0).register(registry);
        flushFailures = Counter.builder("tomoni.journal.flush.failures")
                .description("Journal commits that failed; the engine stops after one").register(registry);
        bidLatency = Timer.builder("tomoni.bid.latency")
                .description("From a bid's receipt by the engine to its durable, applied acknowledgement")
                .publishPercentileHistogram().register(registry);
        activity = new EngineActivityMetrics(registry);
    }

    @Override
    public void flushed(int commands, long nanos) {
        flushTime.record(nanos, TimeUnit.NANOSECONDS);
        batchSize.record(commands);
    }

    @Override
    public void flushFailed() {
        flushFailures.increment();
    }

    @Override
    public void applied(EngineCommand command, long nanos) {
        if (command instanceof EngineCommand.BidCommand) {
            bidLatency.record(nanos, TimeUnit.NANOSECONDS);
        }
        commandLatency.computeIfAbsent(command.getClass(), kind -> Timer.builder("tomoni.command.latency")
                .tag("kind", kind.getSimpleName())
                .description("From a command's receipt by the engine to its durable, applied acknowledgement")
                .publishPercentileHistogram().register(registry)).record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void observed(Outcome outcome, EngineQueries processor) {
        activity.observed(outcome, processor);
    }

    @Override
    public void recovered(EngineQueries processor) {
        activity.recount(processor);
    }

    @Override
    public void journalSettings(String fsync, String synchronousCommit) {
        Gauge.builder("tomoni.journal.settings", () -> 1).tag("fsync", fsync)
                .tag("synchronous_commit", synchronousCommit)
                .description("The journal database's durability settings, in the labels").register(registry);
    }
}
