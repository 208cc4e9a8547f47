package jp.tomoni;

import static org.assertj.core.api.Assertions.assertThat;

import jp.tomoni.testsupport.StandardOut;
import org.junit.jupiter.api.Test;

/** {@code --help} and {@code --version} print and return, without starting a server or reaching a database. */
class TomoniMainTest {

    @Test
    void helpPrintsTheUsageAndStartsNothing() {
        for (String help : new String[] {"--help", "-h", "help"}) {
            assertThat(StandardOut.of(() -> TomoniMain.main(new String[] {help}))).as(help)
                    .isEqualTo(TomoniMain.USAGE).contains("replay FILE.json").contains("--embedded-db")
                    .contains("--version");
        }
    }

    @Test
    void versionPrintsTheVersionAndStartsNothing() {
        assertThat(StandardOut.of(() -> TomoniMain.main(new String[] {"--version"})))
                .isEqualTo(TomoniMain.version() + System.lineSeparator())
                .startsWith("Tomoni auction engine ").contains("Java " + Runtime.version());
    }
}
