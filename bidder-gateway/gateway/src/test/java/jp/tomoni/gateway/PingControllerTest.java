package jp.tomoni.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** The trivial endpoint: no key, no rate limit, no call to the engine, the same tiny JSON every time. */
class PingControllerTest extends GatewayTestBase {

    @Test
    void answersWithoutAKeyAndWithoutCallingTheEngine() {
        int before = ENGINE.received.size();
        client.get().uri("/api/v1/ping").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody().json("{\"status\":\"ok\"}", true);
        client.get().uri("/api/v1/ping").header(HttpHeaders.AUTHORIZATION, "Bearer not-a-known-key").exchange()
                .expectStatus().isOk();
        assertThat(ENGINE.received).hasSize(before);
    }

    @Test
    void isNotRateLimited() {
        // reads are limited to bursts of 10 in these tests; the ping is no read of a retailer's
        for (int i = 0; i < 30; i++) {
            client.get().uri("/api/v1/ping").exchange().expectStatus().isOk();
        }
    }

    @Test
    void onlyGetIsAllowed() {
        problem(client.post().uri("/api/v1/ping").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange(),
                405, "METHOD_NOT_ALLOWED", null);
    }
}
