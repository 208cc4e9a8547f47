package jp.tomoni.demo;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The demo ({@code tomoni-demo.jar [options]}): a joint CLOCK reverse auction for Tokyo's 23 special
 * wards on ILLUSTRATIVE data. It starts the engine and the gateway from their jars as child processes, sets up
 * as the officer two procurement groups with users of their bodies ({@link DemoOrganisation}), the 23 wards'
 * lot and ten simulated retailers, lets the retailers bid through the gateway, follows the rounds, has the
 * award approved in two steps by the wards' simulated officers ({@link DemoApproval}) and writes the report,
 * its CSVs, the scenario export and the contract sheets to {@code demo-output/}. See {@link DemoOptions#USAGE}
 * for the options.
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
        int enginePort = DemoResources.port(options.enginePort(), options.enginePortGiven(), "engine", Set.of(), out);
        int gatewayPort = DemoResources.port(options.gatewayPort(), options.gatewayPortGiven(), "gateway",
                Set.of(enginePort), out);
        int grpcPort = DemoResources.port(DEFAULT_GRPC_PORT, false, "engine's gateway endpoint",
                Set.of(enginePort, gatewayPort), out);
        Path db = DemoResources.prepareOutput(OUTPUT, out);
        DemoSecrets secrets = DemoSecrets.generate();
        URI engineUri = URI.create("http://localhost:" + enginePort);
        URI gatewayUri = URI.create("http://localhost:" + gatewayPort);
        startServices(db, new int[] {enginePort, grpcPort}, engineUri, gatewayPort, gatewayUri, secrets);

        out.println();
        out.println("Setting up, as the officer:");
        OfficerClient officer = new OfficerClient(http, engineUri, DemoSecrets.OFFICER, secrets.officerPassword());
        DemoAuction auction = new DemoAuction(officer, http, gatewayUri, options.roundSeconds(), out);
        DemoOrganisation organisation = new DemoOrganisation(officer, http, engineUri, secrets, auction.stamp(), out);
        Path signIns = organisation.setUp(OUTPUT);
        auction.prepare();
        DemoQualification.applyAndApprove(http, gatewayUri, auction, organisation.as(DemoUsers.TOKYO_LEAD),
                DemoUsers.TOKYO_LEAD, DemoOrganisation.TOKYO_GROUP, out);
        JsonNode end = auction.run();
        String id = auction.auctionId();
        String outcome = end.path("outcome").asString("CANCELLED");
        out.println("  The auction ended: " + outcome + (end.path("finalPrice").isString()
                ? " at " + end.path("finalPrice").asString() + " yen/kWh" : "") + ".");
        if (!"AWARDED".equals(outcome) && !"PARTIALLY_AWARDED".equals(outcome)) {
            Path scenario = DemoReport.saveScenario(officer, id, OUTPUT);
            throw new DemoException("The auction ended " + outcome + ", without an award to approve. Its scenario is "
                    + "in " + scenario);
        }
        String approved = DemoApproval.approve(organisation, officer, id, out);
        DemoApproval.checkSeparation(organisation, id, Set.of(DemoAuction.LOT_ID, DemoAuction.LIVE_LOT_ID), out);
        Map<String, Path> written = new LinkedHashMap<>();
        JsonNode report = DemoReport.saveReport(officer, id, OUTPUT, written);
        Path scenario = DemoReport.saveScenario(officer, id, OUTPUT);
        written.put(scenario.getFileName().toString(), scenario);
        DemoReport.checkOfflineLinks(written);
        DemoReport.printAward(end, report, auction.names(), approved, out);
        DemoReport.printWards(report, out);
        DemoContracts.Saved contracts = DemoContracts.save(officer, id, OUTPUT);
        out.println("  " + contracts.summary() + ".");
        written.put("contracts/", contracts.folder());
        written.put(DemoOrganisation.SIGN_INS_FILE, signIns);
        for (String log : new String[] {"engine.log", "gateway.log"}) {
            written.put(log, OUTPUT.resolve(log).toAbsolutePath());
        }
        DemoReport.printFiles(written, DemoOptions.REPLAY_JAR, OUTPUT.resolve(scenario.getFileName()), out);
        if (options.keepRunning()) {
            String live = auction.openLiveAuction(LIVE_ROUND_SECONDS);
            DemoAccess.print(engineUri, gatewayUri, secrets, auction, organisation, live, LIVE_ROUND_SECONDS, out);
            return true;
        }
        out.println();
        out.println("Done. (Run with --keep-running to explore the APIs afterwards.)");
        return false;
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
