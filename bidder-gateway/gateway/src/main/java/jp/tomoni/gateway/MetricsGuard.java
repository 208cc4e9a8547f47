package jp.tomoni.gateway;

import jp.tomoni.contract.MetricsCredential;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Closes every actuator endpoint but health to anyone without the operator's metrics token
 * ({@link MetricsCredential}): the gateway's counters tell bids per outcome and per second, which retailers
 * must not learn of each other. A request without it is 401 {@code UNAUTHENTICATED} with
 * {@code WWW-Authenticate: Bearer}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class MetricsGuard implements WebFilter {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsGuard.class);

    private final MetricsCredential credential;

    public MetricsGuard(GatewayProperties properties) {
        this.credential = new MetricsCredential(properties.metricsToken());
        if (!credential.configured()) {
            LOG.warn("tomoni.gateway.metrics-token ({}) is not set: /actuator/prometheus is closed to everyone",
                    MetricsCredential.ENVIRONMENT);
        }
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!guarded(path) || credential.admits(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION))) {
            return chain.filter(exchange);
        }
        return Mono.error(new GatewayException(401, "UNAUTHENTICATED", null,
                "metrics need the operator's token as Authorization: Bearer TOKEN")
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
    }

    /** Every actuator path but health's. */
    static boolean guarded(String path) {
        return (path.equals("/actuator") || path.startsWith("/actuator/"))
                && !(path.equals("/actuator/health") || path.startsWith("/actuator/health/"));
    }
}
