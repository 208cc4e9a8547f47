package jp.tomoni.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import jp.tomoni.app.EngineRuntime;
import jp.tomoni.app.StreamSubscribers;
import jp.tomoni.core.award.AwardReport;
import jp.tomoni.engine.Actor;
import jp.tomoni.engine.Decision;
import jp.tomoni.engine.EngineQueries;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.engine.LoggedEvent;
import jp.tomoni.engine.ScenarioExport;
import jp.tomoni.replay.Scenario;
import jp.tomoni.replay.ScenarioWriter;
import jp.tomoni.report.AwardCsv;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The read side of the officers' and analysts' API: auctions, their events (also as a live stream), award
 * reports and scenario files. Everything here shows every bidder, bid, the reserve and (once the auction has
 * ended) the seed, so it is for officers and analysts only and must never be open to bidders.
 *
 * <p>Nothing here touches the engine's mutable state: views are folded from each auction's event log, and
 * an auction's bids are read only once it has ended. Unknown auctions are 404, a report of an auction without
 * an award 404, a scenario of an auction that has not ended (or cannot be written as one) 409.
 */
@RestController
@Tag(name = "auctions", description = "Reading auctions, their events and their awards")
@RequestMapping("/api/v1/auctions")
public class AuctionQueryController {

    /** How often the watch stream sends a heartbeat comment. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final EngineRuntime runtime;
    private final EngineQueries engine;
    private final StreamSubscribers subscribers;
    private final Scopes scopes;

    public AuctionQueryController(EngineRuntime runtime, EngineQueries engine, StreamSubscribers subscribers,
                                  Scopes scopes) {
        this.runtime = runtime;
        this.engine = engine;
        this.subscribers = subscribers;
        this.scopes = scopes;
    }

    /** Every auction, in creation order. */
    @Operation(operationId = "listAuctions", summary = "List auctions",
            description = "Every auction, newest last, with its state and current round.")
    @GetMapping
    public List<AuctionView> list(Principal who) {
        Actor actor = scopes.actor(who);
        return engine.auctions().stream()
                .filter(a -> scopes.access().readGroupWork(actor, a.lot().groupId()) == Decision.ALLOW)
                .map(AuctionView::of).toList();
    }

    /** One auction. */
    @Operation(operationId = "getAuction", summary = "Read one auction",
            description = "Its state, current round and price, its rounds, and its award once it has ended.")
    @GetMapping("/{id}")
    public AuctionView one(@PathVariable String id, Principal who) {
        return AuctionView.of(auction(who, id));
    }

    /** The auction's events after the command {@code after} (all of them by default), as {@link EventJson}. */
    @Operation(operationId = "getEvents", summary = "Read an auction's events",
            description = "The auction's events after sequence number `after`, oldest first; docs/events.md lists"
                    + " every type.",
            responses = @ApiResponse(responseCode = "200", description = "The events, as docs/events.md shows them",
                    content = @Content(array = @ArraySchema(schema = @Schema(type = "object")))))
    @GetMapping("/{id}/events")
    public ArrayNode events(@PathVariable String id, @RequestParam(defaultValue = "0") long after,
                            Principal who) {
        List<LoggedEvent> events = auction(who, id).log().from(0).stream().filter(e -> e.seq() > after).toList();
        return EventJson.of(events);
    }

