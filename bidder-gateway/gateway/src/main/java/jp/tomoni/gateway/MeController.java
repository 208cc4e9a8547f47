package jp.tomoni.gateway;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jp.tomoni.gateway.view.Qualification;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/me}: the calling retailer's own qualification, as the engine keeps it (registration, posted
 * security with its last valid day and whether it is valid today, plan factor). Authenticated (401) and counted
 * against the read limit (429), as every read is.
 */
@RestController
public class MeController {

    private final RetailerReads reads;
    private final EngineClient engine;

    /** The endpoint over the engine. */
    public MeController(RetailerReads reads, EngineClient engine) {
        this.reads = reads;
        this.engine = engine;
    }

    /** The caller's qualification. */
    @Operation(summary = "My qualification", operationId = "getQualification", description = "Registration number,"
            + " posted security, the last day it is valid and whether it is valid today (after that day every bid"
            + " is NOT_QUALIFIED), and the plan's emission factor. An auction that asks securityPerTrancheYen"
            + " gives eligibility = securityYen / securityPerTrancheYen, rounded down.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Qualification.class))))
    @GetMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<Qualification>> me(@Parameter(hidden = true) ServerWebExchange exchange) {
        return reads.read(exchange, null, retailerId -> engine.qualification(retailerId).map(Qualification::of));
    }
}
