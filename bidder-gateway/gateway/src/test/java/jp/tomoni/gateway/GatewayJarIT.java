package jp.tomoni.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.tomoni.testsupport.JdkHomes;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The packaged gateway jar starts on its own, on every JDK the project supports, and serves its health and
 * its OpenAPI document: a dependency that only the tests' classpath had would show here, not in the
 * in-process tests.
 */
class GatewayJarIT {

    private static final Path JAR = Path.of(System.getProperty("tomoni.gateway.jar", "target/bidder-gateway.jar"));

    @Test
    void thePackagedJarStartsAndServesItsApiDocumentOnEverySupportedJdk() throws Exception {
        List<Path> javas = new ArrayList<>(List.of(JdkHomes.current()));
        JdkHomes.extra().forEach(home -> javas.add(JdkHomes.java(home)));
        for (Path java : javas) {
            startsAndServesItsApiDocument(java);
        }
    }

    @Test
    void thePackagedJarTellsItsVersionWithoutStarting() throws Exception {
        Process version = new ProcessBuilder(JdkHomes.current().toString(), "-jar", JAR.toString(), "--version")
                .redirectErrorStream(true).start();
        String printed = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(version.waitFor()).isZero();
        assertThat(printed).as("the manifest's version, not a development build")
                .matches("Tomoni bidder gateway [0-9]+\\.[0-9]+\\.[0-9]+\\S*, Java \\S+\\R");
    }

    private static void startsAndServesItsApiDocument(Path java) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Path.of("target", "gateway-jar-" + java.getParent().getParent().getFileName() + ".log");
        Process gateway = new ProcessBuilder(java.toString(), "-jar", JAR.toString(), "--server.port=" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest docs = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build();
        try {
            HttpResponse<String> answer = Awaitility.await("the gateway on " + java + " (log: " + log + ")")
                    .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .ignoreExceptionsInstanceOf(IOException.class)
                    .failFast("the gateway stopped (log: " + log + ")", () -> !gateway.isAlive())
                    .until(() -> http.send(docs, HttpResponse.BodyHandlers.ofString()), r -> r != null);
            assertThat(answer.statusCode()).as(Files.readString(log)).isEqualTo(200);
            assertThat(answer.body()).contains("/api/v1/auctions/{id}/bids");
        } finally {
            gateway.destroyForcibly().waitFor();
        }
    }
}
