package jp.tomoni.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The demo ({@code tomoni-demo.jar [options]}): a joint CLOCK reverse auction for Tokyo's 23 special
 * wards on ILLUSTRATIVE data. It starts the engine and the gateway from their jars as child processes, sets up
 * the lot and ten simulated retailers as the officer, lets the retailers bid through the gateway, follows
 * the rounds, approves the award and writes the report, its CSVs and the scenario export to
 * {@code demo-output/}. See {@link DemoOptions#USAGE} for the options.
 */
public final class DemoCommand {

    /** The round length of the auction left open with {@code --keep-running}: long enough to try things. */
    static final int LIVE_ROUND_SECONDS = 600;

    private static final Path OUTPUT = Path.of("demo-output");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final int DEFAULT_GRPC_PORT = 9090;

    private final DemoOptions options;
    private final PrintStream out;
    private final DemoHttp http = new DemoHttp();
    private ServiceProcess engine;
    private ServiceProcess gateway;

    private DemoCommand(DemoOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /**
     * Runs the demo with command-line {@code args} (those after {@code demo}); answers the process's exit
     * code: 0 when the auction ran and its award was approved and written, 1 when a step failed (the message
     * says which), 2 for bad options. With {@code --keep-running} it returns only once interrupted.
     */
    public static int run(String[] args) {
        DemoOptions options;
        try {
            options = DemoOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("demo: " + e.getMessage());
            System.err.println(DemoOptions.USAGE);
            return 2;
        }
        if (options.help()) {
            System.out.println(DemoOptions.USAGE);
            return 0;
        }
        return new DemoCommand(options, System.out).execute();
    }

    private int execute() {
        boolean keep = false;
        try {
            keep = runDemo();
        } catch (DemoException e) {
            out.flush();
            System.err.println();
            System.err.println("The demo failed: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            out.flush();
            System.err.println();
            System.err.println("The demo failed unexpectedly: " + e);
            e.printStackTrace();
            return 1;
        } finally {
            if (!keep) {
                stop();
            }
        }
        if (keep) {
            waitForInterrupt();
        }
        return 0;
    }

    /** Runs every step; answers whether to keep everything running. */
    private boolean runDemo() {
        out.println("Tomoni demo: Tokyo's 23 special wards buy renewable electricity together by reverse auction.");
        out.println("*** ILLUSTRATIVE DATA: the facilities, prices and retailers are generated for this demo; ***");
        out.println("*** they are not any ward's official data and no real retailer is involved.            ***");
        out.println();
        Path jar = options.engineJar();
        for (Path service : new Path[] {jar, options.gatewayJar()}) {
            if (!Files.isRegularFile(service)) {
                throw new DemoException("The jar " + service + " was not found (" + service.toAbsolutePath() + "). Build"
                        + " the project first, in its folder: ./mvnw -q -DskipTests package");
            }
        }
        int enginePort = port(options.enginePort(), options.enginePortGiven(), "engine", Set.of());
        int gatewayPort = port(options.gatewayPort(), options.gatewayPortGiven(), "gateway", Set.of(enginePort));
        int grpcPort = port(DEFAULT_GRPC_PORT, false, "engine's gateway endpoint", Set.of(enginePort, gatewayPort));
        createOutput();
        Path db = database();
        DemoSecrets secrets = DemoSecrets.generate();
        URI engineUri = URI.create("http://localhost:" + enginePort);
        URI gatewayUri = URI.create("http://localhost:" + gatewayPort);
        startServices(db, new int[] {enginePort, grpcPort}, engineUri, gatewayPort, gatewayUri, secrets);

        out.println();
        out.println("Setting up, as the officer:");
        OfficerClient officer = new OfficerClient(http, engineUri, DemoSecrets.OFFICER, secrets.officerPassword());
        DemoAuction auction = new DemoAuction(officer, http, gatewayUri, options.roundSeconds(), out);
        auction.prepare();
        JsonNode end = auction.run();
        String id = auction.auctionId();
        String outcome = end.path("outcome").asString("CANCELLED");
        out.println("  The auction ended: " + outcome + (end.path("finalPrice").isString()
                ? " at " + end.path("finalPrice").asString() + " yen/kWh" : "") + ".");
        Map<String, Path> written = new LinkedHashMap<>();
        if (!"AWARDED".equals(outcome) && !"PARTIALLY_AWARDED".equals(outcome)) {
            Path scenario = DemoReport.saveScenario(officer, id, OUTPUT);
            throw new DemoException("The auction ended " + outcome + ", without an award to approve. Its scenario is "
                    + "in " + scenario);
        }
        officer.command(id, "approve");
        JsonNode report = DemoReport.saveReport(officer, id, OUTPUT, written);
        Path scenario = DemoReport.saveScenario(officer, id, OUTPUT);
        written.put(scenario.getFileName().toString(), scenario);
        DemoReport.checkOfflineLinks(written);
        DemoReport.printAward(end, report, auction.names(), out);
        DemoReport.printWards(report, out);
        DemoContracts.Saved contracts = DemoContracts.save(officer, id, OUTPUT);
        out.println("  " + contracts.summary() + ".");
        written.put("contracts/", contracts.folder());
        for (String log : new String[] {"engine.log", "gateway.log"}) {
            written.put(log, OUTPUT.resolve(log).toAbsolutePath());
        }
        DemoReport.printFiles(written, DemoOptions.REPLAY_JAR, OUTPUT.resolve(scenario.getFileName()), out);
        if (options.keepRunning()) {
            printAccess(engineUri, gatewayUri, secrets, auction);
            return true;
        }
        out.println();
        out.println("Done. (Run with --keep-running to explore the APIs afterwards.)");
        return false;
    }

    private int port(int wanted, boolean given, String what, Set<Integer> taken) {
        if (!taken.contains(wanted) && isFree(wanted)) {
            return wanted;
        }
        if (given) {
            throw new DemoException("Port " + wanted + " for the " + what + " is in use; choose another with --"
                    + what + "-port=N");
        }
        for (int i = 0; i < 20; i++) {
            try (ServerSocket socket = new ServerSocket(0)) {
                int free = socket.getLocalPort();
                if (!taken.contains(free)) {
                    out.println("  Port " + wanted + " is in use, so the " + what + " will use port " + free + ".");
                    return free;
                }
            } catch (IOException e) {
                throw new DemoException("No free port for the " + what + ": " + e.getMessage(), e);
            }
        }
        throw new DemoException("No free port for the " + what);
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void createOutput() {
        try {
            Files.createDirectories(OUTPUT);
        } catch (IOException e) {
            throw new DemoException("Could not create " + OUTPUT.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** The embedded database's directory, emptied; or {@code null} when the environment names a database. */
    private Path database() {
        String r2dbc = System.getenv("TOMONI_DB_R2DBC_URL");
        if (r2dbc != null && !r2dbc.isBlank()) {
            String jdbc = System.getenv("TOMONI_DB_JDBC_URL");
            if (jdbc == null || jdbc.isBlank()) {
                throw new DemoException("TOMONI_DB_R2DBC_URL is set but TOMONI_DB_JDBC_URL is not: set both (with "
                        + "TOMONI_DB_USER and TOMONI_DB_PASSWORD) to use your database, or neither for the embedded one.");
            }
            String user = System.getenv("TOMONI_DB_USER");
            out.println("  Database: yours, from the environment: " + redact(r2dbc) + " and " + redact(jdbc)
                    + " as user " + (user == null || user.isBlank() ? "tomoni (the default)" : user) + ".");
            return null;
        }
        Path db = OUTPUT.resolve("db");
        Path pidFile = db.resolve("postmaster.pid");
        try {
            if (Files.isRegularFile(pidFile)) {
                String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
                if (first.matches("\\d{1,10}") && ProcessHandle.of(Long.parseLong(first)).map(ProcessHandle::isAlive)
                        .orElse(false)) {
                    throw new DemoException(db.toAbsolutePath() + " is in use by PostgreSQL (pid " + first + "), "
                            + "probably a demo still running with --keep-running. Stop it (Ctrl-C) first.");
                }
            }
            if (Files.exists(db)) {
                try (Stream<Path> files = Files.walk(db)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new DemoException("Could not empty " + db.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        out.println("  Database: embedded PostgreSQL in " + db + " (emptied, so every run starts clean).");
        return db;
    }

    /** {@code url} without a password: user information and {@code password=} parameters are masked. */
    static String redact(String url) {
        return url.replaceAll("//[^/@]*@", "//***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    /**
     * Starts the engine and the gateway from their jars, side by side (the gateway needs the engine only once
     * retailers call it), and waits until both are healthy.
     */
    private void startServices(Path db, int[] enginePorts, URI engineUri, int gatewayPort, URI gatewayUri,
                               DemoSecrets secrets) {
        int enginePort = enginePorts[0];
        int grpcPort = enginePorts[1];
        Path engineLog = OUTPUT.resolve("engine.log");
        Path gatewayLog = OUTPUT.resolve("gateway.log");
        String java = ServiceProcess.currentJava();
        out.println("  Starting the engine on port " + enginePort + " (log: " + engineLog + ") and the bidder gateway"
                + " on port " + gatewayPort + " (log: " + gatewayLog + ") ...");
        long t0 = System.nanoTime();
        engine = ServiceProcess.start("engine", ServiceProcess.engineCommand(java, options.engineJar(), db, enginePort,
                grpcPort), ServiceProcess.engineEnvironment(secrets), engineLog);
        ServiceProcess startedEngine = engine;
        Runtime.getRuntime().addShutdownHook(new Thread(startedEngine::close, "tomoni-demo-engine-stop"));
        gateway = ServiceProcess.start("gateway", ServiceProcess.gatewayCommand(java, options.gatewayJar(), gatewayPort,
                grpcPort), ServiceProcess.gatewayEnvironment(secrets), gatewayLog);
        ServiceProcess startedGateway = gateway;
        Runtime.getRuntime().addShutdownHook(new Thread(startedGateway::close, "tomoni-demo-gateway-stop"));
        engine.awaitHealthy(http, engineUri, START_TIMEOUT);
        out.println("  The engine is up at " + engineUri + " (" + (System.nanoTime() - t0) / 1_000_000_000L + " s).");
        gateway.awaitHealthy(http, gatewayUri, START_TIMEOUT);
        out.println("  The gateway is up at " + gatewayUri + ".");
    }

    private void printAccess(URI engineUri, URI gatewayUri, DemoSecrets secrets, DemoAuction auction) {
        String live = auction.openLiveAuction(LIVE_ROUND_SECONDS);
        Map.Entry<String, String> first = auction.apiKeys().entrySet().iterator().next();
        String bearer = "-H 'Authorization: Bearer " + first.getValue() + "'";
        String officer = "-u " + DemoSecrets.OFFICER + ":" + secrets.officerPassword();
        URI liveUri = gatewayUri.resolve("/api/v1/auctions/" + live);
        out.println();
        out.println("A second auction is open for you: " + live + ", every school of the 23 wards (lot "
                + DemoAuction.LIVE_LOT_ID + "), " + DemoAuction.LIVE_TRANCHES + " tranches, rounds of "
                + LIVE_ROUND_SECONDS / 60 + " minutes, round 1 at " + DemoAuction.START_PRICE + " yen/kWh.");
        out.println("No simulated retailer bids on it. Try it as retailer " + first.getKey() + ":");
        out.println("  Read it:        curl " + bearer + " " + liveUri);
        out.println("  Bid 3 tranches: curl " + bearer + " -H 'Content-Type: application/json' -H 'Idempotency-Key: "
                + "try-1' " + liveUri + "/bids -d '{\"round\": 1, \"quantity\": 3}'");
        out.println("  Your bids:      curl " + bearer + " " + liveUri + "/bids");
        out.println("  Follow it live: curl -N " + bearer + " " + liveUri + "/events");
        out.println("  As the officer: curl " + officer + " " + engineUri.resolve("/api/v1/auctions/" + live)
                + "   (then .../pause, .../cancel -d '{\"reason\": \"...\"}')");
        out.println("  In the console: " + engineUri.resolve("/console/auctions/" + live));
        out.println();
        out.println("Everything keeps running until you press Ctrl-C, which stops the engine and the gateway.");
        out.println("  Officers' console (browser): " + engineUri.resolve("/console/") + "   Award report: "
                + engineUri.resolve("/api/v1/auctions/" + auction.auctionId() + "/report.html"));
        out.println("  Engine (officers, analysts): " + engineUri + "   OpenAPI: " + engineUri.resolve("/v3/api-docs"));
        out.println("  Gateway (retailers):         " + gatewayUri + "   OpenAPI: " + gatewayUri.resolve("/v3/api-docs"));
        out.println("  Officer: " + DemoSecrets.OFFICER + " / " + secrets.officerPassword() + "    Analyst: "
                + DemoSecrets.ANALYST + " / " + secrets.analystPassword() + "   (console sign-in or HTTP Basic, this run only)");
        out.println("  Retailers' API keys (Authorization: Bearer KEY, on the gateway only):");
        auction.apiKeys().forEach((id, key) -> out.println("    " + id + "  " + key));
    }

    private void waitForInterrupt() {
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stop() {
        if (gateway != null) {
            out.println("Stopping the gateway ...");
            gateway.close();
            gateway = null;
        }
        if (engine != null) {
            out.println("Stopping the engine ...");
            engine.close();
            engine = null;
        }
    }
}
