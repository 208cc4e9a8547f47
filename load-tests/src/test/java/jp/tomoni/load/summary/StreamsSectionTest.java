package jp.tomoni.load.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The streams case from a sample run folder: deliveries, streams open, CPU over the window, heap before, after and most. */
class StreamsSectionTest {

    static ObjectNode section(Path run) throws IOException {
        Path m = run.resolve("metrics");
        return StreamsSection.of(new StreamsSection.Inputs(RoundDeliveries.read(run.resolve("streams-deliveries.tsv")),
                new SummarySections.Scrapes(PrometheusScrape.read(m.resolve("streams-before-engine.prom")),
                        PrometheusScrape.read(m.resolve("streams-after-engine.prom")),
                        PrometheusScrape.read(m.resolve("streams-before-gateway.prom")),
                        PrometheusScrape.read(m.resolve("streams-after-gateway.prom"))),
                PrometheusScrape.read(m.resolve("streams-idle-engine.prom")),
                PrometheusScrape.read(m.resolve("streams-idle-gateway.prom")),
                Files.readString(m.resolve("streams-heap.tsv"))));
    }

    @Test
    void cpuAndHeapOfEachServiceDuringTheCase() throws IOException, URISyntaxException {
        ObjectNode streams = section(RoundDeliveriesTest.sampleRun());
        assertThat(streams.get("openToLastRetailerMs").get("p99Ms").asLong()).isEqualTo(50);
        assertThat(streams.get("streamsOpenAtStart").get("gateway").asLong()).isEqualTo(4);
        assertThat(streams.get("streamsOpenAtStart").get("engine").asLong()).isEqualTo(4);
        assertThat(streams.get("seconds").get("opening").asDouble()).isEqualTo(25.4); // 99.591 s to 125 s
        assertThat(streams.get("seconds").get("auction").asDouble()).isEqualTo(40.0);
        assertThat(streams.get("seconds").get("whole").asDouble()).isEqualTo(65.4);
        JsonNode engineCpu = streams.get("cpu").get("engine");
        assertThat(engineCpu.get("seconds").asDouble()).isEqualTo(20.0);
        assertThat(engineCpu.get("windowSeconds").asDouble()).isEqualTo(40.0);
        assertThat(engineCpu.get("cores").asDouble()).isEqualTo(0.5);
        assertThat(streams.get("cpu").get("gateway").get("cores").asDouble()).isEqualTo(0.3);
        JsonNode engine = streams.get("heapMiB").get("engine");
        assertThat(engine.get("idle").asDouble()).isEqualTo(42.0);
        assertThat(engine.get("atStart").asDouble()).isEqualTo(60.0);
        assertThat(engine.get("atEnd").asDouble()).isEqualTo(50.0);
        assertThat(engine.get("max").asDouble()).as("a sample between the scrapes").isEqualTo(72.5);
        JsonNode gateway = streams.get("heapMiB").get("gateway");
        assertThat(gateway.get("idle").asDouble()).isEqualTo(30.0);
        assertThat(gateway.get("atStart").asDouble()).isEqualTo(64.0);
        assertThat(gateway.get("max").asDouble()).isEqualTo(96.0);
    }

    @Test
    void withoutSamplesTheMostIsTheLargestScrapeAndWithoutAnythingEverythingIsNull() throws IOException {
        PrometheusScrape none = PrometheusScrape.empty();
        PrometheusScrape heap = PrometheusScrape.parse("jvm_memory_used_bytes{area=\"heap\",id=\"Old\"} 2097152.0\n"
                + "jvm_memory_used_bytes{area=\"nonheap\",id=\"Metaspace\"} 9.9E9\n");
        ObjectNode streams = StreamsSection.of(new StreamsSection.Inputs(null,
                new SummarySections.Scrapes(none, heap, none, none), none, none, null));
        assertThat(streams.get("heapMiB").get("engine").get("max").asDouble()).isEqualTo(2.0);
        assertThat(streams.get("heapMiB").get("gateway").get("max").isNull()).isTrue();
        assertThat(streams.get("cpu").get("engine").get("cores").isNull()).isTrue();
        assertThat(streams.has("openToLastRetailerMs")).isFalse();
        assertThat(StreamsSection.maxHeap("1\tengine\t5\n2\tengine\t9\n3\tengine\tx\nshort\n3\tgateway\t4\n"))
                .containsEntry("engine", 9L).containsEntry("gateway", 4L).hasSize(2);
    }
}
