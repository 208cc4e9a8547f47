package jp.tomoni.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import jp.tomoni.gateway.client.ApiResponse;
import jp.tomoni.gateway.client.model.BidReceipt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The latency of one bid at light load, from sending the POST to the gateway to receiving its 201 receipt
 * (which means the bid is durable in the engine's PostgreSQL journal): one retailer, one generated client,
 * one bid at a time, in a long CLOCK round, each bid a valid replacement of the last (quantities 3 and 4 in
 * turn) with a fresh Idempotency-Key. After {@value #WARM_UP} warm-up bids it measures {@value #MEASURED}
 * and writes {@code target/bid-latency.json} with the median, p90, p99 and maximum (nearest-rank), and prints
 * it. It asserts correctness only (every bid 201 ACCEPTED and listed), never a speed.
 */
class BidLatencyIT {

    private static final int WARM_UP = 100;
    private static final int MEASURED = 500;
    private static final String AUCTION = "LATENCY-CLOCK";
    private static final Path OUTPUT = Path.of("target", "bid-latency.json");

    private static LiveSystem system;
    private static Retailer retailer;

    @BeforeAll
    static void setUp() throws Exception {
        system = LiveSystem.start("latency");
        system.importDemoLot("WARDS-23");
        for (int i = 1; i <= 10; i++) {
            Retailer qualified = system.qualify("LAT-R%02d".formatted(i), 6);
            if (i == 1) {
                retailer = qualified;
            }
        }
        system.officerPost("/api/v1/auctions", "application/json", """
                {"auctionId": "%s", "lotId": "WARDS-23", "format": "CLOCK",
                 "clock": {"tranches": 20, "startPrice": "30.00", "reservePrice": "27.00"},
                 "schedule": {"roundSeconds": 1800, "recessSeconds": 0}}""".formatted(AUCTION), 201);
        system.officerPost("/api/v1/auctions/" + AUCTION + "/start", "application/json", "", 200);
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void oneBidFromPostToDurableReceipt() throws Exception {
        assertThat(retailer.view(AUCTION).get("current").get("round").asInt()).isEqualTo(1);
        for (int i = 0; i < WARM_UP; i++) {
            bid(i);
        }
        long[] micros = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            micros[i] = bid(WARM_UP + i);
        }
        JsonNode own = retailer.ownBids(AUCTION);
        assertThat(own).hasSize(WARM_UP + MEASURED);
        assertThat(own.findValues("status")).extracting(JsonNode::asString).containsOnly("ACCEPTED");

        Arrays.sort(micros);
        ObjectNode result = JsonMapper.builder().build().createObjectNode()
                .put("bids", MEASURED)
                .put("p50Ms", millis(percentile(micros, 50)))
                .put("p90Ms", millis(percentile(micros, 90)))
                .put("p99Ms", millis(percentile(micros, 99)))
                .put("maxMs", millis(micros[micros.length - 1]))
                .put("engine", "embedded PostgreSQL, fsync+synchronous_commit on")
                .put("warmUpBids", WARM_UP)
                .put("client", "one generated client (java.net.http, HTTP/1.1 keep-alive), sequential bids")
                .put("processors", Runtime.getRuntime().availableProcessors());
        String text = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(result);
        Files.writeString(OUTPUT, text + "\n", StandardCharsets.UTF_8);
        System.out.println("Bid latency (POST to durable 201 receipt), written to " + OUTPUT + ":\n" + text);
    }

    /** Sends bid number {@code n} and answers how long it took, in microseconds. */
    private static long bid(int n) throws Exception {
        int quantity = n % 2 == 0 ? 3 : 4;
        String key = Retailer.freshKey();
        long start = System.nanoTime();
        ApiResponse<BidReceipt> answer = retailer.clockBid(AUCTION, key, 1, quantity, null);
        long took = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start);
        assertThat(answer.getStatusCode()).as("bid %d", n).isEqualTo(201);
        assertThat(answer.getData().getStatus()).isEqualTo("ACCEPTED");
        assertThat(answer.getData().getQuantity()).isEqualTo(quantity);
        return took;
    }

    /** The nearest-rank percentile of sorted values. */
    private static long percentile(long[] sorted, int percent) {
        int rank = (percent * sorted.length + 99) / 100;
        return sorted[Math.max(0, rank - 1)];
    }

    /** Microseconds as milliseconds with three decimals, exactly. */
    private static BigDecimal millis(long micros) {
        return BigDecimal.valueOf(micros, 3);
    }
}
