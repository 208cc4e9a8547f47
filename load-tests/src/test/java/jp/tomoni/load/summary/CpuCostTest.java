package jp.tomoni.load.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** CPU per ping and per durable bid in each service, in milliseconds, in pings and in cores. */
class CpuCostTest {

    static final String PING = "http_server_requests_seconds_count{application=\"g\",method=\"GET\",outcome=\"SUCCESS\","
            + "status=\"200\",uri=\"/api/v1/ping\"} ";
    static final String PROMETHEUS = "http_server_requests_seconds_count{application=\"g\",method=\"GET\",outcome=\"SUCCESS\","
            + "status=\"200\",uri=\"/actuator/prometheus\"} ";

    static PrometheusScrape scrape(String... lines) {
        return PrometheusScrape.parse(String.join("\n", lines) + "\n");
    }

    static SummarySections.Scrapes trivial() {
        PrometheusScrape none = PrometheusScrape.empty();
        return new SummarySections.Scrapes(none, none,
                scrape(PING + "1000.0", PROMETHEUS + "3.0", "process_cpu_time_ns_total{application=\"g\"} 1.0E10",
                        "process_uptime_seconds{application=\"g\"} 100.0"),
                scrape(PING + "101000.0", PROMETHEUS + "4.0", "process_cpu_time_ns_total{application=\"g\"} 2.1E10",
                        "process_uptime_seconds{application=\"g\"} 130.0"));
    }

    static SummarySections.Scrapes durable() {
        return new SummarySections.Scrapes(
                scrape("tomoni_bid_latency_seconds_count{application=\"e\"} 10.0",
                        "process_cpu_time_ns_total{application=\"e\"} 5.0E10", "process_uptime_seconds{application=\"e\"} 140.0"),
                scrape("tomoni_bid_latency_seconds_count{application=\"e\"} 10010.0",
                        "process_cpu_time_ns_total{application=\"e\"} 5.33E10", "process_uptime_seconds{application=\"e\"} 170.0"),
                scrape("process_cpu_time_ns_total{application=\"g\"} 2.2E10", "process_uptime_seconds{application=\"g\"} 140.0"),
                scrape("process_cpu_time_ns_total{application=\"g\"} 2.64E10", "process_uptime_seconds{application=\"g\"} 170.0"));
    }

    @Test
    void aBidsCpuInEachServiceInMillisecondsAndInPingsOfTheSameBench() {
        ObjectNode cpu = CpuCost.of(Map.of("trivial", trivial(), "durable-max", durable()));
        assertThat(cpu.get("pings").asDouble()).isEqualTo(100_000.0);
        assertThat(cpu.get("gatewayMsPerPing").asDouble()).isEqualTo(0.11); // 11 s over 100,000 pings
        JsonNode max = cpu.get("durableMax");
        assertThat(max.get("bids").asDouble()).isEqualTo(10_000.0);
        assertThat(max.get("engineMsPerBid").asDouble()).isEqualTo(0.33);
        assertThat(max.get("gatewayMsPerBid").asDouble()).isEqualTo(0.44);
        assertThat(max.get("enginePingsPerBid").asDouble()).isEqualTo(3.0);
        assertThat(max.get("gatewayPingsPerBid").asDouble()).isEqualTo(4.0);
        assertThat(max.get("engineCores").asDouble()).isEqualTo(0.11); // 3.3 s over 30 s
        assertThat(max.get("gatewayCores").asDouble()).isEqualTo(0.15);
        assertThat(cpu.get("durableHalf").isEmpty()).as("no such run").isTrue();
    }

    @Test
    void withoutThePingsThereAreNoPingsAndWithoutTheWindowsStartNoFigure() {
        ObjectNode cpu = CpuCost.of(Map.of("durable-max", durable()));
        assertThat(cpu.get("gatewayMsPerPing").isNull()).isTrue();
        assertThat(cpu.get("durableMax").get("engineMsPerBid").asDouble()).isEqualTo(0.33);
        assertThat(cpu.get("durableMax").get("enginePingsPerBid").isNull()).isTrue();
        SummarySections.Scrapes d = durable();
        SummarySections.Scrapes noStart = new SummarySections.Scrapes(PrometheusScrape.empty(), d.engineAfter(),
                PrometheusScrape.empty(), d.gatewayAfter());
        JsonNode missing = CpuCost.perBid(noStart, 0.11);
        assertThat(missing.get("bids").isNull()).as("not the whole life of the process").isTrue();
        assertThat(missing.get("engineMsPerBid").isNull()).isTrue();
        assertThat(missing.get("engineCores").isNull()).isTrue();
        assertThat(CpuCost.cores(d.engineAfter(), d.engineBefore())).as("time runs forward").isNull();
    }
}
