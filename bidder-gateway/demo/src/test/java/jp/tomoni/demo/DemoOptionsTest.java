package jp.tomoni.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemoOptionsTest {

    @Test
    void defaults() {
        DemoOptions o = DemoOptions.parse();
        assertThat(o.keepRunning()).isFalse();
        assertThat(o.help()).isFalse();
        assertThat(o.roundSeconds()).isEqualTo(4);
        assertThat(o.engineJar()).isEqualTo(Path.of("auction-engine/service/target/auction-engine.jar"));
        assertThat(o.gatewayJar()).isEqualTo(Path.of("bidder-gateway/gateway/target/bidder-gateway.jar"));
        assertThat(o.enginePort()).isEqualTo(8080);
        assertThat(o.enginePortGiven()).isFalse();
        assertThat(o.gatewayPort()).isEqualTo(8081);
        assertThat(o.gatewayPortGiven()).isFalse();
    }

    @Test
    void everyOptionWithEqualsSign() {
        DemoOptions o = DemoOptions.parse("--keep-running", "--round-seconds=7", "--engine-jar=/tmp/e.jar",
                "--gateway-jar=/tmp/g.jar", "--engine-port=9090", "--gateway-port=9091");
        assertThat(o).isEqualTo(new DemoOptions(true, 7, Path.of("/tmp/e.jar"), Path.of("/tmp/g.jar"), 9090, true, 9091,
                true, false));
    }

    @Test
    void valuesMayFollowAsTheNextArgument() {
        DemoOptions o = DemoOptions.parse("--round-seconds", "2", "--engine-port", "18080");
        assertThat(o.roundSeconds()).isEqualTo(2);
        assertThat(o.enginePort()).isEqualTo(18080);
        assertThat(o.enginePortGiven()).isTrue();
        assertThat(o.gatewayPortGiven()).isFalse();
    }

    @Test
    void theSubCommandsOwnNameIsSkipped() {
        assertThat(DemoOptions.parse("demo", "--keep-running").keepRunning()).isTrue();
    }

    @Test
    void help() {
        assertThat(DemoOptions.parse("--help").help()).isTrue();
        assertThat(DemoOptions.parse("-h").help()).isTrue();
        assertThat(DemoOptions.USAGE).contains("--keep-running", "--round-seconds", "--engine-jar", "--engine-port",
                "--gateway-port", "TOMONI_DB_R2DBC_URL");
    }

    @Test
    void refusesWhatItCannotUse() {
        assertThatThrownBy(() -> DemoOptions.parse("--fast")).hasMessage("unknown option --fast");
        assertThatThrownBy(() -> DemoOptions.parse("--round-seconds=0"))
                .hasMessage("--round-seconds must be a whole number from 1 to 3600, not \"0\"");
        assertThatThrownBy(() -> DemoOptions.parse("--round-seconds=four")).hasMessageContaining("not \"four\"");
        assertThatThrownBy(() -> DemoOptions.parse("--engine-port=70000")).hasMessageContaining("1 to 65535");
        assertThatThrownBy(() -> DemoOptions.parse("--gateway-port")).hasMessage("--gateway-port needs a value, e.g. --gateway-port=8081");
        assertThatThrownBy(() -> DemoOptions.parse("--keep-running=yes")).hasMessage("--keep-running takes no value");
        assertThatThrownBy(() -> DemoOptions.parse("--engine-jar=")).hasMessage("--engine-jar needs a path");
        assertThatThrownBy(() -> DemoOptions.parse("--engine-port=9000", "--gateway-port=9000"))
                .hasMessage("--engine-port and --gateway-port must differ, both are 9000");
    }
}
