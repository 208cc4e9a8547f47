package jp.tomoni.gateway;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Duration;
import java.util.Optional;
import jp.tomoni.gateway.view.Problem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/auctions/{id}/events}: the retailer's server-sent event stream, relayed from the engine's
 * stream over the contract. The caller's {@code Last-Event-ID} is checked ({@code SEQ} or {@code SEQ.INDEX})
 * and the engine resumes right after it; each event keeps the engine's position as its {@code id}; the
 * gateway adds its own heartbeat comment every {@code tomoni.gateway.heartbeat} (15 s). When the engine's
 * stream ends or breaks, the retailer's stream ends, and the retailer reconnects with {@code Last-Event-ID}
 * (to any instance: nothing about the stream is kept here). See {@link EventRelay}: 404 {@code NOT_FOUND}
 * and an unreachable engine (503 with {@code Retry-After}) are problems, not streams.
 */
@RestController
@RequestMapping("/api/v1/auctions")
public class EventsController {

    private final RetailerAuthenticator authenticator;
    private final RateLimits limits;
    private final EngineClient engine;
    private final Duration heartbeat;
    private final GatewayMetrics metrics;

    /** The event relay. */
    public EventsController(RetailerAuthenticator authenticator, RateLimits limits, EngineClient engine,
                            GatewayProperties properties, GatewayMetrics metrics) {
        this.metrics = metrics;
        this.authenticator = authenticator;
        this.limits = limits;
        this.engine = engine;
        this.heartbeat = properties.heartbeat();
    }

    /** The stream of the auction's events as this retailer may see them. */
    @Operation(summary = "My event stream", description = "Server-sent events; ids are SEQ.INDEX; reconnect with"
            + " Last-Event-ID to resume after the last event received.",
            parameters = @Parameter(name = RequestChecks.LAST_EVENT_ID, in = ParameterIn.HEADER,
                    description = "the id of the last event received",
                    schema = @Schema(type = "string", pattern = "^[0-9]{1,18}(\\.[0-9]{1,9})?$")),
            responses = {
                    @ApiResponse(responseCode = "200", description = "text/event-stream: id SEQ.INDEX, event TYPE, data JSON",
                            content = @Content(mediaType = "text/event-stream", schema = @Schema(type = "string"))),
                    @ApiResponse(responseCode = "404", description = "no such auction for the caller", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class))),
                    @ApiResponse(responseCode = "503", description = "ENGINE_UNAVAILABLE, see Retry-After", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))})
    @GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Mono<ResponseEntity<Flux<ServerSentEvent<String>>>> events(
            @PathVariable String id,
            @Parameter(hidden = true) @RequestHeader(value = RequestChecks.LAST_EVENT_ID, required = false) String lastEventId,
            @Parameter(hidden = true) ServerWebExchange exchange) {
        return authenticator.authenticate(exchange).flatMap(retailer -> limits.read(retailer.retailerId())
                .then(Mono.fromCallable(() -> {
                    RequestChecks.auctionId(id);
                    return Optional.ofNullable(RequestChecks.lastEventId(lastEventId));
                }))
                .flatMap(last -> EventRelay.relay(engine.events(id, retailer.retailerId(),
                        last.map(EventPosition::parse).orElse(null)), heartbeat))
                .map(events -> ResponseEntity.ok()
                        .contentType(MediaType.TEXT_EVENT_STREAM)
                        .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                        .header("X-Accel-Buffering", "no")
                        .body(metrics.counted(events))));
    }
}
