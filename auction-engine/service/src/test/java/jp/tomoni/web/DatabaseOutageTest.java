package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import jp.tomoni.app.EngineApplication;
import jp.tomoni.app.EngineRuntime;
import jp.tomoni.engine.EngineEvent;
import jp.tomoni.engine.LoggedEvent;
import jp.tomoni.testdb.OwnPostgres;
import jp.tomoni.web.bidder.BidderGrpcServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The engine over a PostgreSQL of its own that the test stops, starts and freezes: while the database is
 * down the engine refuses every command with 503 and a {@code Retry-After} that names no internals and its
 * readiness is DOWN; once the database is back it rebuilds itself without a restart, keeps every
 * acknowledged bid, and takes bids again. A database frozen across a round's close delays the close but
 * not a bid that arrived before it. This always uses an embedded server (never the shared test server),
 * since the test stops it.
 */
@SpringBootTest(classes = EngineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "tomoni.security.users[0].name=officer", "tomoni.security.users[0].password={noop}officer-pw",
                "tomoni.security.users[0].role=OFFICER",
                "tomoni.security.gateway-key=gateway-test-key", "tomoni.grpc.port=0",
                "tomoni.engine.tick-interval=10ms", "tomoni.engine.heal-interval=200ms"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageTest {

    private static final OwnPostgres POSTGRES = OwnPostgres.start();

    @LocalServerPort
    int port;

    @Autowired
    EngineRuntime runtime;

    @Autowired
    BidderGrpcServer grpc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.r2dbc.url", POSTGRES::r2dbcUrl);
        registry.add("spring.r2dbc.username", () -> "postgres");
        registry.add("spring.r2dbc.password", () -> "");
        registry.add("spring.flyway.url", POSTGRES::jdbcUrl);
        registry.add("spring.flyway.user", () -> "postgres");
        registry.add("spring.flyway.password", () -> "");
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        POSTGRES.close();
    }

    @Test
    @Order(1)
    void whileTheDatabaseIsDownEverythingIs503ThenTheEngineHealsAndKeepsEveryAcknowledgedBid() throws Exception {
        setUp("OUTAGE", 600);
        Map<String, Object> acknowledged = bid("OUTAGE", 1, 3);
        assertThat(acknowledged).containsEntry("status", "ACCEPTED");

        POSTGRES.stop();
        officer().post().uri("/api/v1/auctions/OUTAGE/pause").exchange().expectStatus().isEqualTo(503);
        officer().post().uri("/api/v1/auctions/OUTAGE/pause").exchange().expectStatus().isEqualTo(503)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "5")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("ENGINE_HALTED")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).doesNotContainIgnoringCase("sql")
                        .doesNotContainIgnoringCase("connection").doesNotContain("r2dbc").doesNotContain("5432"));
        assertThatThrownBy(() -> bid("OUTAGE", 1, 2)).isInstanceOfSatisfying(StatusRuntimeException.class,
                e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
        client().get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);
        client().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();

        POSTGRES.startAgain();
        Awaitility.await("the engine heals").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> !runtime.halted());
        client().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        assertThat(runtime.heals()).isEqualTo(1);
        assertThat(acceptedBids("OUTAGE")).as("the bid acknowledged before the outage")
                .contains(((Number) acknowledged.get("seq")).longValue());
        assertThat(bid("OUTAGE", 1, 2)).containsEntry("status", "ACCEPTED");
        officer().post().uri("/api/v1/auctions/OUTAGE/pause").exchange().expectStatus().isOk();
    }

    @Test
    @Order(2)
    void aBidThatArrivedBeforeTheCloseCountsEvenWhenTheDatabaseWasFrozenAcrossIt() throws Exception {
        setUp("FREEZE", 3);
        await(() -> roundOpened("FREEZE", 1));
        Map<String, Object> before = bid("FREEZE", 1, 3);
        POSTGRES.freeze();
        CompletableFuture<Map<String, Object>> during;
        try {
            during = CompletableFuture.supplyAsync(() -> bid("S-FREEZE", "FREEZE", 1, 3));
            Instant close = runtime.queries().auction("FREEZE").log().from(0).stream().map(LoggedEvent::event)
                    .filter(EngineEvent.RoundOpened.class::isInstance).map(e -> ((EngineEvent.RoundOpened) e).closesAt())
                    .findFirst().orElseThrow();
            Awaitility.await("the round's close to pass while frozen").atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(50)).until(() -> Instant.now().isAfter(close.plusMillis(500)));
            assertThat(during).as("no answer while the journal is frozen").isNotDone();
        } finally {
            POSTGRES.thaw();
        }
        Map<String, Object> receipt = during.get();
        assertThat(receipt).containsEntry("status", "ACCEPTED");
        await(() -> roundOpened("FREEZE", 2));
        assertThat(((Number) receipt.get("seq")).longValue()).as("journaled after the thaw, stamped before the close")
                .isLessThan(runtime.queries().auction("FREEZE").log().from(0).stream()
                        .filter(e -> e.event() instanceof EngineEvent.RoundClosed).findFirst().orElseThrow().seq());
        assertThat(runtime.halted()).isFalse();
        assertThat(acceptedBids("FREEZE")).containsExactly(((Number) before.get("seq")).longValue(),
                ((Number) receipt.get("seq")).longValue());
    }

    private void setUp(String auctionId, int roundSeconds) {
        String facility = "F-" + auctionId;
        officer().post().uri("/api/v1/facilities").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                [{"wardCode": "13205", "id": "%s", "name": "Ome city hall", "type": "OFFICE",
                  "voltageClass": "HIGH", "contractKw": 900, "annualKwh": 3800000, "currentPrice": "28.00",
                  "baselineFactor": {"value": "0.433", "kind": "adjusted", "fiscalYear": 2022}}]""".formatted(facility))
                .exchange().expectStatus().isCreated();
        post("/api/v1/lots", "{\"lotId\": \"LOT-%s\", \"facilityIds\": [\"%s\"]}".formatted(auctionId, facility));
        for (String retailer : List.of("R-" + auctionId, "S-" + auctionId)) {
            post("/api/v1/retailers", """
                    {"retailerId": "%s", "name": "Retailer", "registrationNumber": "A0001",
                     "menuFactor": {"value": "0.000", "kind": "adjusted", "fiscalYear": 2024},
                     "securityYen": 10000000, "eligibility": 4}""".formatted(retailer));
        }
        post("/api/v1/auctions", """
                {"auctionId": "%s", "lotId": "LOT-%s", "format": "CLOCK", "bidders": ["R-%s", "S-%s"],
                 "clock": {"tranches": 4, "startPrice": "30.00", "reservePrice": "29.37"},
                 "schedule": {"roundSeconds": %d, "recessSeconds": 0}}""".formatted(auctionId, auctionId, auctionId,
                auctionId, roundSeconds));
        officer().post().uri("/api/v1/auctions/" + auctionId + "/start").exchange().expectStatus().isOk();
    }

    private Map<String, Object> bid(String auctionId, int round, int quantity) {
        return bid("R-" + auctionId, auctionId, round, quantity);
    }

    private Map<String, Object> bid(String retailer, String auctionId, int round, int quantity) {
        return GatewayBids.receipt(GatewayChannel.stub(grpc.port(), "gateway-test-key").submitBid(GatewayBids.request(
                auctionId, "{\"retailerId\": \"%s\", \"round\": %d, \"quantity\": %d}".formatted(retailer, round,
                        quantity))));
    }

    private List<Long> acceptedBids(String auctionId) {
        return runtime.queries().auction(auctionId).log().from(0).stream()
                .filter(e -> e.event() instanceof EngineEvent.ClockBidAccepted).map(LoggedEvent::seq).toList();
    }

    private boolean roundOpened(String auctionId, int round) {
        return runtime.queries().auction(auctionId).log().from(0).stream()
                .anyMatch(e -> e.event() instanceof EngineEvent.RoundOpened o && o.round() == round);
    }

    private void post(String path, String json) {
        officer().post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange()
                .expectStatus().isCreated();
    }

    private WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(60))
                .build();
    }

    private WebTestClient officer() {
        return client().mutate().defaultHeaders(h -> h.setBasicAuth("officer", "officer-pw")).build();
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(condition);
    }
}
