package jp.tomoni.testdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One PostgreSQL server shared by every test in the JVM.
 *
 * <p>The server is chosen once, in this order:
 * <ol>
 *   <li>{@value #EXTERNAL}: the server named by {@code TOMONI_TEST_PG_HOST} (with {@code TOMONI_TEST_PG_PORT},
 *       {@code TOMONI_TEST_PG_USER}, {@code TOMONI_TEST_PG_PASSWORD}, {@code TOMONI_TEST_PG_DATABASE});</li>
 *   <li>{@value #TESTCONTAINERS}: a {@value #IMAGE} container, when Docker is available;</li>
 *   <li>{@value #EMBEDDED}: zonky embedded PostgreSQL, with {@code fsync} and {@code synchronous_commit} on.</li>
 * </ol>
 * If none works, {@link #get()} throws an {@link IllegalStateException} that lists every attempt and why it
 * failed: database tests fail, they never skip. Each test works in its own database from
 * {@link #createDatabase(String)}.
 */
public final class TestDatabase {

    /** Kind of a server named by {@code TOMONI_TEST_PG_HOST}. */
    public static final String EXTERNAL = "external";
    /** Kind of a server started by Testcontainers. */
    public static final String TESTCONTAINERS = "testcontainers";
    /** Kind of a zonky embedded server. */
    public static final String EMBEDDED = "embedded";
    /** Docker image used when Testcontainers is chosen. */
    public static final String IMAGE = "postgres:17";

    static final String HOST_VAR = "TOMONI_TEST_PG_HOST";
    static final String PORT_VAR = "TOMONI_TEST_PG_PORT";
    static final String USER_VAR = "TOMONI_TEST_PG_USER";
    static final String PASSWORD_VAR = "TOMONI_TEST_PG_PASSWORD";
    static final String DATABASE_VAR = "TOMONI_TEST_PG_DATABASE";

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final int MAX_IDENTIFIER = 63;
    private static final int SUFFIX_LENGTH = 9;
    private static final int MIN_VERSION_NUM = 130_000;
    private static final Set<String> PROTECTED = Set.of("postgres", "template0", "template1");
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final Object LOCK = new Object();
    private static TestDatabase instance;
    private static IllegalStateException failure;

    private final String kind;
    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String adminDatabase;

    private TestDatabase(String kind, String host, int port, String user, String password, String adminDatabase) {
        this.kind = kind;
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.adminDatabase = adminDatabase;
    }

    /**
     * A database made for one test by {@link #createDatabase(String)}.
     *
     * @param name     the database name, {@code <prefix>_<8 hex digits>}
     * @param jdbcUrl  {@code jdbc:postgresql://host:port/name}
     * @param r2dbcUrl {@code r2dbc:postgresql://host:port/name}
     * @param user     the user to connect as
     * @param password the password (may be empty)
     */
    public record Fresh(String name, String jdbcUrl, String r2dbcUrl, String user, String password) {
    }

    /**
     * The server for this JVM, found or started on first use.
     *
     * @return the shared server, never {@code null}
     * @throws IllegalStateException if no server could be had; the message lists every attempt and its reason
     */
    public static TestDatabase get() {
        synchronized (LOCK) {
            if (instance == null && failure == null) {
                try {
                    instance = open(System.getenv());
                } catch (IllegalStateException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw new IllegalStateException(failure.getMessage(), failure);
            }
            return instance;
        }
    }

    /** Tries each kind of server in order, reading the settings from {@code env}. */
    static TestDatabase open(Map<String, String> env) {
        long started = System.nanoTime();
        List<String> notUsed = new ArrayList<>();
        String host = env.get(HOST_VAR);
        if (host == null || host.isBlank()) {
            notUsed.add(EXTERNAL + " (" + HOST_VAR + " is not set)");
        } else {
            try {
                return announce(external(host.trim(), env), started, notUsed);
            } catch (Exception e) {
                throw new IllegalStateException("the PostgreSQL server named by " + HOST_VAR + " (" + host
                        + ") cannot be used, and database tests do not fall back from a server that was asked for: "
                        + reason(e), e);
            }
        }
        String docker = dockerUnavailableReason();
        if (docker != null) {
            notUsed.add(TESTCONTAINERS + " (" + docker + ")");
        } else {
            try {
                return announce(testcontainers(), started, notUsed);
            } catch (Exception | LinkageError e) {
                notUsed.add(TESTCONTAINERS + " (" + reason(e) + ")");
            }
        }
        try {
            return announce(embedded(), started, notUsed);
        } catch (Exception | LinkageError e) {
            notUsed.add(EMBEDDED + " (" + reason(e) + ")");
        }
        throw new IllegalStateException("No PostgreSQL server for the tests; database tests fail rather than skip. "
                + "Tried: " + String.join("; ", notUsed) + ". Set " + HOST_VAR + " (and " + PORT_VAR + ", "
                + USER_VAR + ", " + PASSWORD_VAR + ", " + DATABASE_VAR + ") to use an existing server.");
    }

    /** @return {@value #EXTERNAL}, {@value #TESTCONTAINERS} or {@value #EMBEDDED} */
    public String kind() {
        return kind;
    }

    /** @return the host name to connect to */
    public String host() {
        return host;
    }

    /** @return the TCP port to connect to */
    public int port() {
        return port;
    }

    /** @return the user to connect as (may create and drop databases) */
    public String user() {
        return user;
    }

    /** @return the password, empty when the server does not ask for one */
    public String password() {
        return password;
    }

    /**
     * The JDBC URL of a database on this server.
     *
     * @param database the database name
     * @return {@code jdbc:postgresql://host:port/database}
     */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + authority() + "/" + database;
    }

    /**
     * Creates an empty database named {@code <prefix>_<8 random hex digits>}.
     *
     * @param prefix lower-case letters, digits and underscores, starting with a letter or underscore, at most
     *               54 characters
     * @return how to reach the new database
     * @throws IllegalArgumentException if the prefix is not such a name
     */
    public Fresh createDatabase(String prefix) {
        requireIdentifier(prefix, MAX_IDENTIFIER - SUFFIX_LENGTH, "prefix");
        String name = prefix + "_" + HexFormat.of().toHexDigits(RANDOM.nextInt());
        execute("CREATE DATABASE " + name);
        return new Fresh(name, jdbcUrl(name), "r2dbc:postgresql://" + authority() + "/" + name, user, password);
    }

    /**
     * Drops a database, ending any connection still open to it ({@code WITH (FORCE)}); does nothing if it is
     * already gone.
     *
     * @param name a name returned by {@link #createDatabase(String)}
     * @throws IllegalArgumentException if the name is not a plain lower-case identifier, or is the server's
     *                                  maintenance or template database
     */
    public void dropDatabase(String name) {
        requireIdentifier(name, MAX_IDENTIFIER, "database name");
        if (PROTECTED.contains(name) || name.equals(adminDatabase)) {
            throw new IllegalArgumentException("Refusing to drop the server's own database " + name);
        }
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    @Override
    public String toString() {
        return kind + " PostgreSQL at " + authority() + " as " + user;
    }

    private static TestDatabase external(String host, Map<String, String> env) throws SQLException {
        int port = Integer.parseInt(env.getOrDefault(PORT_VAR, "5432").trim());
        TestDatabase db = new TestDatabase(EXTERNAL, host, port, env.getOrDefault(USER_VAR, "postgres"),
                env.getOrDefault(PASSWORD_VAR, ""), env.getOrDefault(DATABASE_VAR, "postgres"));
        db.verify();
        return db;
    }

    private static String dockerUnavailableReason() {
        try {
            return DockerClientFactory.instance().isDockerAvailable() ? null : "Docker is not available";
        } catch (Exception | LinkageError e) {
            return "Docker probe failed: " + reason(e);
        }
    }

    private static TestDatabase testcontainers() throws SQLException {
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
        try {
            container.start();
            TestDatabase db = new TestDatabase(TESTCONTAINERS, container.getHost(),
                    container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT), container.getUsername(),
                    container.getPassword(), container.getDatabaseName());
            db.verify();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "tomoni-testdb-container-stop"));
            return db;
        } catch (RuntimeException | SQLException e) {
            container.stop();
            throw e;
        }
    }

    private static TestDatabase embedded() throws IOException, SQLException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setRegisterShutdownHook(false)
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "tomoni-testdb-embedded-stop"));
        TestDatabase db = new TestDatabase(EMBEDDED, "localhost", postgres.getPort(), "postgres", "", "postgres");
        db.verify();
        return db;
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("[tomoni-testdb] could not stop embedded PostgreSQL: " + e);
        }
    }

    private static TestDatabase announce(TestDatabase db, long started, List<String> notUsed) {
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        String skipped = notUsed.isEmpty() ? "" : "; not used: " + String.join(", ", notUsed);
        System.err.println("[tomoni-testdb] using " + db + " (ready in " + millis + " ms" + skipped + ")");
        return db;
    }

    /** Checks that the server answers, is new enough for {@code DROP DATABASE ... WITH (FORCE)}, and is durable. */
    private void verify() throws SQLException {
        try (Connection connection = connect(adminDatabase); Statement statement = connection.createStatement()) {
            int version = Integer.parseInt(show(statement, "server_version_num"));
            if (version < MIN_VERSION_NUM) {
                throw new SQLException("PostgreSQL 13 or later is needed, server is " + version);
            }
            if (EMBEDDED.equals(kind)) {
                for (String setting : List.of("fsync", "synchronous_commit")) {
                    String value = show(statement, setting);
                    if (!"on".equals(value)) {
                        throw new SQLException("embedded PostgreSQL runs with " + setting + "=" + value);
                    }
                }
            }
        }
    }

    private static String show(Statement statement, String setting) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SHOW " + setting)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private void execute(String sql) {
        try (Connection connection = connect(adminDatabase); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Failed on " + this + ": " + sql, e);
        }
    }

    private Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(jdbcUrl(database), properties);
    }

    private String authority() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    private static void requireIdentifier(String value, int maxLength, String what) {
        if (value == null || value.length() > maxLength || !IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException("The " + what + " must be lower-case letters, digits and underscores, "
                    + "start with a letter or underscore, and be at most " + maxLength + " characters: " + value);
        }
    }

    private static String reason(Throwable e) {
        String own = e.getClass().getSimpleName() + ": " + e.getMessage();
        return e.getCause() == null ? own : own + " <- " + reason(e.getCause());
    }
}
