package jp.tomoni.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The packaged gateway jar starts on its own and serves its health and its OpenAPI document: a dependency
 * that only the tests' classpath had would show here, not in the in-process tests.
 */
class GatewayJarIT {

    private static final Path JAR = Path.of("target", "bidder-gateway.jar");

    @Test
    void thePackagedJarStartsAndServesItsApiDocument() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Path.of("target", "gateway-jar.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process gateway = new ProcessBuilder(java, "-jar", JAR.toString(), "--server.port=" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        try {
            HttpResponse<String> docs = null;
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (docs == null && System.nanoTime() < until && gateway.isAlive()) {
                try {
                    docs = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                            .build(), HttpResponse.BodyHandlers.ofString());
                } catch (IOException notYet) {
                    Thread.sleep(200);
                }
            }
            assertThat(docs).as(Files.readString(log)).isNotNull();
            assertThat(docs.statusCode()).as(Files.readString(log)).isEqualTo(200);
            assertThat(docs.body()).contains("/api/v1/auctions/{id}/bids");
        } finally {
            gateway.destroyForcibly().waitFor();
        }
    }
}
