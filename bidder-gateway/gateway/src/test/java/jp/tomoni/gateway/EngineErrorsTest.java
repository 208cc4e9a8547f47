package jp.tomoni.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class EngineErrorsTest {

    private static GatewayException from(int status, HttpHeaders headers, String body) {
        return EngineErrors.fromResponse(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aProblemFromTheEnginePassesThrough() {
        GatewayException e = from(422, new HttpHeaders(), "{\"code\":\"IDEMPOTENCY_KEY_REUSED\",\"field\":\"Idempotency-Key\","
                + "\"detail\":\"used before\"}");
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(e.field()).isEqualTo("Idempotency-Key");
        assertThat(e.getMessage()).isEqualTo("used before");
        assertThat(from(404, new HttpHeaders(), "").code()).isEqualTo("NOT_FOUND");
        assertThat(from(409, new HttpHeaders(), "not json").code()).isEqualTo("CONFLICT");
    }

    @Test
    void theEngineRefusingTheGatewayIsNeverTheRetailersFault() {
        for (int status : new int[] {401, 403, 500}) {
            GatewayException e = from(status, new HttpHeaders(), "{\"code\":\"UNAUTHENTICATED\"}");
            assertThat(e.status()).isEqualTo(502);
            assertThat(e.code()).isEqualTo("ENGINE_ERROR");
        }
    }

    @Test
    void aBusyOrUnreachableEngineIs503WithRetryAfter() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "1");
        GatewayException busy = from(503, headers, "{\"code\":\"ENGINE_BUSY\",\"detail\":\"busy\"}");
        assertThat(busy.code()).isEqualTo("ENGINE_BUSY");
        assertThat(busy.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        GatewayException late = (GatewayException) EngineErrors.fromFailure(new TimeoutException());
        assertThat(late.status()).isEqualTo(503);
        assertThat(late.code()).isEqualTo("ENGINE_UNAVAILABLE");
        assertThat(late.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
    }
}
