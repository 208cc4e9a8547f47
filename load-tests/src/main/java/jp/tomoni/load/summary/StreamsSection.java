package jp.tomoni.load.summary;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code streams}: many retailers holding event streams through one gateway during a live auction. The
 * rounds' delivery to every retailer ({@link RoundDeliveries}); the streams open when the auction started
 * (the gauges {@code tomoni_gateway_stream_subscribers} and {@code tomoni_stream_subscribers{stream="bidder"}});
 * how long the streams took to open, the auction ran and the whole case took, by the gateway's uptime
 * ({@code seconds}: {@code opening}, {@code auction}, {@code whole}; over 60 s in all, the gateway's caches of
 * keys and formats expired during it); each service's CPU from the auction's start to the end (seconds, and
 * average cores over the window's seconds); and each service's heap in use
 * ({@code jvm_memory_used_bytes{area="heap"}}, summed over the pools, in MiB): before the streams opened
 * ({@code idle}), when the auction started, at the end, and the most of those and of the samples taken in
 * between ({@code metrics/streams-heap.tsv}, lines {@code epochMillis app bytes}).
 */
final class StreamsSection {

    private static final double MIB = 1024 * 1024;
    private static final String HEAP = "jvm_memory_used_bytes";

    /**
     * What the streams run left.
     *
     * @param deliveries  the rounds' deliveries, or {@code null}
     * @param window      the metrics at the auction's start and at the end
     * @param engineIdle  the engine's metrics before the streams opened
     * @param gatewayIdle the gateway's, then
     * @param heapSamples the heap samples' text, or {@code null}
     */
    record Inputs(RoundDeliveries deliveries, SummarySections.Scrapes window, PrometheusScrape engineIdle,
                  PrometheusScrape gatewayIdle, String heapSamples) {
    }

    private StreamsSection() {
    }

    /** The section. */
    static ObjectNode of(Inputs in) {
        ObjectNode n = in.deliveries() == null ? SummarySections.JSON.createObjectNode() : in.deliveries().figures();
        SummarySections.Scrapes w = in.window();
        ObjectNode open = n.putObject("streamsOpenAtStart");
        open.put("gateway", whole(w.gatewayBefore().sum("tomoni_gateway_stream_subscribers")));
        open.put("engine", whole(w.engineBefore().sumWhere("tomoni_stream_subscribers", "stream", "bidder")));
        ObjectNode timeline = n.putObject("seconds");
        timeline.put("opening", SummarySections.round(CpuCost.seconds(in.gatewayIdle(), w.gatewayBefore()), 1));
        timeline.put("auction", SummarySections.round(CpuCost.seconds(w.gatewayBefore(), w.gatewayAfter()), 1));
        timeline.put("whole", SummarySections.round(CpuCost.seconds(in.gatewayIdle(), w.gatewayAfter()), 1));
        ObjectNode cpu = n.putObject("cpu");
        cpu.set("engine", cpu(w.engineBefore(), w.engineAfter()));
        cpu.set("gateway", cpu(w.gatewayBefore(), w.gatewayAfter()));
        Map<String, Long> most = maxHeap(in.heapSamples());
        ObjectNode heap = n.putObject("heapMiB");
        heap.set("engine", heap(in.engineIdle(), w.engineBefore(), w.engineAfter(), most.get("engine")));
        heap.set("gateway", heap(in.gatewayIdle(), w.gatewayBefore(), w.gatewayAfter(), most.get("gateway")));
        n.put("source", "streams-deliveries.tsv (receive times on the load generator, opensAt from the engine);"
                + " both services' /actuator/prometheus before the streams opened, when the auction started and at"
                + " the end, and their heap sampled in between");
        return n;
    }

    private static ObjectNode cpu(PrometheusScrape before, PrometheusScrape after) {
        Double millis = CpuCost.cpuMillis(before, after);
        return SummarySections.JSON.createObjectNode()
                .put("seconds", SummarySections.round(millis == null ? null : millis / 1000, 2))
                .put("windowSeconds", SummarySections.round(CpuCost.seconds(before, after), 1))
                .put("cores", SummarySections.round(CpuCost.cores(before, after), 2));
    }

    private static ObjectNode heap(PrometheusScrape idle, PrometheusScrape start, PrometheusScrape end, Long sampled) {
        Double atIdle = heap(idle);
        Double atStart = heap(start);
        Double atEnd = heap(end);
        Double max = sampled == null ? null : sampled.doubleValue();
        for (Double v : new Double[] {atIdle, atStart, atEnd}) {
            if (v != null && (max == null || v > max)) {
                max = v;
            }
        }
        return SummarySections.JSON.createObjectNode().put("idle", mib(atIdle)).put("atStart", mib(atStart))
                .put("atEnd", mib(atEnd)).put("max", mib(max));
    }

    private static Double heap(PrometheusScrape scrape) {
        return scrape.sumWhere(HEAP, "area", "heap");
    }

    /** The most heap bytes sampled for each application, from lines {@code epochMillis app bytes}. */
    static Map<String, Long> maxHeap(String samples) {
        Map<String, Long> most = new HashMap<>();
        if (samples == null) {
            return most;
        }
        for (String line : samples.split("\n")) {
            String[] f = line.strip().split("\t");
            if (f.length == 3 && f[2].matches("\\d+")) {
                most.merge(f[1], Long.parseLong(f[2]), Math::max);
            }
        }
        return most;
    }

    private static Double mib(Double bytes) {
        return bytes == null ? null : SummarySections.round(bytes / MIB, 1);
    }

    private static Long whole(Double value) {
        return SummarySections.whole(value);
    }
}
