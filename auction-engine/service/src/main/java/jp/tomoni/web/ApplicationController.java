package jp.tomoni.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.GroupApplication;
import jp.tomoni.web.body.DeclineBody;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Retailers' applications to a procurement group (filed by the retailers through the bidder gateway), and the
 * group's answer: its lead officer (or the installation's operator) approves an application or refuses it with
 * a reason. Only an approved retailer is invited to the group's auctions, with the security and the first plan
 * of its application. The group's members read the list; another group's is 404, as an unknown group is.
 */
@RestController
@Tag(name = "organisation", description = "Procurement groups of public bodies, and their users")
@RequestMapping("/api/v1/groups/{groupId}/applications")
public class ApplicationController {

    private final Commands commands;
    private final Scopes scopes;

    public ApplicationController(Commands commands, Scopes scopes) {
        this.commands = commands;
        this.scopes = scopes;
    }

    /**
     * An application as officers see it.
     *
     * @param retailerId         the retailer
     * @param registrationNumber the registration number it applied with
     * @param plans              its plans, the first the one its awards are computed with
     * @param securityYen        its posted security
     * @param securityExpiresOn  the security's last day
     * @param status             PENDING, APPROVED or REFUSED
     * @param reason             why it was refused
     * @param filedAt            when it was filed
     * @param decidedAt          when it was decided
     * @param decidedBy          who decided it
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApplicationView(String retailerId, String registrationNumber, List<PlanView> plans,
                                  long securityYen, String securityExpiresOn, String status, String reason,
                                  String filedAt, String decidedAt, String decidedBy) {

        static ApplicationView of(GroupApplication a) {
            return new ApplicationView(a.retailerId(), a.registrationNumber(), a.plans().stream()
                    .map(p -> new PlanView(p.name(), p.factor().value().toString(), p.factor().kind().label(),
                            p.factor().fiscalYear())).toList(), a.securityYen(), a.securityExpiresOn().toString(),
                    a.status().name(), a.reason(), a.filedAt().toString(),
                    a.decidedAt() == null ? null : a.decidedAt().toString(), a.decidedBy());
        }
    }

    /** A plan: its name and its emission factor with kind and fiscal year. */
    public record PlanView(String name, String factor, String factorKind, int fiscalYear) {
    }

    /** The group's applications. */
    @Operation(operationId = "listApplications", summary = "List retailers' applications to a group",
            description = "Each retailer's latest application, with its plans, security and status.")
    @GetMapping
    public List<ApplicationView> list(@PathVariable String groupId, Principal who) {
        requireGroup(who, groupId, false);
        return scopes.engine().organisation().applicationsTo(groupId).stream().map(ApplicationView::of).toList();
    }

    /** Approves an application. */
    @Operation(operationId = "approveApplication", summary = "Approve a retailer's application",
            description = "The retailer is then qualified in the group: invited to the auctions created from now"
                    + " on, with its application's security and first plan. 409 WRONG_STATE unless pending.")
    @PostMapping("/{retailerId}/approve")
    public Mono<ApplicationView> approve(@PathVariable String groupId, @PathVariable String retailerId,
                                         Principal who) {
        requireGroup(who, groupId, true);
        return decided(who, groupId, new EngineCommand.DecideApplication(retailerId, groupId, true, null));
    }

    /** Refuses an application, for the reason given. */
    @Operation(operationId = "refuseApplication", summary = "Refuse a retailer's application",
            description = "The retailer sees the refusal and its reason, and may apply again.")
    @PostMapping("/{retailerId}/refuse")
    public Mono<ApplicationView> refuse(@PathVariable String groupId, @PathVariable String retailerId,
                                        @RequestBody DeclineBody body, Principal who) {
        requireGroup(who, groupId, true);
        return decided(who, groupId, new EngineCommand.DecideApplication(retailerId, groupId, false,
                body.reason().value()));
    }

    private void requireGroup(Principal who, String groupId, boolean decide) {
        boolean hidden = scopes.engine().organisation().group(groupId) == null || Scopes.decide(decide
                ? scopes.access().runGroupWork(scopes.actor(who), groupId)
                : scopes.access().readGroupWork(scopes.actor(who), groupId), "groupId");
        if (hidden) {
            throw new ApiException(org.springframework.http.HttpStatus.NOT_FOUND, "UNKNOWN_GROUP", "groupId",
                    "no group " + groupId);
        }
    }

    private Mono<ApplicationView> decided(Principal who, String groupId, EngineCommand.DecideApplication command) {
        return commands.run(who, command).map(outcome -> ApplicationView.of(scopes.engine().organisation()
                .applicationsTo(groupId).stream().filter(a -> a.retailerId().equals(command.retailerId()))
                .findFirst().orElseThrow()));
    }
}
