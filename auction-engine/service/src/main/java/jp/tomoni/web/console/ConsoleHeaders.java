package jp.tomoni.web.console;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A strict Content-Security-Policy on the console's pages: scripts, styles, images and connections only from
 * this server, no inline script, no framing, forms post only here. Other responses (the API, the
 * self-contained award report) are left as they are.
 */
@Component
public class ConsoleHeaders implements WebFilter {

    /** The policy sent with every console page. */
    public static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (path.equals("/console") || path.startsWith("/console/")) {
            exchange.getResponse().beforeCommit(() -> {
                exchange.getResponse().getHeaders().set("Content-Security-Policy", POLICY);
                exchange.getResponse().getHeaders().set("Referrer-Policy", "same-origin");
                return Mono.empty();
            });
        }
        return chain.filter(exchange);
    }
}
