package jp.tomoni.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * Runs PostgreSQL inside the engine's process for the local demo and for trying Tomoni out: no server to
 * install. It keeps {@code fsync} and {@code synchronous_commit} on, like a real deployment, and stores its
 * data in a directory that survives restarts. Production points the engine at its own server instead.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL with its data in {@code dataDirectory} (created if absent, reused if present), ensures
     * a database {@code tomoni} exists, and points the engine's R2DBC and Flyway settings at it through system
     * properties.
     */
    public static EmbeddedDatabase start(Path dataDirectory) throws IOException, SQLException {
        Files.createDirectories(dataDirectory);
        stopOrphan(dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false).setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on").start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = 'tomoni'")) {
            if (!exists.next()) {
                statement.execute("create database tomoni");
            }
        }
        int port = postgres.getPort();
        System.setProperty("spring.r2dbc.url", "r2dbc:postgresql://localhost:" + port + "/tomoni");
        System.setProperty("spring.r2dbc.username", "postgres");
        System.setProperty("spring.r2dbc.password", "");
        System.setProperty("spring.flyway.url", "jdbc:postgresql://localhost:" + port + "/tomoni");
        System.setProperty("spring.flyway.user", "postgres");
        System.setProperty("spring.flyway.password", "");
        return new EmbeddedDatabase(postgres);
    }

    /**
     * Stops a PostgreSQL left running on {@code dataDirectory} by an earlier engine that was killed: pg_ctl
     * runs the server detached, so it outlives the engine's process and would hold the data directory's lock.
     * It is asked to stop (SIGTERM: its clients are gone, so it stops at once) and killed after 15 s.
     */
    static void stopOrphan(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
        if (!first.matches("[0-9]{1,10}")) {
            return;
        }
        Optional<ProcessHandle> server = ProcessHandle.of(Long.parseLong(first))
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (server.isEmpty()) {
            return;
        }
        LOG.warning(() -> "stopping the embedded PostgreSQL (pid " + first + ") that an earlier engine left running in "
                + dataDirectory);
        ProcessHandle orphan = server.get();
        orphan.destroy();
        try {
            orphan.onExit().get(15, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            orphan.destroyForcibly();
            orphan.onExit().join();
        } catch (ExecutionException e) {
            throw new IOException("the old PostgreSQL did not stop", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the old PostgreSQL", e);
        }
    }

    /** The port it listens on, on localhost. */
    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
