package jp.tomoni.gateway;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.function.Function;
import jp.tomoni.gateway.view.AuctionView;
import jp.tomoni.gateway.view.Award;
import jp.tomoni.gateway.view.OwnBid;
import jp.tomoni.gateway.view.Problem;
import jp.tomoni.gateway.view.Views;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * What a retailer reads: its auctions, one auction, its own bids and its own award, each the engine's
 * projection for that retailer over the contract (the engine enforces what each party sees), written as JSON
 * by {@link Views}. Every read is
 * authenticated (401) and counted against the read limit (429). An auction the retailer may not see is 404
 * {@code NOT_FOUND}; an award not yet approved is 409 {@code CONFLICT}.
 */
@RestController
@RequestMapping("/api/v1/auctions")
public class AuctionController {

    private final RetailerReads reads;
    private final AuctionFormats formats;
    private final EngineClient engine;

    /** The read endpoints. */
    public AuctionController(RetailerReads reads, AuctionFormats formats, EngineClient engine) {
        this.reads = reads;
        this.formats = formats;
        this.engine = engine;
    }

    /** The auctions the retailer is invited to. */
    @Operation(summary = "List my auctions", operationId = "listAuctions", responses = @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json",
                    array = @ArraySchema(schema = @Schema(implementation = AuctionView.class)))))
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<List<AuctionView>>> list(@Parameter(hidden = true) ServerWebExchange exchange) {
        return read(exchange, null, retailerId -> engine.auctions(retailerId).map(views -> views.stream().map(view -> {
            formats.remember(view, retailerId);
            return Views.auction(view);
        }).toList()));
    }

    /** One auction as the retailer may see it. */
    @Operation(summary = "One auction", responses = {@ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AuctionView.class))),
            @ApiResponse(responseCode = "404", description = "no such auction for the caller", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))})
    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<AuctionView>> view(@PathVariable String id, @Parameter(hidden = true) ServerWebExchange exchange) {
        return read(exchange, id, retailerId -> engine.view(id, retailerId).map(view -> {
            formats.remember(view, retailerId);
            return Views.auction(view);
        }));
    }

    /** The retailer's own bids with their status. */
    @Operation(summary = "My bids", responses = @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json",
                    array = @ArraySchema(schema = @Schema(implementation = OwnBid.class)))))
    @GetMapping(path = "/{id}/bids", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<List<OwnBid>>> bids(@PathVariable String id, @Parameter(hidden = true) ServerWebExchange exchange) {
        return read(exchange, id, retailerId -> engine.bids(id, retailerId).map(Views::bids));
    }

    /** The retailer's own award, once approved. */
    @Operation(summary = "My award", responses = {
            @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Award.class))),
            @ApiResponse(responseCode = "409", description = "not approved yet", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))})
    @GetMapping(path = "/{id}/award", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<Award>> award(@PathVariable String id, @Parameter(hidden = true) ServerWebExchange exchange) {
        return read(exchange, id, retailerId -> engine.award(id, retailerId).map(Views::award));
    }

    private <T> Mono<ResponseEntity<T>> read(ServerWebExchange exchange, String auctionId, Function<String, Mono<T>> call) {
        return reads.read(exchange, auctionId, call);
    }
}
