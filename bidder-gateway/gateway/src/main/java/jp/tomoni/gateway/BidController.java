package jp.tomoni.gateway;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jp.tomoni.gateway.view.BidReceipt;
import jp.tomoni.gateway.view.Problem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/v1/auctions/{id}/bids}: a retailer's bid. In order: the API key (401), the bid rate
 * limit (429), the Idempotency-Key header (400), the body's size (413 over
 * {@code tomoni.gateway.max-body-bytes}, 4 KB), the body as JSON (400 {@code MALFORMED_JSON}), the
 * auction's format as the engine shows it to this retailer (404), the bid's fields (400, see
 * {@link BidBodies}). Then the engine's intake, over the contract, with the retailer, the key and the request
 * hash, and its receipt as the answer (see {@link BidReceipts}).
 */
@RestController
@RequestMapping("/api/v1/auctions")
public class BidController {

    private final RetailerAuthenticator authenticator;
    private final RateLimits limits;
    private final AuctionFormats formats;
    private final EngineClient engine;
    private final int maxBodyBytes;
    private final GatewayMetrics metrics;

    /** The bid intake. */
    public BidController(RetailerAuthenticator authenticator, RateLimits limits, AuctionFormats formats,
                         EngineClient engine, GatewayProperties properties, GatewayMetrics metrics) {
        this.metrics = metrics;
        this.authenticator = authenticator;
        this.limits = limits;
        this.formats = formats;
        this.engine = engine;
        this.maxBodyBytes = properties.maxBodyBytes();
    }

    /** Submits a bid; 201 with the receipt when accepted, 422 with the rule's code when rejected. */
    @Operation(summary = "Submit a bid", description = "CLOCK: {round, quantity, exitPrice?}; OPEN_REVERSE: {price}."
            + " Prices are decimal strings with at most 2 decimals. A repeat with the same Idempotency-Key and bid"
            + " answers the first receipt again.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(oneOf = {BidBodies.ClockBidBody.class, BidBodies.ReverseBidBody.class}))),
            parameters = @Parameter(name = RequestChecks.IDEMPOTENCY_KEY, in = ParameterIn.HEADER, required = true,
                    description = "1 to 100 visible ASCII characters, unique per intended bid",
                    schema = @Schema(type = "string", minLength = 1, maxLength = 100, pattern = "^[\\x21-\\x7E]{1,100}$")),
            responses = {
                    @ApiResponse(responseCode = "201", description = "accepted; durable in the engine's journal",
                            content = @Content(schema = @Schema(implementation = BidReceipt.class))),
                    @ApiResponse(responseCode = "400", description = "invalid input", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class))),
                    @ApiResponse(responseCode = "401", description = "UNAUTHENTICATED", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class))),
                    @ApiResponse(responseCode = "404", description = "no such auction for the caller", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class))),
                    @ApiResponse(responseCode = "413", description = "PAYLOAD_TOO_LARGE", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class))),
                    @ApiResponse(responseCode = "422", description = "rejected by the rules (journaled) or"
                            + " IDEMPOTENCY_KEY_REUSED", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class))),
                    @ApiResponse(responseCode = "429", description = "RATE_LIMITED, see Retry-After", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class))),
                    @ApiResponse(responseCode = "503", description = "ENGINE_UNAVAILABLE, see Retry-After", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))})
    @PostMapping(path = "/{id}/bids", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<byte[]>> submit(
            @PathVariable String id,
            @Parameter(hidden = true) @RequestHeader(value = RequestChecks.IDEMPOTENCY_KEY, required = false) String key,
            @Parameter(hidden = true) ServerWebExchange exchange) {
        return metrics.timedBid(authenticator.authenticate(exchange).flatMap(retailer -> limits.bid(retailer.retailerId())
                .then(Mono.fromCallable(() -> {
                    RequestChecks.auctionId(id);
                    RequestChecks.utf8(exchange.getRequest().getHeaders().getContentType());
                    return RequestChecks.idempotencyKey(key);
                }))
                .flatMap(idempotencyKey -> RequestBodies.read(exchange.getRequest(), maxBodyBytes)
                        .map(BidBodies::object)
                        .flatMap(root -> formats.format(id, retailer.retailerId()).map(format -> BidBodies.read(root, format)))
                        .flatMap(bid -> engine.submitBid(bid.toEngine(id, retailer.retailerId(), idempotencyKey))
                                .map(reply -> BidReceipts.answer(id, bid, reply))))));
    }
}
