package jp.tomoni.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** With nothing listening at the engine's address, calls are 503 ENGINE_UNAVAILABLE with Retry-After. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tomoni.gateway.engine-key=k")
class EngineDownTest {

    @DynamicPropertySource
    static void engine(DynamicPropertyRegistry registry) throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        int port = closed;
        registry.add("tomoni.gateway.engine-address", () -> "127.0.0.1:" + port);
    }

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry registry;

    @Test
    void oneRefusedConnectionCountsAsOneEngineError() {
        double before = engineErrors();
        WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(20)).build()
                .get().uri("/api/v1/auctions").header(HttpHeaders.AUTHORIZATION, "Bearer another-key").exchange()
                .expectStatus().isEqualTo(503);
        assertThat(engineErrors() - before).isEqualTo(1.0);
    }

    private double engineErrors() {
        return registry.get("tomoni.gateway.engine.errors").counter().count();
    }

    @Test
    void anUnreachableEngineIs503WithRetryAfter() {
        WebTestClient client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
        client.get().uri("/api/v1/auctions").header(HttpHeaders.AUTHORIZATION, "Bearer some-key").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, v -> assertThat(Long.parseLong(v)).isGreaterThanOrEqualTo(1))
                .expectBody().jsonPath("$.code").isEqualTo("ENGINE_UNAVAILABLE")
                .jsonPath("$.type").isEqualTo("urn:tomoni:problem:ENGINE_UNAVAILABLE");
    }
}
