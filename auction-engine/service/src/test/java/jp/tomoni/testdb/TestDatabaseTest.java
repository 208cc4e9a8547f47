package jp.tomoni.testdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link TestDatabase} gives a real, durable PostgreSQL server and isolated databases on it. */
class TestDatabaseTest {

    private final TestDatabase server = TestDatabase.get();
    private final List<String> created = new ArrayList<>();

    @AfterEach
    void dropCreatedDatabases() {
        created.forEach(server::dropDatabase);
    }

    @Test
    void getReturnsOneRunningServer() {
        assertThat(server.kind()).isIn(TestDatabase.EXTERNAL, TestDatabase.TESTCONTAINERS, TestDatabase.EMBEDDED);
        assertThat(server.host()).isNotBlank();
        assertThat(server.port()).isBetween(1, 65_535);
        assertThat(server.user()).isNotBlank();
        assertThat(server.password()).isNotNull();
        assertThat(TestDatabase.get()).isSameAs(server);
    }

    @Test
    void aFreshDatabaseAcceptsJdbcConnections() throws SQLException {
        TestDatabase.Fresh db = create("fresh");

        assertThat(db.name()).matches("fresh_[0-9a-f]{8}");
        assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://" + server.host() + ":" + server.port() + "/" + db.name());
        assertThat(db.r2dbcUrl()).isEqualTo("r2dbc:postgresql://" + server.host() + ":" + server.port() + "/" + db.name());
        assertThat(db.user()).isEqualTo(server.user());
        assertThat(db.password()).isEqualTo(server.password());
        assertThat(query(db, "SELECT current_database()")).isEqualTo(db.name());
        assertThat(query(db, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).isEqualTo("0");
    }

    @Test
    void theServerIsDurableUnlessItIsSomeoneElses() throws SQLException {
        TestDatabase.Fresh db = create("durable");
        String fsync = query(db, "SHOW fsync");
        String synchronousCommit = query(db, "SHOW synchronous_commit");

        if (TestDatabase.EXTERNAL.equals(server.kind())) {
            assertThat(fsync).isIn("on", "off");
            assertThat(synchronousCommit).isNotBlank();
        } else {
            assertThat(fsync).as("fsync on the %s server", server.kind()).isEqualTo("on");
            assertThat(synchronousCommit).as("synchronous_commit on the %s server", server.kind()).isEqualTo("on");
        }
    }

    @Test
    void twoDatabasesHaveDifferentNamesAndDoNotShareTables() throws SQLException {
        TestDatabase.Fresh first = create("isolation");
        TestDatabase.Fresh second = create("isolation");

        assertThat(first.name()).isNotEqualTo(second.name());
        execute(first, "CREATE TABLE only_in_first (id bigint PRIMARY KEY)");
        execute(first, "INSERT INTO only_in_first VALUES (1)");

        assertThat(query(first, "SELECT count(*) FROM only_in_first")).isEqualTo("1");
        assertThat(query(second, "SELECT to_regclass('public.only_in_first') IS NULL")).isEqualTo("t");
    }

    @Test
    void dropDatabaseRemovesItEvenWhileAConnectionIsOpen() throws SQLException {
        TestDatabase.Fresh db = server.createDatabase("dropped");
        try (Connection open = connect(db)) {
            server.dropDatabase(db.name());

            assertThat(existsOnServer(db.name())).isFalse();
            assertThatThrownBy(() -> connect(db).close()).isInstanceOf(SQLException.class)
                    .hasMessageContaining(db.name());
        }
        server.dropDatabase(db.name());
    }

    @Test
    void namesMustBePlainIdentifiersAndTheServersOwnDatabasesAreNotDropped() {
        assertThatThrownBy(() -> server.createDatabase("Bad-Name")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> server.createDatabase("x; DROP DATABASE postgres"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> server.createDatabase("a".repeat(55))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> server.dropDatabase("postgres")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> server.dropDatabase("template1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theExternalSettingsReachAServer() throws SQLException {
        TestDatabase.Fresh admin = create("external_admin");
        TestDatabase external = TestDatabase.open(Map.of(
                TestDatabase.HOST_VAR, server.host(),
                TestDatabase.PORT_VAR, Integer.toString(server.port()),
                TestDatabase.USER_VAR, server.user(),
                TestDatabase.PASSWORD_VAR, server.password(),
                TestDatabase.DATABASE_VAR, admin.name()));

        assertThat(external.kind()).isEqualTo(TestDatabase.EXTERNAL);
        TestDatabase.Fresh db = external.createDatabase("via_external");
        try {
            assertThat(query(db, "SELECT current_database()")).isEqualTo(db.name());
        } finally {
            external.dropDatabase(db.name());
        }
        assertThat(existsOnServer(db.name())).isFalse();
    }

    private TestDatabase.Fresh create(String prefix) {
        TestDatabase.Fresh db = server.createDatabase(prefix);
        created.add(db.name());
        return db;
    }

    private boolean existsOnServer(String name) throws SQLException {
        TestDatabase.Fresh probe = create("probe");
        return "1".equals(query(probe, "SELECT count(*) FROM pg_database WHERE datname = '" + name + "'"));
    }

    private static Connection connect(TestDatabase.Fresh db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
    }

    private static String query(TestDatabase.Fresh db, String sql) throws SQLException {
        try (Connection connection = connect(db); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as("a row from %s", sql).isTrue();
            return rows.getString(1);
        }
    }

    private static void execute(TestDatabase.Fresh db, String sql) throws SQLException {
        try (Connection connection = connect(db); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
