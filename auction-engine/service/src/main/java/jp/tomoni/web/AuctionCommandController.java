package jp.tomoni.web;

import java.security.Principal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import jp.tomoni.core.draw.TieBreakSeed;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.EngineEvent;
import jp.tomoni.engine.EngineQueries;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.engine.Outcome;
import jp.tomoni.json.InvalidInputException;
import jp.tomoni.json.JsonField;
import jp.tomoni.replay.ScenarioReader;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Officers' auction commands: create an auction for a lot (its tie-break seed is generated here and only its
 * SHA-256 is shown), schedule or start it, pause, resume, cancel, approve the award, and re-auction a failed lot.
 *
 * <p>Body of a create: {@code {auctionId?, lotId, format, clock{...} | openReverse{...}, schedule{roundSeconds,
 * recessSeconds}, bidders[]}}, where {@code clock} and {@code openReverse} take the scenario format's fields.
 */
@RestController
@RequestMapping("/api/v1/auctions")
public class AuctionCommandController {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> CREATE_FIELDS = Set.of("auctionId", "lotId", "format", "clock", "openReverse",
            "schedule", "bidders");

    private final Commands commands;
    private final EngineQueries engine;

    public AuctionCommandController(Commands commands, EngineQueries engine) {
        this.commands = commands;
        this.engine = engine;
    }

    /** Creates an auction; answers 201 with its id and the published hash of its seed. */
    @PostMapping
    public Mono<ResponseEntity<Map<String, Object>>> create(@RequestBody String body, Principal who) {
        JsonField root = Bodies.parse(body).object(CREATE_FIELDS);
        return created(who, command(root, root.required("lotId").text(), null));
    }

    /** Opens a new auction for the lot of a failed or cancelled one, with new parameters. */
    @PostMapping("/{auctionId}/reauction")
    public Mono<ResponseEntity<Map<String, Object>>> reauction(@PathVariable String auctionId, @RequestBody String body,
                                                               Principal who) {
        LiveAuction failed = engine.auction(auctionId);
        if (failed == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no auction " + auctionId);
        }
        JsonField root = Bodies.parse(body).object(CREATE_FIELDS);
        return created(who, command(root, failed.lot().lotId(), auctionId));
    }

    private Mono<ResponseEntity<Map<String, Object>>> created(Principal who, EngineCommand command) {
        return commands.run(who, command).map(outcome -> {
            EngineEvent.AuctionCreated created = find(outcome, EngineEvent.AuctionCreated.class);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("auctionId", created.auctionId());
            answer.put("format", created.format());
            answer.put("lotId", created.lotId());
            answer.put("seedSha256", created.seedSha256());
            answer.put("seq", outcome.entry().seq());
            return ResponseEntity.status(HttpStatus.CREATED).body(answer);
        });
    }

    private static EngineCommand command(JsonField root, String lotId, String reauctionOf) {
        JsonField idField = root.optional("auctionId");
        String auctionId = idField == null ? "AUC-" + HexFormat.of().formatHex(randomBytes(4)) : idField.text();
        String seed = TieBreakSeed.of(randomBytes(32)).hex();
        String format = root.required("format").text();
        if ("CLOCK".equals(format)) {
            JsonField schedule = root.required("schedule").object(Set.of("roundSeconds", "recessSeconds"));
            long round = schedule.required("roundSeconds").wholeNumber();
            JsonField recess = schedule.optional("recessSeconds");
            if (round < 1) {
                throw new InvalidInputException("schedule.roundSeconds", "a round lasts at least one second");
            }
            return new EngineCommand.CreateClockAuction(auctionId, lotId,
                    ScenarioReader.clockParameters(root.required("clock")), Duration.ofSeconds(round),
                    Duration.ofSeconds(recess == null ? 0 : Math.max(0, recess.wholeNumber())), seed,
                    Bodies.strings(root, "bidders"), reauctionOf);
        } else if ("OPEN_REVERSE".equals(format)) {
            JsonField section = root.required("openReverse");
            OffsetDateTime opensAt = section.required("opensAt").time();
            return new EngineCommand.CreateReverseAuction(auctionId, lotId, ScenarioReader.openReverse(section, opensAt),
                    seed, Bodies.strings(root, "bidders"), reauctionOf);
        }
        throw new InvalidInputException("format", "must be \"CLOCK\" or \"OPEN_REVERSE\", not \"" + format + "\"");
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** Starts an auction. */
    @PostMapping("/{auctionId}/start")
    public Mono<Map<String, Object>> start(@PathVariable String auctionId, Principal who) {
        return state(who, auctionId, new EngineCommand.StartAuction(auctionId));
    }

    /** Schedules a created auction to start by itself; body {@code {startsAt}} (ISO-8601 with offset). */
    @PostMapping("/{auctionId}/schedule")
    public Mono<Map<String, Object>> schedule(@PathVariable String auctionId, @RequestBody String body, Principal who) {
        JsonField field = Bodies.parse(body).object(Set.of("startsAt")).required("startsAt");
        OffsetDateTime startsAt = field.time();
        if (startsAt.toInstant().isBefore(java.time.Instant.now())) {
            throw new InvalidInputException(field.place(), "INVALID_TIME", "the start time has already passed; start it now instead");
        }
        return state(who, auctionId, new EngineCommand.ScheduleAuction(auctionId, startsAt.toInstant()));
    }

    /** Pauses a running auction; its remaining time is kept. */
    @PostMapping("/{auctionId}/pause")
    public Mono<Map<String, Object>> pause(@PathVariable String auctionId, Principal who) {
        return state(who, auctionId, new EngineCommand.PauseAuction(auctionId));
    }

    /** Resumes a paused auction. */
    @PostMapping("/{auctionId}/resume")
    public Mono<Map<String, Object>> resume(@PathVariable String auctionId, Principal who) {
        return state(who, auctionId, new EngineCommand.ResumeAuction(auctionId));
    }

    /** Cancels an auction that has not ended; body {@code {reason}}. */
    @PostMapping("/{auctionId}/cancel")
    public Mono<Map<String, Object>> cancel(@PathVariable String auctionId, @RequestBody String body, Principal who) {
        String reason = Bodies.parse(body).object(Set.of("reason")).required("reason").text();
        return state(who, auctionId, new EngineCommand.CancelAuction(auctionId, reason));
    }

    /** Approves the award of an ended auction. */
    @PostMapping("/{auctionId}/approve")
    public Mono<Map<String, Object>> approve(@PathVariable String auctionId, Principal who) {
        return state(who, auctionId, new EngineCommand.ApproveAward(auctionId));
    }

    private Mono<Map<String, Object>> state(Principal who, String auctionId, EngineCommand command) {
        return commands.run(who, command).map(outcome -> Map.of("auctionId", auctionId,
                "state", engine.auction(auctionId).state().name(), "seq", outcome.entry().seq()));
    }

    private static <T extends EngineEvent> T find(Outcome outcome, Class<T> type) {
        return outcome.events().stream().map(e -> e.event()).filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow();
    }
}
