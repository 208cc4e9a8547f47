package jp.tomoni.gateway.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jp.tomoni.demodata.DemoDataset;
import jp.tomoni.gateway.GatewayApplication;
import org.awaitility.Awaitility;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole system on this machine, over real HTTP: the packaged engine jar as a child process with its own
 * embedded PostgreSQL (fsync and synchronous_commit on) in a fresh folder under {@code target/}, and the
 * bidder gateway in this JVM on a random port in front of it. Officers and analysts talk to the engine with
 * plain HTTP; retailers talk to the gateway through the generated client ({@link Retailer}).
 *
 * <p>The engine jar is {@code -Dtomoni.engine.jar} and the replay jar {@code -Dtomoni.replay.jar} (failsafe sets
 * them to {@code auction-engine/service/target/auction-engine.jar} and {@code auction-engine/rules/target/tomoni-replay.jar}). {@link #close} stops the gateway, then the engine
 * with SIGTERM so that it stops its PostgreSQL too, forcibly after 30 s.
 */
final class LiveSystem implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    /** The operator's token that opens both services' metrics. */
    static final String METRICS_TOKEN = "e2e-metrics-token";

    private final Path jar;
    private final Path dir;
    private final String officerPassword = UUID.randomUUID().toString();
    private final String analystPassword = UUID.randomUUID().toString();
    private final String gatewayKey = "gw-" + UUID.randomUUID();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private Process engine;
    private URI engineUri;
    private int engineGrpcPort;
    private int engineStarts;
    private ConfigurableApplicationContext gateway;
    private URI gatewayUri;

    private LiveSystem(Path jar, Path dir) {
        this.jar = jar;
        this.dir = dir;
    }

    /** Starts the engine and the gateway; {@code name} names the folder under {@code target/}. */
    static LiveSystem start(String name) throws Exception {
        Path jar = Path.of(System.getProperty("tomoni.engine.jar", "../../auction-engine/service/target/auction-engine.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no engine jar at " + jar.toAbsolutePath() + "; build it first: "
                    + "./mvnw -q -DskipTests package -pl auction-engine/service -am");
        }
        Files.createDirectories(Path.of("target"));
        LiveSystem system = new LiveSystem(jar, Files.createTempDirectory(Path.of("target"), "e2e-" + name + "-"));
        try {
            system.startEngine();
            system.startGateway();
            return system;
        } catch (Exception | AssertionError e) {
            system.close();
            throw e;
        }
    }

    private void startEngine() throws Exception {
        int port = freePort();
        engineGrpcPort = freePort();
        engineUri = URI.create("http://localhost:" + port);
        launchEngine(port);
    }

    /**
     * Kills the engine as a crash would: SIGKILL to its PostgreSQL and to its JVM, with nothing flushed or
     * closed; the gateway keeps running. {@link #restartEngine} brings it back on the same ports and data.
     */
    void killEngine() throws InterruptedException {
        List<ProcessHandle> descendants = new ArrayList<>(engine.descendants().toList());
        engine.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        descendants.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle child : descendants) {
            child.onExit().join();
        }
    }

    /** Starts the engine again after {@link #killEngine}, on the same ports over the same database. */
    void restartEngine() throws Exception {
        launchEngine(engineUri.getPort());
    }

    private void launchEngine(int port) throws Exception {
        Path log = dir.resolve("engine-" + ++engineStarts + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        engine = new ProcessBuilder(java, "-jar", jar.toString(), "--embedded-db=" + dir.resolve("db"),
                "--server.port=" + port, "--tomoni.grpc.port=" + engineGrpcPort,
                "--tomoni.security.users[0].name=officer", "--tomoni.security.users[0].password={noop}" + officerPassword,
                "--tomoni.security.users[0].role=OFFICER",
                "--tomoni.security.users[1].name=analyst", "--tomoni.security.users[1].password={noop}" + analystPassword,
                "--tomoni.security.users[1].role=ANALYST",
                "--tomoni.security.gateway-key=" + gatewayKey, "--tomoni.security.metrics-token=" + METRICS_TOKEN)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Process started = engine;
        Awaitility.await("the engine to answer its health check (log: " + log + ")").atMost(START_TIMEOUT)
                .pollInterval(Duration.ofMillis(250)).ignoreExceptionsInstanceOf(IOException.class)
                .failFast("the engine died at start (log: " + log + ")", () -> !started.isAlive())
                .until(() -> send(HttpRequest.newBuilder(engineUri.resolve("/actuator/health")).GET().build())
                        .statusCode() == 200);
    }

    private void startGateway() {
        gateway = SpringApplication.run(GatewayApplication.class, "--server.port=0",
                "--tomoni.gateway.engine-address=localhost:" + engineGrpcPort, "--tomoni.gateway.engine-key=" + gatewayKey,
                "--tomoni.gateway.metrics-token=" + METRICS_TOKEN,
                "--tomoni.gateway.rate-limit.bids-per-second=100000", "--tomoni.gateway.rate-limit.burst=100000",
                "--tomoni.gateway.rate-limit.reads-per-second=100000", "--tomoni.gateway.rate-limit.read-burst=100000",
                "--logging.level.root=WARN");
        gatewayUri = URI.create("http://localhost:" + gateway.getEnvironment().getProperty("local.server.port"));
    }

    /** The gateway's base URI. */
    URI gateway() {
        return gatewayUri;
    }

    /** A retailer with its API key, using the generated client against the gateway. */
    Retailer retailer(String id, String apiKey) {
        return new Retailer(id, apiKey, gatewayUri);
    }

    /**
     * As the officer: imports the demo dataset of the 23 wards and pools all of it into lot {@code lotId};
     * answers the lot as the engine shows it (with {@code facilityCount} and {@code wards}).
     */
    JsonNode importDemoLot(String lotId) throws Exception {
        officerPost("/api/v1/facilities", "text/csv", dataset(), 201);
        officerPost("/api/v1/lots", "application/json",
                "{\"lotId\": \"" + lotId + "\", \"name\": \"Tokyo 23 special wards (illustrative)\"}", 201);
        return officerGet("/api/v1/lots/" + lotId);
    }

    /**
     * As the officer: qualifies retailer {@code id} (100% renewable menu, {@code eligibility} tranches) and
     * answers it with the API key the engine issued, ready to use the gateway.
     */
    Retailer qualify(String id, int eligibility) throws Exception {
        JsonNode answer = officerPost("/api/v1/retailers", "application/json", """
                {"retailerId": "%s", "name": "Retailer %s (simulated)", "registrationNumber": "A0001",
                 "menuFactor": {"value": "0.000", "kind": "adjusted", "fiscalYear": 2024},
                 "securityYen": %d, "eligibility": %d}""".formatted(id, id, eligibility * 5_000_000L, eligibility), 201);
        return retailer(id, answer.get("apiKey").stringValue());
    }

    /** The demo dataset (CSV), from the demo dataset's jar. */
    String dataset() {
        return DemoDataset.csv();
    }

    /** An officer's POST to the engine, expecting {@code status}; answers the body as JSON. */
    JsonNode officerPost(String path, String contentType, String body, int status) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(engineUri.resolve(path))
                .header("Authorization", basic("officer", officerPassword)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
        return expect(response, "POST " + path, status);
    }

    /** An officer's GET of a JSON resource of the engine. */
    JsonNode officerGet(String path) throws Exception {
        return expect(get(path, basic("officer", officerPassword)), "GET " + path, 200);
    }

    /** An analyst's GET of a resource of the engine, as text. */
    String analystGetText(String path) throws Exception {
        HttpResponse<String> response = get(path, basic("analyst", analystPassword));
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " as analyst: " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /**
     * Replays a scenario with the rules' replay jar (no server, no database), as a retailer would, and answers
     * its result; the file is kept beside the logs as {@code NAME.json}.
     */
    JsonNode replay(String name, String scenario) throws Exception {
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, scenario, StandardCharsets.UTF_8);
        Path out = dir.resolve(name + "-replay.json");
        Path err = dir.resolve(name + "-replay.err");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path replayJar = Path.of(System.getProperty("tomoni.replay.jar", "../../auction-engine/rules/target/tomoni-replay.jar"));
        Process replay = new ProcessBuilder(java, "-jar", replayJar.toString(), "replay", file.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!replay.waitFor(120, TimeUnit.SECONDS)) {
            replay.destroyForcibly().waitFor();
            throw new AssertionError("replay of " + file + " did not finish in 120 s");
        }
        if (replay.exitValue() != 0) {
            throw new AssertionError("replay of " + file + " exited " + replay.exitValue() + ": " + Files.readString(err));
        }
        return JSON.readTree(Files.readString(out, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        return send(HttpRequest.newBuilder(engineUri.resolve(path)).header("Authorization", authorization).GET().build());
    }

    private static JsonNode expect(HttpResponse<String> response, String what, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError(what + ": expected " + status + ", got " + response.statusCode() + " "
                    + response.body());
        }
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Stops the gateway and the engine (and so its PostgreSQL), then deletes the database's folder; the logs,
     * scenarios and replays stay in the folder under {@code target/}. Safe to call more than once.
     */
    @Override
    public void close() throws InterruptedException, IOException {
        if (gateway != null) {
            gateway.close();
            gateway = null;
        }
        if (engine != null && engine.isAlive()) {
            List<ProcessHandle> descendants = new ArrayList<>(engine.descendants().toList());
            engine.destroy();
            if (!engine.waitFor(30, TimeUnit.SECONDS)) {
                descendants.forEach(ProcessHandle::destroyForcibly);
                engine.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (engine == null || !engine.isAlive()) {
            deleteDatabase();
        }
        engine = null;
    }

    private void deleteDatabase() throws IOException {
        Path db = dir.resolve("db");
        if (Files.exists(db)) {
            try (Stream<Path> files = Files.walk(db)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
