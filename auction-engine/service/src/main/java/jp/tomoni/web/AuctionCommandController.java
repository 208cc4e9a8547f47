package jp.tomoni.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import jp.tomoni.core.draw.TieBreakSeed;
import jp.tomoni.engine.AuctionState;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.EngineEvent;
import jp.tomoni.engine.EngineQueries;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.engine.Outcome;
import jp.tomoni.web.body.BodyValueException;
import jp.tomoni.web.body.CancelBody;
import jp.tomoni.web.body.CreateAuctionBody;
import jp.tomoni.web.body.Identifier;
import jp.tomoni.web.body.ScheduleBody;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Officers' auction commands: create an auction for a lot (its tie-break seed is generated here and only its
 * SHA-256 is shown), schedule or start it, pause, resume, cancel, approve the award, and re-auction a failed lot.
 *
 * <p>Bodies are bound strictly ({@link CreateAuctionBody}, {@link ScheduleBody}, {@link CancelBody}); one that
 * does not bind is refused with 400 before anything reaches the engine.
 */
@RestController
@Tag(name = "auction commands", description = "Officers' commands on auctions")
@RequestMapping("/api/v1/auctions")
public class AuctionCommandController {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Where the day is reckoned from which an absent supply period starts: the bodies are in Japan. */
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final Commands commands;
    private final EngineQueries engine;
    private final Clock clock;
    private final Scopes scopes;

    public AuctionCommandController(Commands commands, EngineQueries engine, Clock clock, Scopes scopes) {
        this.commands = commands;
        this.engine = engine;
        this.clock = clock;
        this.scopes = scopes;
    }

    /** Creates an auction; answers 201 with its id and the published hash of its seed. */
    @Operation(operationId = "createAuction", summary = "Create an auction",
            description = "A CLOCK (descending clock, rounds) or OPEN_REVERSE (sealed window with soft close)"
                    + " auction of a lot. Its tie-break seed is generated here and only its SHA-256 is shown until"
                    + " the award. A lot whose award is already approved needs \"confirmSecondAward\": true, else"
                    + " 409 LOT_ALREADY_AWARDED.",
            responses = @ApiResponse(responseCode = "201",
                    description = "Created", useReturnTypeSchema = true))
    @PostMapping
    public Mono<ResponseEntity<Answers.AuctionCreated>> create(@RequestBody CreateAuctionBody body, Principal who) {
        Identifier lot = BodyValueException.required(body.lotId(), "lotId");
        scopes.requireRunLot(who, lot.value());
        confirmedSecondAward(body, lot.value());
        return created(who, command(body, lot.value(), null));
    }

    /**
     * Opens a new auction for the lot of a failed or cancelled one, with new parameters. A {@code lotId} in the
     * body must name that lot.
     */
    @Operation(operationId = "reauction", summary = "Re-auction a failed lot",
            description = "Opens a new auction for the lot of a failed (FAILED_RESERVE, UNDERSUBSCRIBED, NO_BIDS)"
                    + " or cancelled auction, with new parameters. A failed auction is re-auctioned once: a second"
                    + " attempt is 409 ALREADY_REAUCTIONED naming the existing re-auction (reauctionId).",
            responses = @ApiResponse(responseCode = "201",
                    description = "Created", useReturnTypeSchema = true))
    @PostMapping("/{auctionId}/reauction")
    public Mono<ResponseEntity<Answers.AuctionCreated>> reauction(@PathVariable String auctionId,
                                                                  @RequestBody CreateAuctionBody body, Principal who) {
        LiveAuction failed = scopes.runnableAuction(who, auctionId);
        engine.auctions().stream().filter(a -> auctionId.equals(a.reauctionOf())).findFirst().ifPresent(again -> {
            throw new ApiException(HttpStatus.CONFLICT, "ALREADY_REAUCTIONED", "auctionId", "auction " + auctionId
                    + " was already re-auctioned as " + again.id() + "; re-auction that one if it failed too")
                    .property("reauctionId", again.id());
        });
        String lot = body.lotId() == null ? failed.lot().lotId() : body.lotId().value();
        scopes.requireRunLot(who, lot);
        confirmedSecondAward(body, lot);
        return created(who, command(body, lot, auctionId));
    }

    /**
     * A second award for a lot buys its facilities twice, so a new auction on a lot with an approved award needs
     * {@code "confirmSecondAward": true}; without it the answer is 409 {@code LOT_ALREADY_AWARDED} naming the
     * approved auction, and nothing is created. An id that exists already is left to the engine, which refuses
     * it as {@code DUPLICATE_ID} first.
     */
    private void confirmedSecondAward(CreateAuctionBody body, String lotId) {
        boolean duplicate = body.auctionId() != null && engine.auction(body.auctionId().value()) != null;
        if (Boolean.TRUE.equals(body.confirmSecondAward()) || duplicate) {
            return;
        }
        engine.auctions().stream().filter(a -> a.lot().lotId().equals(lotId) && a.state() == AuctionState.APPROVED)
                .findFirst().ifPresent(approved -> {
                    throw new ApiException(HttpStatus.CONFLICT, "LOT_ALREADY_AWARDED", "confirmSecondAward", "lot "
                            + lotId + " already has an approved award, in auction " + approved.id() + "; send"
                            + " \"confirmSecondAward\": true to auction it again").property("approvedAuctionId",
                            approved.id());
                });
    }

