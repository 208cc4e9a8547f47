package jp.tomoni.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.tomoni.core.clock.ClockAuction;
import jp.tomoni.core.clock.ClockEvent;
import jp.tomoni.core.clock.ReferenceClockAuction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Closing a CLOCK round that must clear, with 10 to 10,000 bidders ({@link ClearingWorkload}): total the
 * supply, order the reductions by exit price, draw the deciding tie group by SHA-256, fill the shortfall and
 * build the result. Each operation is one close of a freshly built auction; the rebuild runs in a
 * per-invocation setup, outside the measured time. The trial setup closes once in both implementations and
 * fails unless they emit the same events.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class RoundClearingBenchmark {

    /** An optimised auction with round 2 open, rebuilt before every close. */
    @State(Scope.Thread)
    public static class CoreAuction {

        @Param({"10", "100", "1000", "10000"})
        public int bidders;

        final LastEvent sink = new LastEvent();
        ClearingWorkload workload;
        ClockAuction auction;

        @Setup(Level.Trial)
        public void prepare() {
            workload = new ClearingWorkload(bidders);
            System.out.println(workload.check());
        }

        @Setup(Level.Invocation)
        public void rebuild() {
            auction = workload.core();
        }
    }

    /** A reference auction with round 2 open, rebuilt before every close. */
    @State(Scope.Thread)
    public static class ReferenceAuction {

        @Param({"10", "100", "1000", "10000"})
        public int bidders;

        ClearingWorkload workload;
        ReferenceClockAuction auction;

        @Setup(Level.Trial)
        public void prepare() {
            workload = new ClearingWorkload(bidders);
            System.out.println(workload.check());
        }

        @Setup(Level.Invocation)
        public void rebuild() {
            auction = workload.reference();
        }
    }

    /** One round close and clearing by the optimised core; the last event (the result) goes to JMH. */
    @Benchmark
    public ClockEvent core(CoreAuction state) {
        state.auction.process(state.workload.close, state.sink);
        return state.sink.last;
    }

    /** The same close through the reference implementation. */
    @Benchmark
    public List<ClockEvent> reference(ReferenceAuction state) {
        return state.auction.process(state.workload.close);
    }
}
