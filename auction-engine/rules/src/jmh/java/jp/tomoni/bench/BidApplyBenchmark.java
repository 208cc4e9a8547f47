package jp.tomoni.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import jp.tomoni.core.EventSink;
import jp.tomoni.core.clock.ClockAuction;
import jp.tomoni.core.clock.ClockCommand;
import jp.tomoni.core.clock.ClockCommand.Bid;
import jp.tomoni.core.clock.ClockEvent;
import jp.tomoni.core.clock.ClockEvent.BidAccepted;
import jp.tomoni.core.clock.ClockEvent.BidRejected;
import jp.tomoni.core.clock.ReferenceClockAuction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bid validation and application on one thread: each operation is one CLOCK bid of {@link BidStream}'s mix,
 * checked against every rule and, when accepted, applied to the auction's state. {@code core} runs it through
 * the optimised {@link ClockAuction}, {@code reference} through the plain {@link ReferenceClockAuction}. The
 * setup sends the whole stream once through both and fails unless they emit the same events.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class BidApplyBenchmark {

    private static final int MASK = BidStream.LENGTH - 1;

    private final LastEvent sink = new LastEvent();
    private Bid[] bids;
    private ClockAuction core;
    private ReferenceClockAuction reference;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        bids = BidStream.bids();
        core = new ClockAuction(BidStream.PARAMETERS, BidStream.roster(), BidStream.SEED);
        reference = new ReferenceClockAuction(BidStream.PARAMETERS, BidStream.roster(), BidStream.SEED);
        for (ClockCommand command : BidStream.toRoundTwo()) {
            core.process(command, EventSink.ignore());
            reference.process(command);
        }
        Map<String, Integer> mix = new TreeMap<>();
        Set<String> bidSoFar = new HashSet<>();
        for (Bid bid : bids) {
            core.process(bid, sink);
            if (!reference.process(bid).equals(List.of(sink.last))) {
                throw new IllegalStateException("core and reference disagree on " + bid);
            }
            String kind = sink.last instanceof BidRejected rejected ? rejected.reason().name()
                    : bidSoFar.add(((BidAccepted) sink.last).bidder()) ? "accepted first bid" : "accepted re-bid";
            mix.merge(kind, 1, Integer::sum);
        }
        System.out.println("Bid stream of " + bids.length + " bids, first pass: " + mix);
    }

    /** One bid validated and applied by the optimised core; the event it caused is returned to JMH. */
    @Benchmark
    public ClockEvent core() {
        core.process(bids[next++ & MASK], sink);
        return sink.last;
    }

    /** The same bid through the reference implementation. */
    @Benchmark
    public List<ClockEvent> reference() {
        return reference.process(bids[next++ & MASK]);
    }
}
