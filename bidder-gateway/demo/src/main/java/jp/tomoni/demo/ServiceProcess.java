package jp.tomoni.demo;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A service as a child process ({@code java -jar auction-engine.jar ...} or {@code bidder-gateway.jar}), its
 * output in a log file. The demo uses the services from their own jars, as any installation would. It is
 * stopped gently (SIGTERM, so that the engine stops its embedded PostgreSQL too), and forcibly only if it has
 * not stopped in 30 s.
 */
final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private ServiceProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * The engine's command line.
     *
     * @param java       the {@code java} executable
     * @param embeddedDb the embedded database's directory, or {@code null} for the database in the environment
     * @param port       the officers' HTTP port
     * @param grpcPort   the port of the endpoint the gateway calls
     */
    static List<String> engineCommand(String java, Path jar, Path embeddedDb, int port, int grpcPort) {
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString()));
        if (embeddedDb != null) {
            command.add("--embedded-db=" + embeddedDb);
        }
        command.add("--server.port=" + port);
        command.add("--tomoni.grpc.port=" + grpcPort);
        return command;
    }

    /**
     * The gateway's command line: its port, the engine's gRPC endpoint it fronts and rate limits high enough
     * for ten simulated retailers on one machine.
     */
    static List<String> gatewayCommand(String java, Path jar, int port, int engineGrpcPort) {
        return List.of(java, "-jar", jar.toString(), "--server.port=" + port,
                "--tomoni.gateway.engine-address=localhost:" + engineGrpcPort,
                "--tomoni.gateway.rate-limit.bids-per-second=1000", "--tomoni.gateway.rate-limit.burst=1000",
                "--tomoni.gateway.rate-limit.reads-per-second=1000", "--tomoni.gateway.rate-limit.read-burst=1000");
    }

    /** The gateway's key, in the gateway's environment only (never on a command line others can see). */
    static Map<String, String> gatewayEnvironment(DemoSecrets secrets) {
        return Map.of("TOMONI_GATEWAY_KEY", secrets.gatewayKey());
    }

    /**
     * This run's users and gateway key, as environment variables of the engine process (Spring's relaxed
     * binding of {@code tomoni.security.*}), so that they never show on a command line other users can see.
     */
    static Map<String, String> engineEnvironment(DemoSecrets secrets) {
        Map<String, String> env = new LinkedHashMap<>();
        addUser(env, 0, DemoSecrets.OFFICER, secrets.officerPassword(), "OFFICER");
        addUser(env, 1, DemoSecrets.ANALYST, secrets.analystPassword(), "ANALYST");
        env.put("TOMONI_SECURITY_GATEWAYKEY", secrets.gatewayKey());
        return env;
    }

    private static void addUser(Map<String, String> env, int i, String name, String password, String role) {
        String prefix = "TOMONI_SECURITY_USERS_" + i + "_";
        env.put(prefix + "NAME", name);
        env.put(prefix + "PASSWORD", "{noop}" + password);
        env.put(prefix + "ROLE", role);
    }

    /** The {@code java} executable running this JVM, to run the services on the same Java. */
    static String currentJava() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * Starts {@code command} with {@code environment} added, its output and errors into {@code log} (overwritten).
     *
     * @param name what it is, for messages: "engine" or "gateway"
     */
    static ServiceProcess start(String name, List<String> command, Map<String, String> environment, Path log) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            return new ServiceProcess(name, process, log);
        } catch (IOException e) {
            throw new DemoException("The " + name + " could not be started: " + e.getMessage(), e);
        }
    }

    /** Waits until {@code GET /actuator/health} answers 200, else fails with the log's last 30 lines. */
    void awaitHealthy(DemoHttp http, URI service, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        var request = DemoHttp.request(service.resolve("/actuator/health")).timeout(Duration.ofSeconds(2)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new DemoException("The " + name + " stopped while starting (exit code " + process.exitValue()
                        + "). The last lines of " + log.toAbsolutePath() + ":\n" + tail(30));
            }
            try {
                if (http.sendOrThrow(request).status() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            pause();
        }
        throw new DemoException("The " + name + " did not become healthy within " + timeout.toSeconds() + " s. The last "
                + "lines of " + log.toAbsolutePath() + ":\n" + tail(30));
    }

    /** The log's last {@code n} lines, each indented. */
    String tail(int n) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "    " + String.join("\n    ", lines.subList(Math.max(0, lines.size() - n), lines.size()));
        } catch (IOException e) {
            return "    (the log cannot be read: " + e.getMessage() + ")";
        }
    }

    /** The process id. */
    long pid() {
        return process.pid();
    }

    /** Stops the service, if it is still running; safe to call more than once. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException("interrupted while waiting for the " + name, e);
        }
    }
}
