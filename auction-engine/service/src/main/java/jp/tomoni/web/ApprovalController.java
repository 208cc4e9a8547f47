package jp.tomoni.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.web.body.DeclineBody;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The two-step approval of a group's award (起案・決裁). The lead body's officer proposes the award of an ended
 * auction; each body with facilities in the lot then confirms its own part, or declines it with a reason,
 * through its own officer; once every body has answered the auction is APPROVED, and the facilities of the
 * declined parts are listed for a new auction. Every step is a journaled command, so the trail (who, when,
 * what) survives restarts and replays. An auction outside the person's group is 404, as if unknown; another
 * body's part, or proposing without being the lead's officer, is 403.
 */
@RestController
@Tag(name = "approval", description = "Two-step approval of a group's award: propose, then each body answers")
@RequestMapping("/api/v1/auctions/{auctionId}")
public class ApprovalController {

    private final Commands commands;
    private final Scopes scopes;

    public ApprovalController(Commands commands, Scopes scopes) {
        this.commands = commands;
        this.scopes = scopes;
    }

    /** The approval's trail. */
    @Operation(operationId = "getApproval", summary = "Read the approval trail",
            description = "Who proposed the award and when, each body's part with its answer (who, when, and why a"
                    + " part was declined), and the facilities of declined parts, to be auctioned again.")
    @GetMapping("/approval")
    public ApprovalView approval(@PathVariable String auctionId, Principal who) {
        return ApprovalView.of(scopes.readableAuction(who, auctionId));
    }

    /** 起案: proposes the award to the bodies. */
    @Operation(operationId = "proposeAward", summary = "Propose the award (起案)",
            description = "The lead body's officer proposes the award of an ended auction of the group; each body"
                    + " with facilities in the lot must then answer for its part. 409 WRONG_STATE before the end or"
                    + " a second time; 409 ONE_STEP_APPROVAL for an auction of no group.")
    @PostMapping("/propose")
    public Mono<ApprovalView> propose(@PathVariable String auctionId, Principal who) {
        scopes.requireOnAuction(who, auctionId, "auctionId", (rules, actor, group) -> rules.propose(actor, group));
        return answered(who, auctionId, new EngineCommand.ProposeAward(auctionId));
    }

    /** 決裁: the body's officer confirms the body's part. */
    @Operation(operationId = "confirmPart", summary = "Confirm a body's part (決裁)",
            description = "An officer of the body confirms its part of the proposed award. Only the body's own"
                    + " officer may (403 otherwise); 409 ALREADY_ANSWERED a second time.")
    @PostMapping("/parts/{bodyCode}/confirm")
    public Mono<ApprovalView> confirm(@PathVariable String auctionId, @PathVariable String bodyCode, Principal who) {
        requireAnswer(who, auctionId, bodyCode);
        return answered(who, auctionId, new EngineCommand.AnswerPart(auctionId, bodyCode, true, null));
    }

    /** 決裁: the body's officer declines the body's part, for the reason given. */
    @Operation(operationId = "declinePart", summary = "Decline a body's part",
            description = "An officer of the body declines its part of the proposed award, saying why; its"
                    + " facilities are then listed for a new auction.")
    @PostMapping("/parts/{bodyCode}/decline")
    public Mono<ApprovalView> decline(@PathVariable String auctionId, @PathVariable String bodyCode,
                                      @RequestBody DeclineBody body, Principal who) {
        requireAnswer(who, auctionId, bodyCode);
        return answered(who, auctionId, new EngineCommand.AnswerPart(auctionId, bodyCode, false,
                body.reason().value()));
    }

    private void requireAnswer(Principal who, String auctionId, String bodyCode) {
        scopes.requireOnAuction(who, auctionId, "bodyCode",
                (rules, actor, group) -> rules.answerPart(actor, group, bodyCode));
    }

    private Mono<ApprovalView> answered(Principal who, String auctionId, EngineCommand command) {
        return commands.run(who, command).map(outcome -> ApprovalView.of(scopes.engine().auction(auctionId)));
    }

    /** The facility ids of the declined parts of {@code auction}, in the lot's order. */
    static List<String> declinedFacilities(LiveAuction auction) {
        if (auction.approval() == null) {
            return List.of();
        }
        List<String> declined = auction.approval().declined();
        return auction.lot().facilities().stream().filter(f -> declined.contains(f.wardCode())).map(f -> f.id())
                .toList();
    }
}
