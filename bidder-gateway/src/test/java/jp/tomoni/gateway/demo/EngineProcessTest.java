package jp.tomoni.gateway.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineProcessTest {

    @TempDir
    Path dir;

    @Test
    void theEngineGetsTheEmbeddedDatabaseAndThePortOnItsCommandLineAndTheSecretsOnlyInItsEnvironment() {
        DemoSecrets secrets = new DemoSecrets("pw-o", "pw-a", "gk");
        assertThat(EngineProcess.command("java", Path.of("e.jar"), Path.of("demo-output", "db"), 8080))
                .containsExactly("java", "-jar", "e.jar", "--embedded-db=" + Path.of("demo-output", "db"),
                        "--server.port=8080");
        assertThat(EngineProcess.command("java", Path.of("e.jar"), null, 9000))
                .noneMatch(arg -> arg.startsWith("--embedded-db")).contains("--server.port=9000");
        assertThat(EngineProcess.environment(secrets)).containsExactly(
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
    void readsTheDatasetFromTheJar() throws IOException {
        Path jar = dir.resolve("engine.jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry(EngineProcess.DATASET_ENTRY));
            zip.write("# illustrative\nward_code,facility_id\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(EngineProcess.dataset(jar)).isEqualTo("# illustrative\nward_code,facility_id\n");
    }

    @Test
    void aJarWithoutTheDatasetIsNamed() throws IOException {
        Path jar = dir.resolve("other.jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("x"));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> EngineProcess.dataset(jar)).isInstanceOf(DemoException.class)
                .hasMessageContaining("is it the engine's jar?");
    }

    @Test
    void passwordsInDatabaseUrlsAreMasked() {
        assertThat(DemoCommand.redact("r2dbc:postgresql://tomoni:secret@db:5432/tomoni"))
                .isEqualTo("r2dbc:postgresql://***@db:5432/tomoni");
        assertThat(DemoCommand.redact("jdbc:postgresql://db/tomoni?user=t&password=s3&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/tomoni?user=t&password=***&ssl=true");
        assertThat(DemoCommand.redact("jdbc:postgresql://db:5432/tomoni")).isEqualTo("jdbc:postgresql://db:5432/tomoni");
    }
}
