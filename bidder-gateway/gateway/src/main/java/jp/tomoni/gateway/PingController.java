package jp.tomoni.gateway;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/ping}: the gateway's trivial endpoint. It needs no API key, is not rate-limited, calls
 * nothing and answers the same tiny JSON body every time, so that a load test measures the HTTP stack's own
 * ceiling on this machine, the baseline for the bids' rate (issue 5's bench). It says nothing about the
 * engine: health is {@code /actuator/health}.
 */
@RestController
public class PingController {

    /** The answer, always the same bytes. */
    static final String BODY = "{\"status\":\"ok\"}";

    private static final byte[] BYTES = BODY.getBytes(StandardCharsets.UTF_8);

    /** The ping's answer, for the API document. */
    @Schema(name = "Pong", description = "always {\"status\":\"ok\"}")
    record Pong(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = "ok") String status) {
    }

    /** Answers {@code {"status":"ok"}} at once. */
    @Operation(summary = "Ping", operationId = "ping", description = "No API key, no rate limit, no call to the"
            + " engine: the HTTP stack's own ceiling, a baseline for load tests. Not a health check.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Pong.class))))
    @SecurityRequirements
    @GetMapping(path = "/api/v1/ping", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<byte[]>> ping() {
        return Mono.just(ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(BYTES));
    }
}
