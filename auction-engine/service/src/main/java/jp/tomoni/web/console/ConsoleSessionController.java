package jp.tomoni.web.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tomoni.engine.Actor;
import jp.tomoni.engine.ProcurementGroup;
import jp.tomoni.engine.Role;
import jp.tomoni.web.Scopes;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The console's session: who is signed in and the CSRF token that the console's pages send with every
 * request that changes something. The token belongs to the session (see the security configuration) and is
 * readable only by pages of this origin, since the answers carry no CORS headers.
 */
@RestController
public class ConsoleSessionController {

    private final Scopes scopes;

    public ConsoleSessionController(Scopes scopes) {
        this.scopes = scopes;
    }

    /** The CSRF token for the login form, before anyone has signed in: {@code {headerName, parameterName, token}}. */
    @GetMapping("/console/csrf")
    public Mono<Map<String, String>> csrf(ServerWebExchange exchange) {
        return token(exchange);
    }

    /**
     * The signed-in person: {@code {name, role, roles[], bodyCode?, groupId?, lead, csrf{headerName, parameterName,
     * token}}}. {@code role} is what the console shows and offers: {@code OFFICER} (the installation's operator),
     * {@code LEAD_OFFICER}, {@code BODY_OFFICER}, {@code ANALYST} or {@code ADMIN}, the first such role held in
     * that order; {@code lead} says whether the person runs auctions (the operator or a lead officer).
     */
    @GetMapping("/api/v1/console/me")
    public Mono<Map<String, Object>> me(Authentication who, ServerWebExchange exchange) {
        Actor actor = scopes.actor(who);
        return token(exchange).map(csrf -> {
            Map<String, Object> me = new LinkedHashMap<>();
            me.put("name", who.getName());
            String role = actor.kind() == Actor.Kind.MEMBER ? memberRole(actor) : role(who);
            me.put("role", role);
            me.put("roles", actor.user() == null ? List.of(role)
                    : actor.user().roles().stream().map(Enum::name).sorted().toList());
            if (actor.bodyCode() != null) {
                me.put("bodyCode", actor.bodyCode());
                ProcurementGroup group = scopes.engine().organisation().groupOfBody(actor.bodyCode());
                if (group != null) {
                    me.put("groupId", group.groupId());
                }
            }
            me.put("lead", "OFFICER".equals(role) || "LEAD_OFFICER".equals(role));
            me.put("csrf", csrf);
            return me;
        });
    }

    private static String memberRole(Actor actor) {
        for (Role role : List.of(Role.LEAD_OFFICER, Role.BODY_OFFICER, Role.ANALYST, Role.ADMIN)) {
            if (actor.has(role)) {
                return role.name();
            }
        }
        return "NONE";
    }

    static String role(Authentication who) {
        boolean officer = false;
        boolean analyst = false;
        for (GrantedAuthority authority : who.getAuthorities()) {
            officer |= "ROLE_OFFICER".equals(authority.getAuthority());
            analyst |= "ROLE_ANALYST".equals(authority.getAuthority());
        }
        return officer ? "OFFICER" : analyst ? "ANALYST" : "NONE";
    }

    private static Mono<Map<String, String>> token(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        if (token == null) {
            return Mono.error(new IllegalStateException("CSRF protection is not configured"));
        }
        return token.map(t -> Map.of("headerName", t.getHeaderName(), "parameterName", t.getParameterName(),
                "token", t.getToken()));
    }
}
