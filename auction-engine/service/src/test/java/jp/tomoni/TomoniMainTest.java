package jp.tomoni;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code --help} and {@code --version} print and return, without starting a server or reaching a database. */
class TomoniMainTest {

    @Test
    void helpPrintsTheUsageAndStartsNothing() {
        for (String help : new String[] {"--help", "-h", "help"}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream original = System.out;
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            try {
                TomoniMain.main(new String[] {help});
            } finally {
                System.setOut(original);
            }
            assertThat(out.toString(StandardCharsets.UTF_8)).as(help).isEqualTo(TomoniMain.USAGE)
                    .contains("replay FILE.json").contains("--embedded-db").contains("--version");
        }
    }

    @Test
    void versionPrintsTheVersionAndStartsNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            TomoniMain.main(new String[] {"--version"});
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(TomoniMain.version() + System.lineSeparator())
                .startsWith("Tomoni auction engine ").contains("Java " + Runtime.version());
    }
}
