package jp.tomoni.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code --help} and {@code --version} print and return, without starting the gateway. */
class GatewayHelpTest {

    @Test
    void helpPrintsTheUsageAndStartsNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            GatewayApplication.main(new String[] {"--help"});
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(GatewayApplication.USAGE)
                .contains("TOMONI_ENGINE_ADDRESS").contains("--version");
    }

    @Test
    void versionPrintsTheVersionAndStartsNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            GatewayApplication.main(new String[] {"--version"});
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(GatewayApplication.version()
                + System.lineSeparator()).startsWith("Tomoni bidder gateway ");
    }
}