    private Mono<ResponseEntity<Answers.AuctionCreated>> created(Principal who, EngineCommand command) {
        return commands.run(who, command).map(outcome -> {
            EngineEvent.AuctionCreated created = find(outcome, EngineEvent.AuctionCreated.class);
            return ResponseEntity.status(HttpStatus.CREATED).body(new Answers.AuctionCreated(created.auctionId(),
                    created.format(), created.lotId(), created.seedSha256(), outcome.entry().seq(),
                    warnings(created.auctionId(), created.lotId(), (EngineCommand.AuctionCreation) command)));
        });
    }

    /**
     * What an officer creating an auction on {@code lotId} should know: an award of the lot already approved, and
     * each retailer asked for (all, when none was named) whose security buys no tranche, so is not invited.
     */
    private List<String> warnings(String auctionId, String lotId, EngineCommand.AuctionCreation command) {
        List<String> warnings = new ArrayList<>(engine.auctions().stream().filter(a -> !a.id().equals(auctionId)
                        && a.lot().lotId().equals(lotId) && a.state() == AuctionState.APPROVED)
                .map(a -> "lot " + lotId + " already has an approved award, in auction " + a.id()
                        + "; a second award would buy the same facilities twice")
                .toList());
        LiveAuction auction = engine.auction(auctionId);
        Long perTranche = command.securityPerTrancheYen();
        if (auction != null && perTranche != null) {
            auction.roster().values().stream().filter(r -> !auction.isInvited(r.retailerId())
                            && (command.bidders().isEmpty() || command.bidders().contains(r.retailerId())))
                    .forEach(r -> warnings.add("retailer " + r.retailerId() + " posted " + r.securityYen()
                            + " yen of security, less than the " + perTranche + " yen one tranche asks; it is not"
                            + " invited"));
        }
        return warnings;
    }

    private EngineCommand command(CreateAuctionBody body, String lotId, String reauctionOf) {
        String auctionId = body.auctionId() == null ? "AUC-" + HexFormat.of().formatHex(randomBytes(4))
                : body.auctionId().value();
        return body.command(auctionId, lotId, TieBreakSeed.of(randomBytes(32)).hex(), reauctionOf,
                LocalDate.now(clock.withZone(JAPAN)));
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** Starts an auction. */
    @Operation(operationId = "startAuction", summary = "Start an auction now",
            description = "Opens round 1 (CLOCK) or the bidding window (OPEN_REVERSE).")
    @PostMapping("/{auctionId}/start")
    public Mono<Answers.AuctionState> start(@PathVariable String auctionId, Principal who) {
        return state(who, auctionId, new EngineCommand.StartAuction(auctionId));
    }

    /** Schedules a created auction to start by itself at {@code startsAt}, which must still be to come. */
    @Operation(operationId = "scheduleAuction", summary = "Schedule an auction",
            description = "The auction starts by itself at startsAt, which must still be to come.")
    @PostMapping("/{auctionId}/schedule")
    public Mono<Answers.AuctionState> schedule(@PathVariable String auctionId, @RequestBody ScheduleBody body,
                                               Principal who) {
        Instant startsAt = body.startsAt().toInstant();
        if (startsAt.isBefore(Instant.now())) {
            throw new BodyValueException("INVALID_TIME", "startsAt",
                    "the start time has already passed; start it now instead");
        }
        return state(who, auctionId, new EngineCommand.ScheduleAuction(auctionId, startsAt));
    }

    /** Pauses a running auction; its remaining time is kept. */
    @Operation(operationId = "pauseAuction", summary = "Pause an auction",
            description = "A running auction stops its clock; the open round keeps its remaining time.")
    @PostMapping("/{auctionId}/pause")
    public Mono<Answers.AuctionState> pause(@PathVariable String auctionId, Principal who) {
        return state(who, auctionId, new EngineCommand.PauseAuction(auctionId));
    }

    /** Resumes a paused auction. */
    @Operation(operationId = "resumeAuction", summary = "Resume a paused auction",
            description = "The clock runs again with the time the round had left.")
    @PostMapping("/{auctionId}/resume")
    public Mono<Answers.AuctionState> resume(@PathVariable String auctionId, Principal who) {
        return state(who, auctionId, new EngineCommand.ResumeAuction(auctionId));
    }

    /** Cancels an auction that has not ended, for the reason given. */
    @Operation(operationId = "cancelAuction", summary = "Cancel an auction",
            description = "An auction that has not ended is cancelled, for the reason given; its lot can then be"
                    + " re-auctioned.")
    @PostMapping("/{auctionId}/cancel")
    public Mono<Answers.AuctionState> cancel(@PathVariable String auctionId, @RequestBody CancelBody body,
                                             Principal who) {
        return state(who, auctionId, new EngineCommand.CancelAuction(auctionId, body.reason().value()));
    }

    /** Approves the award of an ended auction. */
    @Operation(operationId = "approveAward", summary = "Approve the award",
            description = "The award of an ended auction of no group is approved in one step; the reports then show"
                    + " it as final. A group's award is approved in two (propose, then each body's answer): here it"
                    + " is 409 TWO_STEP_APPROVAL.")
    @PostMapping("/{auctionId}/approve")
    public Mono<Answers.AuctionState> approve(@PathVariable String auctionId, Principal who) {
        return state(who, auctionId, new EngineCommand.ApproveAward(auctionId));
    }

    private Mono<Answers.AuctionState> state(Principal who, String auctionId, EngineCommand command) {
        scopes.requireRun(who, auctionId);
        return commands.run(who, command).map(outcome -> new Answers.AuctionState(auctionId,
                engine.auction(auctionId).state().name(), outcome.entry().seq()));
    }

    private static <T extends EngineEvent> T find(Outcome outcome, Class<T> type) {
        return outcome.events().stream().map(e -> e.event()).filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow();
    }
}
