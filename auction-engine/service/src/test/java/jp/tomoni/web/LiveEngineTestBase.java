package jp.tomoni.web;

import java.time.Duration;
import java.util.Map;
import jp.tomoni.app.EngineApplication;
import jp.tomoni.app.EngineRuntime;
import jp.tomoni.contract.v1.BidderEngineGrpc;
import jp.tomoni.testdb.DatabaseTestSupport;
import jp.tomoni.testdb.TestDatabase;
import jp.tomoni.web.bidder.BidderGrpcServer;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The engine service on a random port over its own fresh PostgreSQL database, with an officer, an analyst
 * and a gateway key. Subclasses talk to it over real HTTP.
 */
@SpringBootTest(classes = EngineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "tomoni.security.users[0].name=officer", "tomoni.security.users[0].password={noop}officer-pw",
                "tomoni.security.users[0].role=OFFICER",
                "tomoni.security.users[1].name=analyst", "tomoni.security.users[1].password={noop}analyst-pw",
                "tomoni.security.users[1].role=ANALYST",
                "tomoni.security.gateway-key=gateway-test-key", "tomoni.grpc.port=0",
                "tomoni.security.metrics-token=" + LiveEngineTestBase.METRICS_TOKEN,
                "tomoni.engine.tick-interval=10ms",
                "spring.codec.max-in-memory-size=10MB"})
abstract class LiveEngineTestBase {

    static final String GATEWAY_KEY = "gateway-test-key";
    /** The operator's token that opens the metrics. */
    static final String METRICS_TOKEN = "metrics-test-token";

    @LocalServerPort
    int port;

    @Autowired
    EngineRuntime runtime;

    @Autowired
    BidderGrpcServer grpc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DatabaseTestSupport.register(registry, TestDatabase.get().createDatabase("engine"));
    }

    WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    WebTestClient officer() {
        return client().mutate().defaultHeaders(h -> h.setBasicAuth("officer", "officer-pw")).build();
    }

    WebTestClient analyst() {
        return client().mutate().defaultHeaders(h -> h.setBasicAuth("analyst", "analyst-pw")).build();
    }

    /** A client signed in as one of the scope tests' people. */
    WebTestClient as(ScopeFixture.Who who) {
        return client().mutate().defaultHeaders(h -> h.setBasicAuth(who.user, who.password)).build();
    }

    WebTestClient bearer(String key) {
        return client().mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + key).build();
    }

    /** Posts JSON as the officer and returns the answer body, asserting the status. */
    @SuppressWarnings("unchecked")
    Map<String, Object> officerPost(String path, String json, int status) {
        return officer().post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange()
                .expectStatus().isEqualTo(status).expectBody(Map.class).returnResult().getResponseBody();
    }

    /** The engine's gRPC endpoint as the gateway sees it, with the gateway's key. */
    BidderEngineGrpc.BidderEngineBlockingStub gateway() {
        return GatewayChannel.stub(grpc.port(), GATEWAY_KEY);
    }

    /**
     * Submits a bid as the gateway does and returns the receipt as a map ({@code seq}, {@code receivedAt},
     * {@code status}, {@code code}, {@code repeated}). {@code json} holds {@code retailerId}, the bid's fields
     * ({@code round}, {@code quantity}, {@code exitPrice} or {@code price}) and optionally
     * {@code idempotencyKey} and {@code requestHash}.
     */
    Map<String, Object> gatewayBid(String auctionId, String json) {
        return GatewayBids.receipt(gateway().submitBid(GatewayBids.request(auctionId, json)));
    }

    /** Imports one office of 3.8 GWh a year in ward {@code wardCode} and pools it alone into lot {@code lotId}. */
    void lotOfOneFacility(String lotId, String facilityId, String wardCode) {
        officer().post().uri("/api/v1/facilities").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                [{"wardCode": "%s", "id": "%s", "name": "Office %s", "type": "OFFICE",
                  "voltageClass": "HIGH", "contractKw": 900, "annualKwh": 3800000, "currentPrice": "28.00",
                  "baselineFactor": {"value": "0.433", "kind": "adjusted", "fiscalYear": 2022}}]"""
                .formatted(wardCode, facilityId, facilityId))
                .exchange().expectStatus().isCreated();
        officerPost("/api/v1/lots", "{\"lotId\": \"" + lotId + "\", \"facilityIds\": [\"" + facilityId + "\"]}", 201);
    }

    /** Qualifies a retailer and returns its API key. */
    String qualify(String id, int eligibility) {
        return (String) officerPost("/api/v1/retailers", """
                {"retailerId": "%s", "name": "Retailer %s", "registrationNumber": "A%04d",
                 "menuFactor": {"value": "0.000", "kind": "adjusted", "fiscalYear": 2024},
                 "securityYen": 10000000, "eligibility": %d}""".formatted(id, id, Math.abs(id.hashCode()) % 10_000,
                eligibility), 201).get("apiKey");
    }

    /** Waits until {@code condition} holds, checking every 20 ms, for at most {@code seconds}. */
    static void await(int seconds, java.util.function.BooleanSupplier condition) {
        Awaitility.await().atMost(Duration.ofSeconds(seconds)).pollInterval(Duration.ofMillis(20))
                .until(condition::getAsBoolean);
    }
}
