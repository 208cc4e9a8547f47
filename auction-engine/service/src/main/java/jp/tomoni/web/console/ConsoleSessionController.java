package jp.tomoni.web.console;

import java.util.LinkedHashMap;
import java.util.Map;
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

    /** The CSRF token for the login form, before anyone has signed in: {@code {headerName, parameterName, token}}. */
    @GetMapping("/console/csrf")
    public Mono<Map<String, String>> csrf(ServerWebExchange exchange) {
        return token(exchange);
    }

    /**
     * The signed-in person: {@code {name, role, csrf{headerName, parameterName, token}}}, where role is
     * {@code OFFICER} or {@code ANALYST} (the first such role held, officer first).
     */
    @GetMapping("/api/v1/console/me")
    public Mono<Map<String, Object>> me(Authentication who, ServerWebExchange exchange) {
        return token(exchange).map(csrf -> {
            Map<String, Object> me = new LinkedHashMap<>();
            me.put("name", who.getName());
            me.put("role", role(who));
            me.put("csrf", csrf);
            return me;
        });
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
