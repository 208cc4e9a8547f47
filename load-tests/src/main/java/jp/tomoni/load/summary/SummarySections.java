package jp.tomoni.load.summary;

import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The summary's sections computed from the measurements: the engine's JMH figures, the HTTP rates and
 * latencies from Gatling, and the journal's and the applications' own metrics between two scrapes.
 * The CPU figures are in {@link CpuCost}, the streams case in {@link StreamsSection}.
 */
final class SummarySections {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String BID_APPLY = "jp.tomoni.bench.BidApplyBenchmark";
    static final String CLEARING = "jp.tomoni.bench.RoundClearingBenchmark";

    private SummarySections() {
    }

    /** {@code engine}: bid operations per second (core and reference), clearing 10,000 bidders, every case. */
    static ObjectNode engine(JmhResults jmh, String status) {
        ObjectNode engine = JSON.createObjectNode();
        engine.put("jmh", status);
        Double core = jmh == null ? null : jmh.score(BID_APPLY + ".core", Map.of());
        Double reference = jmh == null ? null : jmh.score(BID_APPLY + ".reference", Map.of());
        Double clear = jmh == null ? null : jmh.score(CLEARING + ".core", Map.of("bidders", "10000"));
        engine.put("bidOpsPerSec", whole(core));
        engine.put("referenceBidOpsPerSec", whole(reference));
        engine.put("clearMicros10kBidders", round(clear, 3));
        ObjectNode speedups = engine.putObject("coreToReference");
        ArrayNode cases = engine.putArray("cases");
        if (jmh != null) {
            jmh.coreSpeedups().forEach((label, speedup) -> speedups.put(label, round(speedup, 2)));
            for (JmhResults.Case c : jmh.cases()) {
                ObjectNode n = cases.addObject().put("case", JmhResults.label(c)).put("mode", c.mode())
                        .put("score", round(c.score(), 3)).put("unit", c.unit());
                n.put("error", round(c.error(), 3));
            }
        }
        return engine;
    }

    /**
     * {@code http}: the trivial and the durable rates over their measured seconds, the durable bids'
     * percentiles at full load and at half load, and each run's figures.
     */
    static ObjectNode http(Map<String, GatlingReport.RequestStats> trivial, Map<String, GatlingReport.RequestStats> max,
                           Map<String, GatlingReport.RequestStats> half, Measured measured) {
        GatlingReport.RequestStats ping = trivial == null ? null : trivial.get("ping");
        GatlingReport.RequestStats bid = max == null ? null : max.get("bid");
        GatlingReport.RequestStats halfBid = half == null ? null : half.get("bid");
        Double trivialRps = ping == null ? null : ping.ok() / (double) measured.trivialSeconds();
        Double durableRps = bid == null ? null : bid.ok() / (double) measured.durableSeconds();
        ObjectNode http = JSON.createObjectNode();
        http.put("trivialRps", round(trivialRps, 1));
        http.put("durableBidRps", round(durableRps, 1));
        http.put("durableToTrivialRatio", trivialRps == null || durableRps == null || trivialRps == 0 ? null
                : round(durableRps / trivialRps, 3));
        http.put("p50Ms", bid == null ? null : bid.p50Ms());
        http.put("p99Ms", bid == null ? null : bid.p99Ms());
        http.put("p99MsAtHalfLoad", halfBid == null ? null : halfBid.p99Ms());
        http.put("p50MsAtHalfLoad", halfBid == null ? null : halfBid.p50Ms());
        http.put("halfLoadRps", measured.halfRate() > 0 ? measured.halfRate() : null);
        http.put("halfLoadAchievedRps", halfBid == null ? null
                : round(halfBid.ok() / (double) measured.halfSeconds(), 1));
        http.put("trivialP50Ms", ping == null ? null : ping.p50Ms());
        http.put("trivialP99Ms", ping == null ? null : ping.p99Ms());
        http.put("model", "trivial and durable at full load: a closed model of " + measured.trivialUsers() + " and "
                + measured.durableUsers() + " users, each sending its next request when the last is answered, "
                + measured.trivialSeconds() + " and " + measured.durableSeconds() + " s measured after a warm-up;"
                + " half load: an open model at half the durable rate for " + measured.halfSeconds() + " s;"
                + " rates are successful requests over the measured seconds, percentiles Gatling's (whole ms)");
        http.put("rateLimits", measured.rateLimits());
        http.set("runs", runs(Map.of("trivial", nonNull(trivial), "durableMax", nonNull(max),
                "durableHalf", nonNull(half))));
        return http;
    }

    /** Every request name of every run with its counts and percentiles. */
    static ObjectNode runs(Map<String, Map<String, GatlingReport.RequestStats>> runs) {
        ObjectNode all = JSON.createObjectNode();
        new TreeMap<>(runs).forEach((run, rows) -> {
            if (rows.isEmpty()) {
                all.putNull(run);
                return;
            }
            ObjectNode requests = all.putObject(run);
            rows.forEach((name, s) -> requests.putObject(name).put("count", s.total()).put("failed", s.ko())
                    .put("p50Ms", s.p50Ms()).put("p75Ms", s.p75Ms()).put("p95Ms", s.p95Ms()).put("p99Ms", s.p99Ms())
                    .put("maxMs", s.maxMs()).put("meanMs", s.meanMs()));
        });
        return all;
    }

