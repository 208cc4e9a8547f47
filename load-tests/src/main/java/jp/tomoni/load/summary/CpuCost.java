package jp.tomoni.load.summary;

import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code cpu}: what a request costs each service in CPU time, over each run's measured window. A service's CPU
 * time is the growth of its {@code process_cpu_time_ns_total} (user and system time of the whole process, as
 * {@code /proc/PID/stat} has it) between the scrapes at the window's start and end; the window's length is the
 * growth of its {@code process_uptime_seconds}. The trivial run's cost is the gateway's CPU per ping (pings
 * counted by the gateway's {@code http_server_requests_seconds_count{uri="/api/v1/ping"}}); a bid's is each
 * service's CPU over the bids the engine completed in the window ({@code tomoni_bid_latency_seconds_count}:
 * received, made durable and applied). Every per-bid figure is also given in pings, divided by the gateway's
 * CPU per ping of the same bench, so that it compares across machines. A figure that cannot be had is
 * {@code null}.
 */
final class CpuCost {

    static final String CPU = "process_cpu_time_ns_total";
    static final String UPTIME = "process_uptime_seconds";
    static final String PING_URI = "/api/v1/ping";
    static final String BIDS = "tomoni_bid_latency_seconds_count";

    private CpuCost() {
    }

    /** The section from the scrapes of the runs {@code trivial}, {@code durable-max}, {@code durable-half}, {@code live}. */
    static ObjectNode of(Map<String, SummarySections.Scrapes> phases) {
        ObjectNode cpu = SummarySections.JSON.createObjectNode();
        SummarySections.Scrapes trivial = phases.get("trivial");
        Double pings = trivial == null || !trivial.gatewayBefore().has(UPTIME) ? null
                : growthWhere(trivial.gatewayBefore(), trivial.gatewayAfter(), "http_server_requests_seconds_count",
                "uri", PING_URI);
        Double perPing = perRequest(trivial == null ? null : cpuMillis(trivial.gatewayBefore(), trivial.gatewayAfter()),
                pings);
        cpu.put("pings", pings);
        cpu.put("gatewayMsPerPing", SummarySections.round(perPing, 4));
        cpu.set("durableMax", perBid(phases.get("durable-max"), perPing));
        cpu.set("durableHalf", perBid(phases.get("durable-half"), perPing));
        cpu.set("live", perBid(phases.get("live"), perPing));
        cpu.put("source", "process_cpu_time_ns_total of each service between the scrapes at the start and the end"
                + " of each run's measured window, over the pings the gateway answered (trivial run) or the bids the"
                + " engine completed (tomoni_bid_latency_seconds_count); in pings: divided by gatewayMsPerPing;"
                + " cores: CPU seconds over the window's seconds (process_uptime_seconds)");
        return cpu;
    }

    /** One run's CPU per bid in each service, in milliseconds and in pings, and each service's average cores. */
    static ObjectNode perBid(SummarySections.Scrapes s, Double msPerPing) {
        ObjectNode n = SummarySections.JSON.createObjectNode();
        if (s == null) {
            return n;
        }
        Double bids = s.engineBefore().has(BIDS) ? PrometheusScrape.delta(s.engineBefore(), s.engineAfter(), BIDS) : null;
        Double engine = perRequest(cpuMillis(s.engineBefore(), s.engineAfter()), bids);
        Double gateway = perRequest(cpuMillis(s.gatewayBefore(), s.gatewayAfter()), bids);
        n.put("bids", bids);
        n.put("engineMsPerBid", SummarySections.round(engine, 4));
        n.put("gatewayMsPerBid", SummarySections.round(gateway, 4));
        n.put("enginePingsPerBid", SummarySections.round(ratio(engine, msPerPing), 2));
        n.put("gatewayPingsPerBid", SummarySections.round(ratio(gateway, msPerPing), 2));
        n.put("engineCores", SummarySections.round(cores(s.engineBefore(), s.engineAfter()), 2));
        n.put("gatewayCores", SummarySections.round(cores(s.gatewayBefore(), s.gatewayAfter()), 2));
        return n;
    }

    /** CPU milliseconds the process spent between two of its scrapes, or {@code null}. */
    static Double cpuMillis(PrometheusScrape before, PrometheusScrape after) {
        Double nanos = before.has(CPU) ? PrometheusScrape.delta(before, after, CPU) : null;
        return nanos == null ? null : nanos / 1e6;
    }

    /** Seconds between two scrapes of one process, by its uptime, or {@code null}. */
    static Double seconds(PrometheusScrape before, PrometheusScrape after) {
        Double start = before.sum(UPTIME);
        Double end = after.sum(UPTIME);
        return start == null || end == null || end <= start ? null : end - start;
    }

    /** The average number of cores the process used between two of its scrapes, or {@code null}. */
    static Double cores(PrometheusScrape before, PrometheusScrape after) {
        Double cpu = cpuMillis(before, after);
        Double seconds = seconds(before, after);
        return cpu == null || seconds == null ? null : cpu / 1000 / seconds;
    }

    private static Double growthWhere(PrometheusScrape before, PrometheusScrape after, String name, String label,
                                      String value) {
        Double end = after.sumWhere(name, label, value);
        if (end == null) {
            return null;
        }
        Double start = before.sumWhere(name, label, value);
        return end - (start == null ? 0 : start);
    }

    private static Double perRequest(Double millis, Double requests) {
        return millis == null || requests == null || requests <= 0 ? null : millis / requests;
    }

    private static Double ratio(Double value, Double unit) {
        return value == null || unit == null || unit <= 0 ? null : value / unit;
    }
}
