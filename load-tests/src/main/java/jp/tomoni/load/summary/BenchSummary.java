package jp.tomoni.load.summary;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@code load-tests/target/bench-summary.json} from what the bench left in its run folder:
 *
 * <pre>
 * settings.properties              the runs' settings (seconds, users, half rate, rate limits, jmh status,
 *                                  the engine's JVM options)
 * steps.tsv                        name, status (ok, failed, skipped), seconds: one line per step
 * reports/PHASE.path               the Gatling report folder of each run (trivial, durable-max, durable-half,
 *                                  live, streams)
 * metrics/PHASE-WHEN-APP.prom      /actuator/prometheus of engine and gateway at the start and the end of each
 *                                  run's measured window (saved by the simulations, see MetricsWindow); for the
 *                                  streams run also streams-idle-APP.prom, before the streams opened
 * metrics/streams-heap.tsv         both applications' heap sampled during the streams run
 * loadavg/PHASE-WHEN.txt           /proc/loadavg before and after each run
 * live-auction.json                what the officer saw of the live auction at its end
 * streams-deliveries.tsv           when each round's opening reached each retailer in the streams run
 * streams-auction.json             what the officer saw of the streams run's auction at its end
 * </pre>
 *
 * and the JMH results file. Anything missing is {@code null} in the summary, never a guess.
 *
 * <p>Usage: {@code BenchSummary RUN_DIR JMH_JSON_OR_- OUT_FILE}.
 */
public final class BenchSummary {

    static final List<String> PHASES = List.of("trivial", "durable-max", "durable-half", "live", "streams");

    private final Path runDir;
    private final Properties settings = new Properties();
    private final ArrayNode problems = SummarySections.JSON.createArrayNode();