    /** {@code journal}: commands per flush in each run, and the database's durability settings. */
    static ObjectNode journal(Map<String, Scrapes> phases) {
        ObjectNode journal = JSON.createObjectNode();
        journal.put("commandsPerFlush", commandsPerFlush(phases.get("durable-max")));
        journal.put("commandsPerFlushAtHalfLoad", commandsPerFlush(phases.get("durable-half")));
        journal.put("commandsPerFlushLive", commandsPerFlush(phases.get("live")));
        String fsync = null;
        String synchronousCommit = null;
        for (Scrapes s : phases.values()) {
            for (PrometheusScrape.Sample sample : s.engineAfter().samples("tomoni_journal_settings")) {
                if (sample.value() == 1) {
                    fsync = sample.labels().get("fsync");
                    synchronousCommit = sample.labels().get("synchronous_commit");
                }
            }
        }
        journal.put("fsync", fsync);
        journal.put("synchronousCommit", synchronousCommit);
        journal.put("source", "engine /actuator/prometheus before and after each run: growth of"
                + " tomoni_journal_batch_size_sum over tomoni_journal_batch_size_count; the gauge"
                + " tomoni_journal_settings{fsync,synchronous_commit}; null where the engine does not expose them");
        return journal;
    }

    private static Double commandsPerFlush(Scrapes s) {
        return s == null ? null : round(PrometheusScrape.mean(s.engineBefore(), s.engineAfter(),
                "tomoni_journal_batch_size"), 1);
    }

    /**
     * Where a durable bid's time goes in a run, from both applications' own metrics: time in the gateway's HTTP
     * layer, from the bid's arrival at the gateway to its answer (which includes the gRPC call to the engine),
     * in the engine's pipeline (receipt to durable acknowledgement) and in journal flushes. The CPU a bid costs
     * is in {@link CpuCost}.
     */
    static ObjectNode breakdown(Scrapes s) {
        ObjectNode n = JSON.createObjectNode();
        if (s == null) {
            return n;
        }
        n.put("bids", PrometheusScrape.delta(s.engineBefore(), s.engineAfter(), "tomoni_bid_latency_seconds_count"));
        n.put("gatewayHttpBidMeanMs", millis(PrometheusScrape.meanWhere(s.gatewayBefore(), s.gatewayAfter(),
                "http_server_requests_seconds", "uri", "/api/v1/auctions/{id}/bids")));
        n.put("gatewayBidMeanMs", millis(PrometheusScrape.mean(s.gatewayBefore(), s.gatewayAfter(),
                "tomoni_gateway_bid_latency_seconds")));
        n.put("gatewayBidP99MsUpperBound", millis(Histograms.quantile(s.gatewayBefore(), s.gatewayAfter(),
                "tomoni_gateway_bid_latency_seconds", 0.99)));
        n.put("engineBidMeanMs", millis(PrometheusScrape.mean(s.engineBefore(), s.engineAfter(),
                "tomoni_bid_latency_seconds")));
        n.put("engineBidP99MsUpperBound", millis(Histograms.quantile(s.engineBefore(), s.engineAfter(),
                "tomoni_bid_latency_seconds", 0.99)));
        n.put("journalFlushMeanMs", millis(PrometheusScrape.mean(s.engineBefore(), s.engineAfter(),
                "tomoni_journal_flush_seconds")));
        n.put("journalFlushP99MsUpperBound", millis(Histograms.quantile(s.engineBefore(), s.engineAfter(),
                "tomoni_journal_flush_seconds", 0.99)));
        n.put("journalFlushes", PrometheusScrape.delta(s.engineBefore(), s.engineAfter(),
                "tomoni_journal_flush_seconds_count"));
        return n;
    }

    /**
     * The measured runs' settings.
     *
     * @param trivialSeconds measured seconds of the trivial run
     * @param durableSeconds measured seconds of the durable run at full load
     * @param halfSeconds    measured seconds of the durable run at half load
     * @param trivialUsers   users of the trivial run
     * @param durableUsers   users of the durable run at full load
     * @param halfRate       bids a second of the half-load run (0 when it did not run)
     * @param rateLimits     how the gateway's rate limits were set
     */
    record Measured(int trivialSeconds, int durableSeconds, int halfSeconds, int trivialUsers, int durableUsers,
                    int halfRate, String rateLimits) {
    }

    /**
     * Both applications' metrics before and after one run.
     *
     * @param engineBefore  the engine's, before
     * @param engineAfter   the engine's, after
     * @param gatewayBefore the gateway's, before
     * @param gatewayAfter  the gateway's, after
     */
    record Scrapes(PrometheusScrape engineBefore, PrometheusScrape engineAfter, PrometheusScrape gatewayBefore,
                   PrometheusScrape gatewayAfter) {
    }

    static Long whole(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? null : Math.round(value);
    }

    static Double round(Double value, int decimals) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return null;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    private static Double millis(Double seconds) {
        return seconds == null ? null : round(seconds * 1000, 2);
    }

    private static Map<String, GatlingReport.RequestStats> nonNull(Map<String, GatlingReport.RequestStats> rows) {
        return rows == null ? Map.of() : rows;
    }
}
