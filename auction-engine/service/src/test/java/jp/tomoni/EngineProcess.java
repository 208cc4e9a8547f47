package jp.tomoni;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import jp.tomoni.web.GatewayBids;
import jp.tomoni.web.GatewayChannel;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged engine jar as a process of its own, over a given database, on ports fixed for its life: the
 * tests kill it (SIGKILL) and start it again on the same ports, and talk to it as officers do (HTTP) and as
 * the gateway does (gRPC). It starts from the jar's AOT-processed bean definitions
 * ({@code -Dspring.aot.enabled=true}) and compiles with C1 only ({@code -XX:TieredStopAtLevel=1}), as
 * {@code ops/engine-cds} starts it in production, so that every kill and restart also checks that start.
 */
final class EngineProcess {

    static final String GATEWAY_KEY = "process-test-gateway";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path JAR = Path.of(System.getProperty("tomoni.engine.jar", "target/auction-engine.jar"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String OFFICER = "Basic " + Base64.getEncoder().encodeToString("officer:pw".getBytes());

    private final List<String> database;
    private final List<String> extra;
    private final int port;
    private final int grpcPort;
    private Process process;
    private int starts;

    /**
     * An engine over the database of these R2DBC and JDBC URLs and credentials; {@code extra} are further
     * {@code --name=value} settings.
     */
    EngineProcess(String r2dbcUrl, String jdbcUrl, String user, String password, String... extra) throws IOException {
        this.database = List.of("--spring.r2dbc.url=" + r2dbcUrl, "--spring.r2dbc.username=" + user,
                "--spring.r2dbc.password=" + password, "--spring.flyway.url=" + jdbcUrl, "--spring.flyway.user=" + user,
                "--spring.flyway.password=" + password);
        this.extra = List.of(extra);
        try (ServerSocket socket = new ServerSocket(0); ServerSocket grpc = new ServerSocket(0)) {
            port = socket.getLocalPort();
            grpcPort = grpc.getLocalPort();
        }
    }

    /** Starts the engine and waits until it answers its health check; {@code name} names its log. */
    void start(String name) {
        Path log = Path.of("target", "engine-" + name + "-" + ++starts + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dspring.aot.enabled=true", "-XX:TieredStopAtLevel=1",
                "-jar", JAR.toString(), "--server.port=" + port,
                "--tomoni.security.users[0].name=officer", "--tomoni.security.users[0].password={noop}pw",
                "--tomoni.security.users[0].role=OFFICER", "--tomoni.security.gateway-key=" + GATEWAY_KEY,
                "--tomoni.grpc.port=" + grpcPort));
        command.addAll(database);
        command.addAll(extra);
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("the engine could not be started", e);
        }
        Process started = process;
        Awaitility.await("the engine to answer its health check (log: " + log + ")").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200)).ignoreExceptionsInstanceOf(IOException.class)
                .failFast("the engine died at start (log: " + log + ")", () -> !started.isAlive())
                .until(() -> send(HttpRequest.newBuilder(uri("/actuator/health")).GET().build()).statusCode() == 200);
    }

    /** Kills the engine (SIGKILL) and waits until it is gone. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor();
        }
    }

    /** A bid as the gateway sends it, over the engine's gRPC endpoint; the receipt as a map. */
    Map<String, Object> bid(String auctionId, String retailer, int round, int quantity, String exit, String key) {
        String body = "{\"retailerId\": \"%s\", \"round\": %d, \"quantity\": %d%s%s}".formatted(retailer, round,
                quantity, exit == null ? "" : ", \"exitPrice\": \"" + exit + "\"",
                key == null ? "" : ", \"idempotencyKey\": \"" + key + "\", \"requestHash\": \"" + key + "\"");
        return GatewayBids.receipt(GatewayChannel.stub(grpcPort, GATEWAY_KEY).submitBid(
                GatewayBids.request(auctionId, body)));
    }

    /** Waits until {@code auctionId}'s events hold one that {@code wanted} accepts. */
    void awaitEvent(String auctionId, Predicate<JsonNode> wanted, Duration atMost) {
        Awaitility.await("the awaited event of " + auctionId).atMost(atMost).pollInterval(Duration.ofMillis(50))
                .ignoreExceptionsInstanceOf(IOException.class).until(() -> {
                    for (JsonNode event : get("/api/v1/auctions/" + auctionId + "/events")) {
                        if (wanted.test(event)) {
                            return true;
                        }
                    }
                    return false;
                });
    }

    /** An officer's GET, which must answer 200; its body as JSON. */
    JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Authorization", OFFICER).GET()
                .build());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** An officer's GET as text, which must answer 200. */
    String text(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Authorization", OFFICER).GET()
                .build());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    /** An officer's POST, which must answer {@code status}. */
    void post(String path, String type, String body, int status) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Authorization", OFFICER)
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
