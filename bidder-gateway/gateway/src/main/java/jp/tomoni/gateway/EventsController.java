package jp.tomoni.gateway;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
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
 * {@code GET /api/v1/auctions/{id}/events}: the retailer's server-sent event stream, relayed from the engine.
 * The caller's {@code Last-Event-ID} is checked ({@code SEQ} or {@code SEQ.INDEX}) and forwarded; each
 * event's {@code id}, {@code event} name and {@code data} pass through unchanged; the engine's comments are
 * dropped and the gateway adds its own heartbeat comment every {@code tomoni.gateway.heartbeat} (15 s). When
 * the engine's stream ends or breaks, the retailer's stream ends, and the retailer reconnects with
 * {@code Last-Event-ID} (to any instance: nothing about the stream is kept here).
 *
 * <p>Whether the retailer may see the auction is settled first, by the engine's view of it for this retailer
 * (cached, see {@link AuctionFormats}): 404 {@code NOT_FOUND} and an unreachable engine (503) are problems,
 * not streams. The answer then starts at once with a heartbeat comment, because the engine's stream sends
 * its headers only with its first event or heartbeat (up to 15 s later); a refusal by the engine after
 * that ends the stream like a break.
 */
@RestController
@RequestMapping("/api/v1/auctions")
public class EventsController {

    private final RetailerAuthenticator authenticator;
    private final RateLimits limits;
    private final AuctionFormats formats;
    private final EngineClient engine;
    private final Duration heartbeat;
    private final GatewayMetrics metrics;

    /** The event relay. */
    public EventsController(RetailerAuthenticator authenticator, RateLimits limits, AuctionFormats formats,
                            EngineClient engine, GatewayProperties properties, GatewayMetrics metrics) {
        this.metrics = metrics;
        this.authenticator = authenticator;
        this.limits = limits;
        this.formats = formats;
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
                    @ApiResponse(responseCode = "404", description = "no such auction for the caller", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ViewSchemas.Problem.class)))})
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
                .flatMap(last -> formats.format(id, retailer.retailerId()).thenReturn(last))
                .map(last -> ResponseEntity.ok()
                        .contentType(MediaType.TEXT_EVENT_STREAM)
                        .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                        .header("X-Accel-Buffering", "no")
                        .body(metrics.counted(EventRelay.relay(engine.events(id, retailer.retailerId(),
                                last.orElse(null)).flatMapMany(Function.identity()), heartbeat)))));
    }
}
