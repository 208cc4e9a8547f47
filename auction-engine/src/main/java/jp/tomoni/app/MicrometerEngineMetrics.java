package jp.tomoni.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.EngineMetrics;

/** The pipeline's figures as Micrometer meters; no tag has unbounded values. */
final class MicrometerEngineMetrics implements EngineMetrics {

    private final Timer flushTime;
    private final DistributionSummary batchSize;
    private final Counter flushFailures;
    private final Timer bidLatency;
    private final Timer commandLatency;

    MicrometerEngineMetrics(MeterRegistry registry) {
        flushTime = Timer.builder("tomoni.journal.flush").description("Time to make one journal batch durable")
                .publishPercentileHistogram().register(registry);
        batchSize = DistributionSummary.builder("tomoni.journal.batch.size")
                .description("Commands written by one journal commit").publishPercentileHistogram().register(registry);
        flushFailures = Counter.builder("tomoni.journal.flush.failures").register(registry);
        bidLatency = Timer.builder("tomoni.bid.latency")
                .description("From a bid's receipt by the engine to its durable, applied acknowledgement")
                .publishPercentileHistogram().register(registry);
        commandLatency = Timer.builder("tomoni.command.latency")
                .description("From any other command's receipt to its durable, applied acknowledgement")
                .register(registry);
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
        boolean bid = command instanceof EngineCommand.SubmitClockBid || command instanceof EngineCommand.SubmitReverseBid;
        (bid ? bidLatency : commandLatency).record(nanos, TimeUnit.NANOSECONDS);
    }
}
