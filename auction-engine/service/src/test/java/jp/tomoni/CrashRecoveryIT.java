package jp.tomoni;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import jp.tomoni.testdb.TestDatabase;
import jp.tomoni.web.GatewayBids;
import jp.tomoni.web.GatewayChannel;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Kills the engine process (SIGKILL) in the middle of a round, starts it again on the same database, and
 * checks that every acknowledged bid is still there and that the final award is identical, by hash, to the
 * same auction run without a crash.
 */
class CrashRecoveryIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path JAR = Path.of(System.getProperty("tomoni.engine.jar", "target/auction-engine.jar"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String OFFICER = "Basic " + Base64.getEncoder().encodeToString("officer:pw".getBytes());
    private static final String GATEWAY_KEY = "crash-test-gateway";

    private final TestDatabase.Fresh db = TestDatabase.get().createDatabase("crash");
    private int port;
    private int grpcPort;

    @Test
    void anAcknowledgedBidSurvivesAKillAndTheAwardIsTheSameAsWithoutTheCrash() throws Exception {
        Process first = start("first");
        try {
            post("/api/v1/facilities", "text/csv", """
                    ward_code,facility_id,name,type,voltage_class,contract_kw,annual_kwh,current_price_yen_per_kwh,baseline_factor_kg_per_kwh,baseline_factor_kind,baseline_factor_fiscal_year
                    13101,F-HQ,Chiyoda office,OFFICE,HIGH,900,3800000,28.10,0.433,adjusted,2022
                    13104,F-LIB,Shinjuku library,LIBRARY,HIGH,120,420000,29.00,0.433,adjusted,2022
                    13123,F-SCH,Edogawa school,SCHOOL,HIGH,150,330000,,0.433,adjusted,2022
                    """, 201);
            post("/api/v1/lots", "application/json", "{\"lotId\": \"L\"}", 201);
            for (String r : List.of("R1", "R2", "R3")) {
                post("/api/v1/retailers", "application/json", """
                        {"retailerId": "%s", "name": "%s", "registrationNumber": "A0001",
                         "menuFactor": {"value": "0.000", "kind": "adjusted", "fiscalYear": 2024},
                         "securityYen": 1000000, "eligibility": 4}""".formatted(r, r), 201);
            }
            runWholly("CONTROL");
            create("CRASH");
            roundOne("CRASH");
            awaitEvent("CRASH", e -> "RoundOpened".equals(e.get("type").stringValue()) && e.get("round").intValue() == 2);
            Map<String, Object> acknowledged = bid("CRASH", "R1", 2, 2, "29.80");
            assertThat(acknowledged).containsEntry("status", "ACCEPTED");
            first.destroyForcibly().waitFor();
            Process second = start("second");
            try {
                JsonNode events = get("/api/v1/auctions/CRASH/events");
                List<Long> accepted = new ArrayList<>();
                events.forEach(e -> {
                    if ("ClockBidAccepted".equals(e.get("type").stringValue())) {
                        accepted.add(e.get("seq").longValue());
                    }
                });
                assertThat(accepted).contains((Long) acknowledged.get("seq")).hasSize(4);
                bid("CRASH", "R2", 2, 1, "29.60");
                bid("CRASH", "R3", 2, 0, "29.90");
                awaitEvent("CRASH", e -> "AuctionEnded".equals(e.get("type").stringValue()));
                assertThat(get("/api/v1/auctions/CRASH/events").toString()).contains("recovery");
                assertThat(awardHash("CRASH")).isEqualTo(awardHash("CONTROL"));
            } finally {
                second.destroyForcibly().waitFor();
            }
        } finally {
            first.destroyForcibly().waitFor();
            TestDatabase.get().dropDatabase(db.name());
        }
    }

    private void runWholly(String id) throws Exception {
        create(id);
        roundOne(id);
        awaitEvent(id, e -> "RoundOpened".equals(e.get("type").stringValue()) && e.get("round").intValue() == 2);
        bid(id, "R1", 2, 2, "29.80");
        bid(id, "R2", 2, 1, "29.60");
        bid(id, "R3", 2, 0, "29.90");
        awaitEvent(id, e -> "AuctionEnded".equals(e.get("type").stringValue()));
    }

    private void create(String id) throws Exception {
        post("/api/v1/auctions", "application/json", """
                {"auctionId": "%s", "lotId": "L", "format": "CLOCK",
                 "clock": {"tranches": 4, "startPrice": "30.00", "reservePrice": "29.90"},
                 "schedule": {"roundSeconds": 3, "recessSeconds": 0}}""".formatted(id), 201);
        post("/api/v1/auctions/" + id + "/start", "application/json", "", 200);
    }

    private void roundOne(String id) throws Exception {
        bid(id, "R1", 1, 3, null);
        bid(id, "R2", 1, 3, null);
        bid(id, "R3", 1, 2, null);
    }

    /** SHA-256 of the award report without what differs between two auctions: their ids and seeds. */
    private String awardHash(String id) throws Exception {
        ObjectNode report = (ObjectNode) get("/api/v1/auctions/" + id + "/report");
        report.remove(Set.of("auctionId", "seed", "seedSha256"));
        assertThat(report.get("price").stringValue()).isEqualTo("29.60");
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(JSON.writeValueAsBytes(report)));
    }

    /** A bid as the gateway sends it, over the engine's gRPC endpoint; the receipt as a map. */
    private Map<String, Object> bid(String id, String retailer, int round, int quantity, String exit) {
        String body = "{\"retailerId\": \"%s\", \"round\": %d, \"quantity\": %d%s}".formatted(retailer, round, quantity,
                exit == null ? "" : ", \"exitPrice\": \"" + exit + "\"");
        return GatewayBids.receipt(GatewayChannel.stub(grpcPort, GATEWAY_KEY).submitBid(GatewayBids.request(id, body)));
    }

    private void awaitEvent(String id, Predicate<JsonNode> wanted) {
        Awaitility.await("the awaited event of " + id).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    for (JsonNode event : get("/api/v1/auctions/" + id + "/events")) {
                        if (wanted.test(event)) {
                            return true;
                        }
                    }
                    return false;
                });
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Authorization", OFFICER).GET()
                .build());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private void post(String path, String type, String body, int status) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Authorization", OFFICER)
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private Process start(String name) throws Exception {
        try (ServerSocket socket = new ServerSocket(0); ServerSocket grpc = new ServerSocket(0)) {
            port = socket.getLocalPort();
            grpcPort = grpc.getLocalPort();
        }
        Path log = Path.of("target", "crash-" + name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-jar", JAR.toString(), "--server.port=" + port,
                "--spring.r2dbc.url=" + db.r2dbcUrl(), "--spring.r2dbc.username=" + db.user(),
                "--spring.r2dbc.password=" + db.password(), "--spring.flyway.url=" + db.jdbcUrl(),
                "--spring.flyway.user=" + db.user(), "--spring.flyway.password=" + db.password(),
                "--tomoni.security.users[0].name=officer", "--tomoni.security.users[0].password={noop}pw",
                "--tomoni.security.users[0].role=OFFICER", "--tomoni.security.gateway-key=" + GATEWAY_KEY,
                "--tomoni.grpc.port=" + grpcPort,
                "--tomoni.engine.recovery-grace=8s")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Awaitility.await("the engine to answer its health check (log: " + log + ")").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200)).ignoreExceptionsInstanceOf(IOException.class)
                .failFast("the engine died at start (log: " + log + ")", () -> !process.isAlive())
                .until(() -> send(HttpRequest.newBuilder(uri("/actuator/health")).GET().build()).statusCode() == 200);
        return process;
    }
}