    BenchSummary(Path runDir) throws IOException {
        this.runDir = runDir;
        Path file = runDir.resolve("settings.properties");
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                settings.load(in);
            }
        }
    }

    /** Writes the summary; exits 2 on wrong usage. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: BenchSummary RUN_DIR JMH_JSON_OR_- OUT_FILE");
            System.exit(2);
        }
        Path jmh = "-".equals(args[1]) ? null : Path.of(args[1]);
        ObjectNode summary = new BenchSummary(Path.of(args[0])).build(jmh);
        Path out = Path.of(args[2]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, SummarySections.JSON.writer(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(summary) + "\n", StandardCharsets.UTF_8);
        System.out.println("bench: wrote " + out);
        digest(summary).forEach(line -> System.out.println("bench: " + line));
    }

    /** The headline figures, one line each, and every target with whether it was met. */
    static List<String> digest(ObjectNode summary) {
        JsonNode e = summary.get("engine");
        JsonNode h = summary.get("http");
        JsonNode j = summary.get("journal");
        List<String> lines = new ArrayList<>();
        lines.add("engine: " + e.get("bidOpsPerSec") + " bid ops/s (reference " + e.get("referenceBidOpsPerSec")
                + "), clearing 10,000 bidders " + e.get("clearMicros10kBidders") + " us (JMH " + e.get("jmh").asString() + ")");
        lines.add("http: trivial " + h.get("trivialRps") + " rps, durable bids " + h.get("durableBidRps") + " rps (ratio "
                + h.get("durableToTrivialRatio") + "), p50 " + h.get("p50Ms") + " ms, p99 " + h.get("p99Ms")
                + " ms; at half load (" + h.get("halfLoadRps") + " rps) p99 " + h.get("p99MsAtHalfLoad") + " ms");
        lines.add("journal: " + j.get("commandsPerFlush") + " commands per flush, fsync " + j.get("fsync")
                + ", synchronous_commit " + j.get("synchronousCommit"));
        JsonNode c = summary.get("cpu");
        JsonNode d = c.get("durableMax");
        lines.add("cpu: gateway " + c.get("gatewayMsPerPing") + " ms per ping; per durable bid engine "
                + d.get("engineMsPerBid") + " ms (" + d.get("enginePingsPerBid") + " pings), gateway "
                + d.get("gatewayMsPerBid") + " ms (" + d.get("gatewayPingsPerBid") + " pings)");
        JsonNode l = summary.get("live");
        lines.add("live: steady bids p50 " + l.get("steadyP50Ms") + " ms, p99 " + l.get("steadyP99Ms")
                + " ms; burst bids p50 " + l.get("burstP50Ms") + " ms, p99 " + l.get("burstP99Ms") + " ms");
        JsonNode s = summary.get("streams");
        JsonNode last = s.path("openToLastRetailerMs");
        lines.add("streams: " + s.path("retailers") + " retailers, " + s.path("roundsOpened") + " rounds; opening to"
                + " the last retailer p50 " + last.path("p50Ms") + " ms, p99 " + last.path("p99Ms") + " ms; cores engine "
                + s.path("cpu").path("engine").path("cores") + ", gateway " + s.path("cpu").path("gateway").path("cores")
                + "; heap max MiB engine " + s.path("heapMiB").path("engine").path("max") + ", gateway "
                + s.path("heapMiB").path("gateway").path("max"));
        summary.get("targets").forEach(t -> lines.add((t.get("met").isNull() ? "not measured" : t.get("met").asBoolean()
                ? "met" : "MISSED") + ": " + t.get("target").asString() + " (" + t.get("value") + ")"));
        summary.get("problems").forEach(p -> lines.add("problem: " + p.asString()));
        return lines;
    }

    /** The whole summary. */
    ObjectNode build(Path jmhFile) throws IOException {
        JmhResults jmh = null;
        if (jmhFile != null && Files.isRegularFile(jmhFile)) {
            try {
                jmh = JmhResults.read(jmhFile);
            } catch (RuntimeException e) {
                problem("the JMH results " + jmhFile + " cannot be read: " + e.getMessage());
            }
        }
        Map<String, Map<String, GatlingReport.RequestStats>> runs = new LinkedHashMap<>();
        Map<String, SummarySections.Scrapes> scrapes = new LinkedHashMap<>();
        for (String phase : PHASES) {
            runs.put(phase, report(phase));
            scrapes.put(phase, scrapes(phase));
        }
        ObjectNode summary = SummarySections.JSON.createObjectNode();
        ObjectNode engine = SummarySections.engine(jmh, settings.getProperty("jmh", jmhFile == null ? "skipped" : "ran"));
        summary.set("engine", engine);
        SummarySections.Measured measured = new SummarySections.Measured(number("trivialSeconds"),
                number("durableSeconds"), number("halfSeconds"), number("trivialUsers"), number("durableUsers"),
                number("halfRate"), settings.getProperty("rateLimits"));
        ObjectNode http = SummarySections.http(runs.get("trivial"), runs.get("durable-max"), runs.get("durable-half"),
                measured);
        summary.set("http", http);
        ObjectNode journal = SummarySections.journal(scrapes);
        summary.set("journal", journal);
        ObjectNode breakdown = summary.putObject("whereTheTimeGoes");
        breakdown.set("durableMax", SummarySections.breakdown(scrapes.get("durable-max")));
        breakdown.set("durableHalf", SummarySections.breakdown(scrapes.get("durable-half")));
        breakdown.set("live", SummarySections.breakdown(scrapes.get("live")));
        summary.set("cpu", CpuCost.of(scrapes));
        summary.set("live", live(runs.get("live")));
        summary.set("streams", streams(scrapes.get("streams"), runs.get("streams")));
        summary.set("targets", Targets.of(summary));
        ObjectNode machine = Machine.describe(runDir.resolve("loadavg"), PHASES);
        machine.put("engineJavaOptions", settings.getProperty("engineJavaOptions", ""));
        summary.set("machine", machine);
        ObjectNode reports = summary.putObject("reports");
        for (String phase : PHASES) {
            reports.put(phase, reportPath(phase));
        }
        summary.set("steps", steps());
        summary.set("problems", problems);
        return summary;
    }

    private ObjectNode live(Map<String, GatlingReport.RequestStats> rows) throws IOException {
        ObjectNode live = SummarySections.JSON.createObjectNode();
        Path auction = runDir.resolve("live-auction.json");
        live.set("auction", Files.isRegularFile(auction) ? SummarySections.JSON.readTree(auction.toFile()) : null);
        GatlingReport.RequestStats all = rows == null ? null : rows.get(GatlingReport.ALL);
        live.put("requests", all == null ? null : all.total());
        live.put("failedRequests", all == null ? null : all.ko());
        GatlingReport.RequestStats steady = rows == null ? null : rows.get("bid (steady)");
        GatlingReport.RequestStats burst = rows == null ? null : rows.get("bid (burst)");
        live.put("steadyP50Ms", steady == null ? null : steady.p50Ms());
        live.put("steadyP99Ms", steady == null ? null : steady.p99Ms());
        live.put("burstP50Ms", burst == null ? null : burst.p50Ms());
        live.put("burstP99Ms", burst == null ? null : burst.p99Ms());
        live.set("byName", SummarySections.runs(Map.of("live", rows == null ? Map.of() : rows)).get("live"));
        return live;
    }

    private ObjectNode streams(SummarySections.Scrapes window, Map<String, GatlingReport.RequestStats> rows)
            throws IOException {
        RoundDeliveries deliveries = null;
        try {
            deliveries = RoundDeliveries.read(runDir.resolve("streams-deliveries.tsv"));
        } catch (RuntimeException e) {
            problem("the streams run's deliveries cannot be read: " + e.getMessage());
        }
        Path metrics = runDir.resolve("metrics");
        Path heap = metrics.resolve("streams-heap.tsv");
        ObjectNode streams = StreamsSection.of(new StreamsSection.Inputs(deliveries, window,
                PrometheusScrape.read(metrics.resolve("streams-idle-engine.prom")),
                PrometheusScrape.read(metrics.resolve("streams-idle-gateway.prom")),
                Files.isRegularFile(heap) ? Files.readString(heap, StandardCharsets.UTF_8) : null));
        if (streams.path("missedDeliveries").asLong(0) > 0) {
            problem("streams: " + streams.get("missedDeliveries") + " round openings never reached their retailer");
        }
        Path auction = runDir.resolve("streams-auction.json");
        streams.set("auction", Files.isRegularFile(auction) ? SummarySections.JSON.readTree(auction.toFile()) : null);
        streams.set("byName", SummarySections.runs(Map.of("streams", rows == null ? Map.of() : rows)).get("streams"));
        return streams;
    }

    private Map<String, GatlingReport.RequestStats> report(String phase) throws IOException {
        String path = reportPath(phase);
        if (path == null) {
            return null;
        }
        try {
            return GatlingReport.read(Path.of(path));
        } catch (IOException | RuntimeException e) {
            problem("the Gatling report of " + phase + " (" + path + ") cannot be read: " + e.getMessage());
            return null;
        }
    }

    private String reportPath(String phase) throws IOException {
        Path file = runDir.resolve("reports").resolve(phase + ".path");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String path = Files.readString(file, StandardCharsets.UTF_8).strip();
        return path.isEmpty() ? null : path;
    }

    private SummarySections.Scrapes scrapes(String phase) throws IOException {
        Path metrics = runDir.resolve("metrics");
        return new SummarySections.Scrapes(PrometheusScrape.read(metrics.resolve(phase + "-before-engine.prom")),
                PrometheusScrape.read(metrics.resolve(phase + "-after-engine.prom")),
                PrometheusScrape.read(metrics.resolve(phase + "-before-gateway.prom")),
                PrometheusScrape.read(metrics.resolve(phase + "-after-gateway.prom")));
    }

    private ArrayNode steps() throws IOException {
        ArrayNode steps = SummarySections.JSON.createArrayNode();
        Path file = runDir.resolve("steps.tsv");
        if (!Files.isRegularFile(file)) {
            return steps;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length >= 3) {
                steps.addObject().put("step", f[0]).put("status", f[1]).put("seconds", Long.parseLong(f[2].strip()));
                if ("failed".equals(f[1])) {
                    problem("step " + f[0] + " failed (see load-tests/target/bench/" + f[0] + ".log)");
                }
            }
        }
        return steps;
    }

    private int number(String key) {
        String value = settings.getProperty(key);
        return value == null || value.isBlank() ? 0 : Integer.parseInt(value.strip());
    }

    private void problem(String text) {
        problems.add(text);
    }
}
