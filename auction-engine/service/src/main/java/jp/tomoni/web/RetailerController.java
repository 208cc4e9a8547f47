package jp.tomoni.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.tomoni.contract.ApiKeys;
import jp.tomoni.engine.EngineQueries;
import jp.tomoni.engine.Retailer;
import jp.tomoni.web.body.QualifyRetailerBody;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Retailers: qualify one with its registration number, menu emission factor, posted security and
 * eligibility. Qualifying issues its API key, which is shown once in the response and stored only as a hash.
 * Retailers are registered once for the installation, by its operator or an administrator; lead officers may
 * read the list, to invite them.
 */
@RestController
@Tag(name = "retailers", description = "Retailers: qualification to bid")
@RequestMapping("/api/v1/retailers")
public class RetailerController {

    private final Commands commands;
    private final EngineQueries engine;
    private final Clock clock;
    private final Scopes scopes;

    public RetailerController(Commands commands, EngineQueries engine, Clock clock, Scopes scopes) {
        this.commands = commands;
        this.engine = engine;
        this.clock = clock;
        this.scopes = scopes;
    }

    /** Qualifies a retailer ({@link QualifyRetailerBody}); the answer holds its API key, shown this once only. */
    @Operation(operationId = "qualifyRetailer", summary = "Qualify a retailer",
            description = "Registers a retailer with its registration number, its menu's emission factor, its"
                    + " posted security (whole yen, with the last day it is valid) and its eligibility (tranches,"
                    + " for auctions that ask no security per tranche). The answer carries its API key for the"
                    + " bidder gateway, shown this once only. A security that has already expired is refused"
                    + " (400 OUT_OF_RANGE at securityExpiresOn).",
            responses = @ApiResponse(responseCode = "201",
                    description = "Created", useReturnTypeSchema = true))
    @PostMapping
    public Mono<ResponseEntity<Answers.RetailerQualified>> qualify(@RequestBody QualifyRetailerBody body,
                                                                   Principal who) {
        Scopes.decide(scopes.access().administer(scopes.actor(who)), null);
        LocalDate today = LocalDate.now(clock.withZone(Retailer.JAPAN));
        if (body.securityExpiresOn() != null && body.securityExpiresOn().isBefore(today)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "OUT_OF_RANGE", "securityExpiresOn", "the security expired on "
                    + body.securityExpiresOn() + "; a retailer is qualified with a security valid today or later");
        }
        String apiKey = ApiKeys.issue();
        return commands.run(who, body.command(ApiKeys.hash(apiKey))).map(outcome -> ResponseEntity
                .status(HttpStatus.CREATED).body(new Answers.RetailerQualified(body.retailerId().value(), apiKey,
                        "The API key is shown only now; Tomoni keeps only its hash.", outcome.entry().seq())));
    }

    /** Lists qualified retailers, without their credentials. */
    @Operation(operationId = "listRetailers", summary = "List qualified retailers",
            description = "Every qualified retailer, without keys.")
    @GetMapping
    public List<Answers.RetailerEntry> list(Principal who) {
        Scopes.decide(scopes.access().readRetailers(scopes.actor(who)), null);
        return engine.retailers().stream().map(Answers.RetailerEntry::of).toList();
    }
}
