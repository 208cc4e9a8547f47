package jp.tomoni.app;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

class BackgroundMigrationTest {

    @Test
    void aMigrationThatFailsFailsTheWaitForTheSchema() {
        BackgroundMigration migration = new BackgroundMigration();
        Flyway unreachable = Flyway.configure().dataSource("jdbc:postgresql://127.0.0.1:1/tomoni", "tomoni", "")
                .connectRetries(0).load();

        migration.migrate(unreachable);

        assertThatThrownBy(migration::awaitSchema).isInstanceOf(FlywayException.class);
    }

    @Test
    void withFlywayTurnedOffThereIsNothingToWaitFor() {
        assertThatCode(new BackgroundMigration()::awaitSchema).doesNotThrowAnyException();
    }
}
