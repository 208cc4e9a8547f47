package jp.tomoni.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the demo takes from the machine before it starts the services: free ports, and the output directory
 * with the embedded database's directory in it, emptied so that every run starts clean (unless the environment
 * names a database of yours). Each choice it makes is printed.
 */
final class DemoResources {

    private DemoResources() {
    }

    /**
     * A port for {@code what}: {@code wanted} when it is free and not {@code taken}; else, unless it was
     * {@code given} on the command line (which then fails), a free one the system picks.
     */
    static int port(int wanted, boolean given, String what, Set<Integer> taken, PrintStream out) {
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

    /**
     * Creates the output directory {@code output}; answers the embedded database's directory in it, emptied, or
     * {@code null} when the environment names a database.
     */
    static Path prepareOutput(Path output, PrintStream out) {
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new DemoException("Could not create " + output.toAbsolutePath() + ": " + e.getMessage(), e);
        }
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
        Path db = output.resolve("db");
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
}
