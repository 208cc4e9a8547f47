package jp.tomoni.load.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The summary from a run folder laid out as the bench leaves it, with a JMH result file, Gatling reports
 * (the sample report with its requests renamed) and scrapes of the engine's metrics.
 */
class BenchSummaryTest {

    @TempDir
    Path run;

    @Test
    void theSummaryCarriesEveryRequiredFigure() throws IOException, URISyntaxException {
        Path jmh = run.resolve("jmh.json");
        Files.writeString(jmh, JmhResultsTest.sample());
        report("trivial", GatlingReportTest.sample().replace(">bid (steady)<", ">ping<"));
        report("durable-max", GatlingReportTest.sample().replace(">bid (burst)<", ">bid<"));
        report("durable-half", GatlingReportTest.sample().replace(">bid (steady)<", ">bid<"));
        report("live", GatlingReportTest.sample());
        copy(RoundDeliveriesTest.sampleRun(), run);
        Files.createDirectories(run.resolve("metrics"));
        Files.writeString(run.resolve("metrics/durable-max-before-engine.prom"), PrometheusScrapeTest.BEFORE);
        Files.writeString(run.resolve("metrics/durable-max-after-engine.prom"), PrometheusScrapeTest.AFTER);
        Files.writeString(run.resolve("settings.properties"), "jmh=ran\ntrivialSeconds=10\ndurableSeconds=10\n"
                + "halfSeconds=20\ntrivialUsers=64\ndurableUsers=64\nhalfRate=9\nrateLimits=raised\n"
                + "engineJavaOptions=-XX:TieredStopAtLevel=1\n");
        Files.writeString(run.resolve("steps.tsv"), "build\tok\t90\ntrivial\tok\t40\nlive\tfailed\t12\n");

        ObjectNode summary = new BenchSummary(run).build(jmh);

        JsonNode engine = summary.get("engine");
        assertThat(engine.get("bidOpsPerSec").asDouble()).isEqualTo(12_345_678.0);
        assertThat(engine.get("referenceBidOpsPerSec").asDouble()).isEqualTo(1_234_568.0);
        assertThat(engine.get("clearMicros10kBidders").asDouble()).isEqualTo(412.345);
        assertThat(engine.get("coreToReference").get("BidApplyBenchmark.core").asDouble()).isEqualTo(10.0);
        assertThat(engine.get("cases")).hasSize(5);
        JsonNode http = summary.get("http");
        assertThat(http.get("trivialRps").asDouble()).isEqualTo(20.1); // 201 pings in 10 s
        assertThat(http.get("durableBidRps").asDouble()).isEqualTo(18.5); // 185 bids in 10 s
        assertThat(http.get("durableToTrivialRatio").asDouble()).isEqualTo(0.92);
        assertThat(http.get("p50Ms").asLong()).isEqualTo(1245);
        assertThat(http.get("p99Ms").asLong()).isEqualTo(3145);
        assertThat(http.get("p99MsAtHalfLoad").asLong()).isEqualTo(3078);
        assertThat(http.get("halfLoadAchievedRps").asDouble()).isEqualTo(10.1); // 201 bids in 20 s
        JsonNode journal = summary.get("journal");
        assertThat(journal.get("commandsPerFlush").asDouble()).isEqualTo(10.0);
        assertThat(journal.get("fsync").asString()).isEqualTo("on");
        assertThat(journal.get("synchronousCommit").asString()).isEqualTo("on");
        assertThat(journal.get("commandsPerFlushLive").isNull()).isTrue();
        JsonNode durable = summary.get("whereTheTimeGoes").get("durableMax");
        assertThat(durable.get("engineBidMeanMs").asDouble()).isEqualTo(10.0);
        assertThat(durable.get("engineBidP99MsUpperBound").isNull()).as("above the last finite bucket").isTrue();
        assertThat(durable.get("bids").asDouble()).isEqualTo(1100.0);
        JsonNode cpu = summary.get("cpu").get("durableMax");
        assertThat(cpu.get("engineMsPerBid").asDouble()).isEqualTo(2.0);
        assertThat(cpu.get("gatewayMsPerBid").isNull()).as("no gateway scrapes").isTrue();
        assertThat(cpu.get("enginePingsPerBid").isNull()).as("no trivial scrapes").isTrue();
        assertThat(summary.get("machine").get("engineJavaOptions").asString()).isEqualTo("-XX:TieredStopAtLevel=1");
        assertThat(summary.get("machine").get("cores").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(summary.get("machine").get("java").asString()).contains(System.getProperty("java.runtime.version"));
        assertThat(summary.get("targets")).extracting(t -> t.get("met").isNull() ? null : t.get("met").asBoolean())
                .containsExactly(true, true, true, false, true, null, null, false, false, false, false, true);
        JsonNode live = summary.get("live");
        assertThat(live.get("auction").isNull()).isTrue();
        assertThat(live.get("steadyP50Ms").asLong()).isEqualTo(441);
        assertThat(live.get("steadyP99Ms").asLong()).isEqualTo(3078);
        assertThat(live.get("burstP50Ms").asLong()).isEqualTo(1245);
        assertThat(live.get("burstP99Ms").asLong()).isEqualTo(3145);
        JsonNode streams = summary.get("streams");
        assertThat(streams.get("openToLastRetailerMs").get("p99Ms").asLong()).isEqualTo(50);
        assertThat(streams.get("heapMiB").get("gateway").get("max").asDouble()).isEqualTo(96.0);
        assertThat(streams.get("auction").isNull()).isTrue();
        assertThat(streams.get("byName").isNull()).as("no Gatling report").isTrue();
        assertThat(summary.get("problems").toString()).contains("4 round openings never reached their retailer");
        assertThat(summary.get("problems").toString()).contains("step live failed");
        assertThat(BenchSummary.digest(summary)).contains("MISSED: durable bids: p99 under 25 ms at half load (3078)")
                .contains("met: 1,000 streams: round opening to the last retailer, p99 at most 200 ms (50)")
                .anyMatch(line -> line.startsWith("engine: 12345678 bid ops/s (reference 1234568)"))
                .anyMatch(line -> line.startsWith("live: steady bids p50 441 ms, p99 3078 ms; burst bids p50 1245 ms"))
                .anyMatch(line -> line.startsWith("streams: 5 retailers, 3 rounds; opening to the last retailer p50 40"));
    }

    @Test
    void whatIsMissingIsNullNotAGuess() throws IOException {
        ObjectNode summary = new BenchSummary(run).build(null);
        assertThat(summary.get("engine").get("jmh").asString()).isEqualTo("skipped");
        for (String field : new String[] {"bidOpsPerSec", "referenceBidOpsPerSec", "clearMicros10kBidders"}) {
            assertThat(summary.get("engine").get(field).isNull()).as(field).isTrue();
        }
        for (String field : new String[] {"trivialRps", "durableBidRps", "durableToTrivialRatio", "p50Ms", "p99Ms",
                "p99MsAtHalfLoad"}) {
            assertThat(summary.get("http").get(field).isNull()).as(field).isTrue();
        }
        assertThat(summary.get("journal").get("commandsPerFlush").isNull()).isTrue();
        assertThat(summary.get("journal").get("fsync").isNull()).isTrue();
        assertThat(summary.get("targets")).allSatisfy(t -> assertThat(t.get("met").isNull()).isTrue());
        assertThat(BenchSummary.digest(summary)).anyMatch(line -> line.startsWith("not measured: engine"));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    private void report(String phase, String html) throws IOException {
        Path folder = Files.createDirectories(run.resolve("gatling").resolve(phase));
        Files.writeString(folder.resolve("index.html"), html);
        Files.createDirectories(run.resolve("reports"));
        Files.writeString(run.resolve("reports").resolve(phase + ".path"), folder.toString() + "\n");
    }
}
