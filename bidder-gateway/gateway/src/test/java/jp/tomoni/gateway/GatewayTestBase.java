package jp.tomoni.gateway;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway on a random port in front of one {@link StubEngine} shared by every test class that extends
 * this (one Spring context). Each test uses its own retailers, so rate limits do not leak between tests.
 * Limits are low here: bids 1/s with bursts of 5, reads 1/s with bursts of 10.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tomoni.gateway.engine-key=" + StubEngine.KEY,
        "tomoni.gateway.metrics-token=" + GatewayTestBase.METRICS_TOKEN,
        "tomoni.gateway.rate-limit.bids-per-second=1",
        "tomoni.gateway.rate-limit.burst=5",
        "tomoni.gateway.rate-limit.reads-per-second=1",
        "tomoni.gateway.rate-limit.read-burst=10"})
abstract class GatewayTestBase {

    /** The operator's token that opens the metrics. */
    static final String METRICS_TOKEN = "metrics-test-token";

    static final StubEngine ENGINE = new StubEngine();

    @DynamicPropertySource
    static void engine(DynamicPropertyRegistry registry) {
        registry.add("tomoni.gateway.engine-address", ENGINE::address);
    }

    @LocalServerPort
    int port;

    WebTestClient client;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
    }

    /** A fresh API key for retailer {@code R-name}, known to the engine. */
    static String key(String name) {
        ENGINE.retailer("key-" + name, "R-" + name);
        return "key-" + name;
    }

    /** POST a bid as {@code apiKey} with an Idempotency-Key ({@code null} for none). */
    WebTestClient.ResponseSpec bid(String apiKey, String auction, String idempotencyKey, String body) {
        return client.post().uri("/api/v1/auctions/{id}/bids", auction)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey)
                .headers(h -> {
                    if (idempotencyKey != null) {
                        h.set("Idempotency-Key", idempotencyKey);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    /** Expects a problem+json with this status, code and field ({@code null}: no field). */
    static WebTestClient.BodyContentSpec problem(WebTestClient.ResponseSpec response, int status, String code, String field) {
        WebTestClient.BodyContentSpec body = response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:tomoni:problem:" + code)
                .jsonPath("$.title").isEqualTo(code)
                .jsonPath("$.status").isEqualTo(status)
                .jsonPath("$.code").isEqualTo(code)
                .jsonPath("$.detail").isNotEmpty();
        return field == null ? body.jsonPath("$.field").doesNotExist() : body.jsonPath("$.field").isEqualTo(field);
    }
}
