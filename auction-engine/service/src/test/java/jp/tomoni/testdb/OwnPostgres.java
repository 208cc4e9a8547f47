package jp.tomoni.testdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A PostgreSQL of one test's own, embedded, which the test may stop, start again on the same port over the
 * same data, and freeze (SIGSTOP) and thaw: what the shared {@link TestDatabase} must never suffer. The
 * engine connects to its database {@code postgres} as user {@code postgres} without a password.
 */
public final class OwnPostgres implements AutoCloseable {

    private final Path data;
    private final int port;
    private EmbeddedPostgres server;
    private List<ProcessHandle> frozen = List.of();

    private OwnPostgres(Path data, int port) {
        this.data = data;
        this.port = port;
    }

    /** A fresh server on a free port. */
    public static OwnPostgres start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            OwnPostgres postgres = new OwnPostgres(Files.createTempDirectory("tomoni-own-pg"), socket.getLocalPort());
            socket.close();
            postgres.startAgain();
            return postgres;
        } catch (IOException e) {
            throw new IllegalStateException("the test's own PostgreSQL did not start", e);
        }
    }

    /** Starts the server again after {@link #stop}, on the same port over the same data. */
    public void startAgain() {
        try {
            server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                    .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setRegisterShutdownHook(false).start();
        } catch (IOException e) {
            throw new IllegalStateException("the test's own PostgreSQL did not start", e);
        }
    }

    /** Stops the server (a fast shutdown: its clients are cut off at once). */
    public void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new IllegalStateException("the test's own PostgreSQL did not stop", e);
        }
    }

    /** Freezes the postmaster and every backend (SIGSTOP): connections stay open, nothing answers. */
    public void freeze() throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(0, postmaster);
        signal("STOP", all);
        frozen = all;
    }

    /** Lets a frozen server go on (SIGCONT). */
    public void thaw() throws IOException, InterruptedException {
        signal("CONT", frozen);
        frozen = List.of();
    }

    private static void signal(String name, List<ProcessHandle> processes) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("kill", "-" + name));
        processes.forEach(p -> command.add(Long.toString(p.pid())));
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("kill -" + name + " failed with " + exit);
        }
    }

    /** The port it listens on, on localhost. */
    public int port() {
        return port;
    }

    /** {@code spring.r2dbc.url} for it. */
    public String r2dbcUrl() {
        return "r2dbc:postgresql://localhost:" + port + "/postgres";
    }

    /** {@code spring.flyway.url} for it. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (!frozen.isEmpty()) {
            thaw();
        }
        server.close();
    }
}
