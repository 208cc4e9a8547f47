package jp.tomoni.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ServiceProcessTest {

    @Test
    void theEngineGetsTheEmbeddedDatabaseAndThePortOnItsCommandLineAndTheSecretsOnlyInItsEnvironment() {
        DemoSecrets secrets = new DemoSecrets("pw-o", "pw-a", "gk");
        assertThat(ServiceProcess.engineCommand("java", Path.of("e.jar"), Path.of("demo-output", "db"), 8080, 9090))
                .containsExactly("java", "-jar", "e.jar", "--embedded-db=" + Path.of("demo-output", "db"),
                        "--server.port=8080", "--tomoni.grpc.port=9090");
        assertThat(ServiceProcess.engineCommand("java", Path.of("e.jar"), null, 9000, 9001))
                .noneMatch(arg -> arg.startsWith("--embedded-db")).contains("--server.port=9000");
        assertThat(ServiceProcess.engineEnvironment(secrets)).containsExactly(
                java.util.Map.entry("TOMONI_SECURITY_USERS_0_NAME", "officer"),
                java.util.Map.entry("TOMONI_SECURITY_USERS_0_PASSWORD", "{noop}pw-o"),
                java.util.Map.entry("TOMONI_SECURITY_USERS_0_ROLE", "OFFICER"),
                java.util.Map.entry("TOMONI_SECURITY_USERS_1_NAME", "analyst"),
                java.util.Map.entry("TOMONI_SECURITY_USERS_1_PASSWORD", "{noop}pw-a"),
                java.util.Map.entry("TOMONI_SECURITY_USERS_1_ROLE", "ANALYST"),
                java.util.Map.entry("TOMONI_SECURITY_GATEWAYKEY", "gk"));
    }

    @Test
    void secretsAreFreshAndUrlSafe() {
        DemoSecrets a = DemoSecrets.generate();
        DemoSecrets b = DemoSecrets.generate();
        assertThat(a.officerPassword()).matches("[A-Za-z0-9_-]{24}").isNotEqualTo(b.officerPassword())
                .isNotEqualTo(a.analystPassword());
        assertThat(a.gatewayKey()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(b.gatewayKey());
    }

    @Test
    void theGatewayGetsTheEngineOnItsCommandLineAndItsKeyOnlyInItsEnvironment() {
        DemoSecrets secrets = new DemoSecrets("pw-o", "pw-a", "gk");
        assertThat(ServiceProcess.gatewayCommand("java", Path.of("g.jar"), 8081, 9090))
                .startsWith("java", "-jar", "g.jar", "--server.port=8081", "--tomoni.gateway.engine-address=localhost:9090")
                .noneMatch(arg -> arg.contains("gk"));
        assertThat(ServiceProcess.gatewayEnvironment(secrets)).containsExactly(java.util.Map.entry("TOMONI_GATEWAY_KEY", "gk"));
    }

    @Test
    void passwordsInDatabaseUrlsAreMasked() {
        assertThat(DemoResources.redact("r2dbc:postgresql://tomoni:secret@db:5432/tomoni"))
                .isEqualTo("r2dbc:postgresql://***@db:5432/tomoni");
        assertThat(DemoResources.redact("jdbc:postgresql://db/tomoni?user=t&password=s3&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/tomoni?user=t&password=***&ssl=true");
        assertThat(DemoResources.redact("jdbc:postgresql://db:5432/tomoni")).isEqualTo("jdbc:postgresql://db:5432/tomoni");
    }
}
