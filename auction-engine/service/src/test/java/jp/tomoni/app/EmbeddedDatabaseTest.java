package jp.tomoni.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-machine database survives an engine that was killed and left its PostgreSQL running. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dir;

    /** The engine that gets killed: starts the database in {@code args[0]}, writes a row, says READY, waits. */
    public static final class KilledEngine {
        public static void main(String[] args) throws Exception {
            EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]));
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + db.port() + "/tomoni",
                    "postgres", ""); Statement s = c.createStatement()) {
                s.execute("create table kept (v int)");
                s.execute("insert into kept values (42)");
            }
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    @Test
    void aPostgresqlLeftRunningByAKilledEngineIsStoppedAndTheDataIsKept() throws Exception {
        Path data = dir.resolve("db");
        Process engine = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), KilledEngine.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(engine.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                assertThat(engine.isAlive()).as("the first engine died: " + line).isTrue();
            }
            assertThat(line).as("the first engine said READY").isEqualTo("READY");
        }
        engine.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        long orphanPid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).as("PostgreSQL outlived its engine")
                .contains(true);

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(data)) {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + restarted.port() + "/tomoni",
                    "postgres", ""); Statement s = c.createStatement(); ResultSet kept = s.executeQuery("select v from kept")) {
                assertThat(kept.next()).isTrue();
                assertThat(kept.getInt(1)).isEqualTo(42);
            }
        }
    }
}
