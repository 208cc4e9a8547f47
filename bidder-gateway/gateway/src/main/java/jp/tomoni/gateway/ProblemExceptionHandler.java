package jp.tomoni.gateway;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns every error into RFC 9457 {@code application/problem+json}: {@code type}
 * {@code urn:tomoni:problem:CODE}, {@code title} CODE, {@code status}, {@code detail}, {@code instance} (the
 * request path), {@code code}, and {@code field} where one is at fault. Unknown routes are 404
 * {@code NOT_FOUND}; anything unexpected is 500 {@code INTERNAL_ERROR} without internals. It runs before
 * Spring Boot's own error handler, so no error leaves the gateway in another shape.
 */
@Component
@Order(-2)
public class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(ex);
        }
        GatewayException problem = toProblem(ex, exchange);
        response.setStatusCode(HttpStatusCode.valueOf(problem.status()));
        HttpHeaders headers = response.getHeaders();
        headers.remove(HttpHeaders.CONTENT_LENGTH);
        problem.headers().forEach(headers::put);
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = Json.write(body(problem, exchange.getRequest().getPath().value()));
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    /** The problem document for {@code problem} at {@code instance}. */
    static ObjectNode body(GatewayException problem, String instance) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("type", "urn:tomoni:problem:" + problem.code())
                .put("title", problem.code())
                .put("status", problem.status())
                .put("detail", problem.getMessage())
                .put("instance", instance)
                .put("code", problem.code());
        if (problem.field() != null) {
            node.put("field", problem.field());
        }
        for (Map.Entry<String, Object> p : problem.properties().entrySet()) {
            node.set(p.getKey(), Json.MAPPER.valueToTree(p.getValue()));
        }
        return node;
    }

    private static GatewayException toProblem(Throwable ex, ServerWebExchange exchange) {
        if (ex instanceof GatewayException g) {
            return g;
        }
        if (causedBy(ex, DataBufferLimitException.class)) {
            return tooLarge();
        }
        if (ex instanceof MissingRequestValueException m) {
            return GatewayException.badRequest("MALFORMED_REQUEST", m.getName(), m.getReason());
        }
        if (ex instanceof ServerWebInputException w) {
            return GatewayException.badRequest("MALFORMED_REQUEST", null,
                    w.getReason() == null ? "the request could not be read" : w.getReason());
        }
        if (ex instanceof ResponseStatusException r) {
            return fromStatus(r, exchange);
        }
        LOG.error("unexpected failure on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), ex);
        return new GatewayException(500, "INTERNAL_ERROR", null, "the gateway failed to handle this request");
    }

    /** 413 {@code PAYLOAD_TOO_LARGE}. */
    static GatewayException tooLarge() {
        return new GatewayException(413, "PAYLOAD_TOO_LARGE", null, "the request body is too large");
    }

    private static GatewayException fromStatus(ResponseStatusException r, ServerWebExchange exchange) {
        int status = r.getStatusCode().value();
        GatewayException problem = switch (status) {
            case 404 -> new GatewayException(404, "NOT_FOUND", null,
                    "no resource at " + exchange.getRequest().getPath().value());
            case 405 -> new GatewayException(405, "METHOD_NOT_ALLOWED", null,
                    exchange.getRequest().getMethod() + " is not allowed here");
            case 406 -> new GatewayException(406, "NOT_ACCEPTABLE", null,
                    "this resource cannot be served in the media type asked for in Accept");
            case 413 -> tooLarge();
            case 415 -> new GatewayException(415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type",
                    "send the body as Content-Type: application/json");
            default -> status >= 500 ? new GatewayException(500, "INTERNAL_ERROR", null,
                    "the gateway failed to handle this request")
                    : new GatewayException(status, "REQUEST_REFUSED", null,
                    r.getReason() == null ? "the request was refused" : r.getReason());
        };
        for (Map.Entry<String, List<String>> h : r.getHeaders().headerSet()) {
            problem = problem.withHeader(h.getKey(), String.join(", ", h.getValue()));
        }
        return problem;
    }

    private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
