package jp.tomoni.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import jp.tomoni.testsupport.StandardOut;
import org.junit.jupiter.api.Test;

/** {@code --help} and {@code --version} print and return, without starting the gateway. */
class GatewayHelpTest {

    @Test
    void helpPrintsTheUsageAndStartsNothing() {
        assertThat(StandardOut.of(() -> GatewayApplication.main(new String[] {"--help"})))
                .isEqualTo(GatewayApplication.USAGE).contains("TOMONI_ENGINE_ADDRESS").contains("--version");
    }

    @Test
    void versionPrintsTheVersionAndStartsNothing() {
        assertThat(StandardOut.of(() -> GatewayApplication.main(new String[] {"--version"})))
                .isEqualTo(GatewayApplication.version() + System.lineSeparator())
                .startsWith("Tomoni bidder gateway ");
    }
}
