package jp.tomoni.web;

import jp.tomoni.edge.BareErrorProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * The refusals no controller advice sees, as problem+json like every other: Netty's own (a bad start line or
 * header, a URL or headers too long) through {@link BareErrorProblems}, and every error raised outside a
 * handler (a filter, the dispatch itself) through a last-resort handler that runs before Spring Boot's
 * error page: a Spring refusal keeps its status and gets its code, and anything else is 500
 * {@code INTERNAL_ERROR} without internals (logged here).
 */
@Configuration(proxyBeanMethods = false)
public class EdgeProblems {

    private static final Logger LOG = LoggerFactory.getLogger(EdgeProblems.class);

    @Bean
    NettyServerCustomizer bareErrorProblems() {
        return BareErrorProblems::onEveryConnection;
    }

    @Bean
    @Order(-2)
    WebExceptionHandler lastResortProblems() {
        return EdgeProblems::handle;
    }

    static Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        if (error instanceof ErrorResponseException refused && refused.getStatusCode().is4xxClientError()) {
            String detail = refused.getBody().getDetail();
            return ProblemResponses.write(exchange, refused.getStatusCode().value(),
                    ProblemHandler.codeOf(refused.getStatusCode()), detail == null ? "the request was refused" : detail);
        }
        LOG.error("unexpected failure on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                error);
        return ProblemResponses.write(exchange, 500, "INTERNAL_ERROR", "the engine failed to handle this request");
    }
}
