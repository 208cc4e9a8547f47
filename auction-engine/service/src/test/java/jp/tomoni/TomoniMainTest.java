package jp.tomoni;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code --help} prints how to run the jar and returns, without starting a server or reaching a database. */
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
                    .contains("replay FILE.json").contains("--embedded-db");
        }
    }
}