    /**
     * The auction's events as server-sent events: those after {@code Last-Event-ID} (or {@code ?after=SEQ}),
     * then live ones, with a heartbeat comment every 15 seconds. See {@link WatchStream}.
     */
    @Operation(operationId = "watchAuction", summary = "Follow an auction live",
            description = "Server-sent events: every event of the auction as it is applied (event: its type, id:"
                    + " its sequence number, data: the event as JSON). Send Last-Event-ID to resume after a reconnect.")
    @GetMapping(value = "/{id}/watch", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<ServerSentEvent<String>> watch(@PathVariable String id,
                                               @RequestHeader(name = "Last-Event-ID", required = false)
                                               String lastEventId,
                                               @RequestParam(required = false) Long after, Principal who) {
        LiveAuction auction = auction(who, id);
        WatchStream.Position from;
        try {
            from = WatchStream.Position.parse(lastEventId, after);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return subscribers.officer(WatchStream.of(auction, from, runtime.applied(auction.id()), HEARTBEAT));
    }

    /** The award report as JSON; see {@link ReportJson}. */
    @Operation(operationId = "getReport", summary = "Read the award report",
            description = "The award with its price path, winners, and cost, saving and CO2 per body and facility,"
                    + " as JSON.",
            responses = @ApiResponse(responseCode = "200",
                    description = "The report; docs/engine.md describes its members",
                    content = @Content(schema = @Schema(type = "object"))))
    @GetMapping("/{id}/report")
    public ObjectNode report(@PathVariable String id, Principal who) {
        LiveAuction auction = auction(who, id);
        return ReportJson.of(auction, award(auction));
    }

    /** The award per facility as CSV; see {@link AwardCsv#perFacility}. */
    @Operation(operationId = "getFacilitiesCsv", summary = "Award report per facility (CSV)",
            description = "One row per facility: winner, kWh, unit price, annual cost, saving and CO2. UTF-8 with"
                    + " BOM for Excel; cells that would start a formula are neutralised.",
            responses = @ApiResponse(responseCode = "200", description = "UTF-8 CSV, one row per facility",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))))
    @GetMapping("/{id}/report/facilities.csv")
    public ResponseEntity<String> facilitiesCsv(@PathVariable String id, Principal who) {
        return csv(who, id, "facilities", AwardCsv::perFacility);
    }

    /** The award per ward as CSV; see {@link AwardCsv#perWard}. */
    @Operation(operationId = "getBodiesCsv", summary = "Award report per body (CSV)",
            description = "One row per public body: kWh, cost, saving and CO2.",
            responses = @ApiResponse(responseCode = "200", description = "UTF-8 CSV, one row per public body",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))))
    @GetMapping("/{id}/report/wards.csv")
    public ResponseEntity<String> wardsCsv(@PathVariable String id, Principal who) {
        return csv(who, id, "wards", AwardCsv::perWard);
    }

    /** The award per winner as CSV; see {@link AwardCsv#perWinner}. */
    @Operation(operationId = "getWinnersCsv", summary = "Award report per winner (CSV)",
            description = "One row per winning retailer: tranches, kWh, price and cost.",
            responses = @ApiResponse(responseCode = "200", description = "UTF-8 CSV, one row per winner",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))))
    @GetMapping("/{id}/report/winners.csv")
    public ResponseEntity<String> winnersCsv(@PathVariable String id, Principal who) {
        return csv(who, id, "winners", AwardCsv::perWinner);
    }

    /**
     * The auction as a scenario file, which replays to the same result; only once it has ENDED (or been
     * APPROVED). See {@link ScenarioExport}.
     */
    @Operation(operationId = "exportScenario", summary = "Export the auction as a scenario",
            description = "The auction's parameters, seed and bids in the scenario format; `java -jar"
                    + " tomoni-replay.jar FILE` recomputes the same award anywhere.",
            responses = @ApiResponse(responseCode = "200",
                    description = "The scenario, in the format the replay tool reads (docs/engine.md)",
                    content = @Content(mediaType = "application/json", schema = @Schema(type = "object"))))
    @GetMapping(value = "/{id}/scenario", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> scenario(@PathVariable String id, Principal who) {
        LiveAuction auction = auction(who, id);
        String text;
        try {
            Scenario scenario = ScenarioExport.of(auction);
            text = ScenarioWriter.write(scenario);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(text);
    }

    private ResponseEntity<String> csv(Principal who, String id, String table, Function<AwardReport, String> writer) {
        LiveAuction auction = auction(who, id);
        String body = writer.apply(award(auction));
        ContentDisposition disposition = ContentDisposition.attachment().filename(id + "-" + table + ".csv").build();
        return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(body);
    }

    private LiveAuction auction(Principal who, String id) {
        return scopes.readableAuction(who, id);
    }

    private static AwardReport award(LiveAuction auction) {
        AwardReport report = AwardAssembler.report(auction);
        if (report == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "auction " + auction.id() + " has no award"
                    + (auction.outcome() == null ? " yet" : " (" + auction.outcome() + ")"));
        }
        return report;
    }
}
