package jp.tomoni.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import jp.tomoni.engine.Actor;
import jp.tomoni.engine.Decision;
import jp.tomoni.engine.ProcurementGroup;
import jp.tomoni.engine.Role;
import jp.tomoni.engine.UserAccount;
import jp.tomoni.reference.PublicBodies;
import jp.tomoni.web.body.CreateGroupBody;
import jp.tomoni.web.body.RegisterUserBody;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Procurement groups and the users of public bodies, managed by the installation's operator and its
 * administrators. Members read their own group; nobody reads another group (it is simply not listed).
 * Passwords are hashed with bcrypt before they reach the journal; no answer ever carries a hash.
 */
@RestController
@Tag(name = "organisation", description = "Procurement groups of public bodies, and their users")
@RequestMapping("/api/v1")
public class OrganisationController {

    private static final PasswordEncoder PASSWORDS = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private final Commands commands;
    private final Scopes scopes;
    private final ReactiveUserDetailsService people;

    public OrganisationController(Commands commands, Scopes scopes, ReactiveUserDetailsService people) {
        this.commands = commands;
        this.scopes = scopes;
        this.people = people;
    }

    /**
     * A group as listed.
     *
     * @param groupId  its id
     * @param name     its English name
     * @param nameJa   its Japanese name
     * @param leadBody the lead's municipal code
     * @param members  every member, the lead first
     */
    public record GroupView(String groupId, String name, String nameJa, String leadBody, List<BodyView> members) {

        static GroupView of(ProcurementGroup g) {
            PublicBodies bodies = PublicBodies.standard();
            return new GroupView(g.groupId(), g.name(), g.nameJa(), g.leadBody(), g.members().stream()
                    .map(code -> new BodyView(code, bodies.nameJa(code), bodies.nameEn(code))).toList());
        }
    }

    /** A public body: municipal code and names. */
    public record BodyView(String code, String nameJa, String nameEn) {
    }

    /** A user as listed: never the password's hash. */
    public record UserView(String userId, String bodyCode, List<Role> roles, String groupId, Long seq) {
    }

    /** Forms a group. */
    @Operation(operationId = "createGroup", summary = "Form a procurement group",
            description = "Public bodies of the reference data that buy together, with one lead. 422 UNKNOWN_BODY"
                    + " for a code not in the reference data; 409 BODY_IN_GROUP for a body already in a group.",
            responses = @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true))
    @PostMapping("/groups")
    public Mono<ResponseEntity<GroupView>> createGroup(@RequestBody CreateGroupBody body, Principal who) {
        Scopes.decide(scopes.access().administer(scopes.actor(who)), null);
        return commands.run(who, body.command()).map(outcome -> ResponseEntity.status(HttpStatus.CREATED)
                .body(GroupView.of(scopes.engine().organisation().group(body.groupId().value()))));
    }

    /** The groups the person may see. */
    @Operation(operationId = "listGroups", summary = "List procurement groups",
            description = "The operator and administrators see every group; a member only their own.")
    @GetMapping("/groups")
    public List<GroupView> groups(Principal who) {
        Actor actor = scopes.actor(who);
        return scopes.engine().organisation().groups().stream()
                .filter(g -> scopes.access().readGroup(actor, g.groupId()) == Decision.ALLOW).map(GroupView::of)
                .toList();
    }

    /** Registers a user of a body. */
    @Operation(operationId = "registerUser", summary = "Register a user of a public body",
            description = "A user belongs to one body and holds roles: ADMIN, LEAD_OFFICER (only of a group's lead"
                    + " body, else 422 NOT_LEAD), BODY_OFFICER, ANALYST. The password (12 characters or more) is"
                    + " kept only as its bcrypt hash. A name already taken is 409 DUPLICATE_ID.",
            responses = @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true))
    @PostMapping("/users")
    public Mono<ResponseEntity<UserView>> registerUser(@RequestBody RegisterUserBody body, Principal who) {
        Scopes.decide(scopes.access().administer(scopes.actor(who)), null);
        String name = body.userId().value();
        return people.findByUsername(name).hasElement().flatMap(taken -> {
            if (taken) {
                return Mono.error(new ApiException(HttpStatus.CONFLICT, "DUPLICATE_ID", "userId",
                        "user " + name + " already exists"));
            }
            return Mono.fromCallable(() -> PASSWORDS.encode(body.password().value()))
                    .subscribeOn(Schedulers.boundedElastic());
        }).flatMap(hash -> commands.run(who, body.command(hash))).map(outcome -> ResponseEntity
                .status(HttpStatus.CREATED).body(view(scopes.engine().organisation().user(name), outcome.entry().seq())));
    }

    /** Every registered user, without password hashes. */
    @Operation(operationId = "listUsers", summary = "List users",
            description = "Every registered user of every body, for the operator and administrators.")
    @GetMapping("/users")
    public List<UserView> users(Principal who) {
        Scopes.decide(scopes.access().administer(scopes.actor(who)), null);
        return scopes.engine().organisation().users().stream().map(u -> view(u, null)).toList();
    }

    private UserView view(UserAccount user, Long seq) {
        ProcurementGroup group = scopes.engine().organisation().groupOfBody(user.bodyCode());
        return new UserView(user.userId(), user.bodyCode(), user.roles().stream().sorted().toList(),
                group == null ? null : group.groupId(), seq);
    }
}
