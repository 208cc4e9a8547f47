package jp.tomoni.load.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Samples, counter growth, means and histogram quantiles between two scrapes of /actuator/prometheus. */
class PrometheusScrapeTest {

    static final String BEFORE = """
            # HELP tomoni_journal_batch_size commands per journal flush
            # TYPE tomoni_journal_batch_size summary
            tomoni_journal_batch_size_count 10.0
            tomoni_journal_batch_size_sum 100.0
            tomoni_journal_batch_size_max 30.0
            # TYPE tomoni_bid_latency_seconds histogram
            tomoni_bid_latency_seconds_bucket{le="0.005"} 5.0
            tomoni_bid_latency_seconds_bucket{le="0.01"} 10.0
            tomoni_bid_latency_seconds_bucket{le="0.05"} 10.0
            tomoni_bid_latency_seconds_bucket{le="+Inf"} 10.0
            tomoni_bid_latency_seconds_count 10.0
            tomoni_bid_latency_seconds_sum 0.05
            process_cpu_time_ns_total 1.0E9
            http_server_requests_seconds_count{method="POST",status="200",uri="/internal/v1/auctions/{auctionId}/bids"} 10.0
            http_server_requests_seconds_sum{method="POST",status="200",uri="/internal/v1/auctions/{auctionId}/bids"} 0.5
            http_server_requests_seconds_count{method="GET",status="200",uri="/actuator/prometheus"} 100.0
            http_server_requests_seconds_sum{method="GET",status="200",uri="/actuator/prometheus"} 100.0
            tomoni_gateway_bid_latency_seconds_count{outcome="accepted",application="x"} 4.0
            """;

    static final String AFTER = """
            tomoni_journal_batch_size_count 110.0
            tomoni_journal_batch_size_sum 1100.0
            tomoni_journal_batch_size_max 64.0
            tomoni_bid_latency_seconds_bucket{le="0.005"} 105.0
            tomoni_bid_latency_seconds_bucket{le="0.01"} 1010.0
            tomoni_bid_latency_seconds_bucket{le="0.05"} 1090.0
            tomoni_bid_latency_seconds_bucket{le="+Inf"} 1110.0
            tomoni_bid_latency_seconds_count 1110.0
            tomoni_bid_latency_seconds_sum 11.05
            tomoni_journal_settings{fsync="on",synchronous_commit="on"} 1.0
            tomoni_gateway_bid_latency_seconds_count{outcome="accepted",application="x"} 14.0
            tomoni_gateway_bid_latency_seconds_count{outcome="rejected",application="x"} 2.0
            process_cpu_time_ns_total 3.2E9
            http_server_requests_seconds_count{method="POST",status="200",uri="/internal/v1/auctions/{auctionId}/bids"} 1110.0
            http_server_requests_seconds_sum{method="POST",status="200",uri="/internal/v1/auctions/{auctionId}/bids"} 22.5
            http_server_requests_seconds_count{method="GET",status="200",uri="/actuator/prometheus"} 200.0
            http_server_requests_seconds_sum{method="GET",status="200",uri="/actuator/prometheus"} 300.0
            not a sample line
            """;

    @Test
    void countersGrowAndMeansAreTheGrowthOfSumOverCount() {
        PrometheusScrape before = PrometheusScrape.parse(BEFORE);
        PrometheusScrape after = PrometheusScrape.parse(AFTER);
        assertThat(PrometheusScrape.mean(before, after, "tomoni_journal_batch_size")).isEqualTo(10.0);
        assertThat(PrometheusScrape.mean(before, after, "tomoni_bid_latency_seconds")).isCloseTo(0.01, within(1e-12));
        assertThat(PrometheusScrape.delta(before, after, "tomoni_gateway_bid_latency_seconds_count")).isEqualTo(12.0);
        assertThat(PrometheusScrape.delta(before, after, "tomoni_absent_total")).isNull();
        assertThat(PrometheusScrape.mean(after, after, "tomoni_journal_batch_size")).as("nothing counted").isNull();
        assertThat(PrometheusScrape.meanWhere(before, after, "http_server_requests_seconds", "uri",
                "/internal/v1/auctions/{auctionId}/bids")).isCloseTo(0.02, within(1e-12));
        assertThat(PrometheusScrape.meanWhere(before, after, "http_server_requests_seconds", "uri", "/nowhere")).isNull();
        assertThat(after.samples("tomoni_journal_settings")).singleElement()
                .satisfies(s -> assertThat(s.labels()).isEqualTo(Map.of("fsync", "on", "synchronous_commit", "on")));
    }

    @Test
    void aQuantileIsTheUpperBoundOfItsBucket() {
        PrometheusScrape before = PrometheusScrape.parse(BEFORE);
        PrometheusScrape after = PrometheusScrape.parse(AFTER);
        // 1,100 counted: 100 up to 5 ms, 900 more up to 10 ms, 80 more up to 50 ms, 20 above
        assertThat(Histograms.quantile(before, after, "tomoni_bid_latency_seconds", 0.5)).isEqualTo(0.01);
        assertThat(Histograms.quantile(before, after, "tomoni_bid_latency_seconds", 0.09)).isEqualTo(0.005);
        assertThat(Histograms.quantile(before, after, "tomoni_bid_latency_seconds", 0.99))
                .as("above the last finite bucket").isNull();
        assertThat(Histograms.quantile(before, after, "tomoni_journal_batch_size", 0.5)).as("no buckets").isNull();
    }

    @Test
    void aMissingScrapeIsEmpty(@TempDir Path dir) throws IOException {
        PrometheusScrape none = PrometheusScrape.read(dir.resolve("absent.prom"));
        assertThat(none.has("tomoni_journal_batch_size_sum")).isFalse();
        assertThat(PrometheusScrape.mean(none, PrometheusScrape.parse(AFTER), "tomoni_journal_batch_size"))
                .isEqualTo(10.0);
    }
}
