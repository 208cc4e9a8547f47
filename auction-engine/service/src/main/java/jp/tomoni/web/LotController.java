package jp.tomoni.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import jp.tomoni.engine.Actor;
import jp.tomoni.engine.Decision;
import jp.tomoni.engine.EngineEvent;
import jp.tomoni.engine.EngineQueries;
import jp.tomoni.engine.ProcurementGroup;
import jp.tomoni.web.body.CreateLotBody;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Lots: pool registered facilities by municipality, facility type and voltage class (or by id). A facility
 * is chosen when it matches every criterion given; the lot keeps the facilities as they were then. A lot
 * belongs to a procurement group (the group of its creator's body, unless it names one), holds only the
 * group's members' facilities and is seen only within the group; pooling one is the lead officer's.
 */
@RestController
@Tag(name = "lots", description = "Lots: facilities pooled into one auctioned demand")
@RequestMapping("/api/v1/lots")
public class LotController {

    private final Commands commands;
    private final EngineQueries engine;
    private final Scopes scopes;

    public LotController(Commands commands, EngineQueries engine, Scopes scopes) {
        this.commands = commands;
        this.engine = engine;
        this.scopes = scopes;
    }

    /** Creates a lot ({@link CreateLotBody}); a selection that matches no facility is refused, 422. */
    @Operation(operationId = "createLot", summary = "Pool facilities into a lot",
            description = "A lot selects facilities by municipality code, type and voltage class; its demand is"
                    + " their annual kWh.",
            responses = @ApiResponse(responseCode = "201",
                    description = "Created", useReturnTypeSchema = true))
    @PostMapping
    public Mono<ResponseEntity<Answers.LotCreated>> create(@RequestBody CreateLotBody body, Principal who) {
        String group = body.groupId() == null ? defaultGroup(scopes.actor(who)) : body.groupId().value();
        scopes.requireRunGroup(who, group, "groupId");
        return commands.run(who, body.command(group)).map(outcome -> {
            EngineEvent.LotCreated created = outcome.events().stream().map(e -> e.event())
                    .filter(EngineEvent.LotCreated.class::isInstance).map(EngineEvent.LotCreated.class::cast)
                    .findFirst().orElseThrow();
            return ResponseEntity.status(HttpStatus.CREATED).body(new Answers.LotCreated(created.lotId(),
                    created.facilities(), created.demand().value(), outcome.entry().seq()));
        });
    }

    /** Lists the lots. */
    @Operation(operationId = "listLots", summary = "List lots",
            description = "Every lot with its facility count, demand and municipalities.")
    @GetMapping
    public List<Answers.LotSummary> list(Principal who) {
        Actor actor = scopes.actor(who);
        return engine.lots().stream()
                .filter(lot -> scopes.access().readGroupWork(actor, lot.groupId()) == Decision.ALLOW)
                .map(lot -> Answers.LotSummary.of(lot, false)).toList();
    }

    /** One lot with its facilities. */
    @Operation(operationId = "getLot", summary = "Read one lot",
            description = "The lot, its facility count, demand and municipalities.")
    @GetMapping("/{lotId}")
    public Answers.LotSummary get(@PathVariable String lotId, Principal who) {
        return Answers.LotSummary.of(scopes.readableLot(who, lotId), true);
    }

    /**
     * The group a lot is pooled in when the body names none: a member's own group (which only its lead may pool
     * in, so another member is 403), or none for the installation's own accounts. A member of no group pools in
     * none: 403.
     */
    private String defaultGroup(Actor actor) {
        if (actor.kind() != Actor.Kind.MEMBER) {
            return null;
        }
        ProcurementGroup group = engine.organisation().groupOfBody(actor.bodyCode());
        if (group == null) {
            throw Scopes.forbidden("groupId");
        }
        return group.groupId();
    }
}
