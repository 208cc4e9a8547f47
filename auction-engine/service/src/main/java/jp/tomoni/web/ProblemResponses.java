package jp.tomoni.web;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Writes a problem+json answer outside a controller, e.g. from the security filters. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /** Answers with {@code status} and a problem body carrying {@code code} and {@code detail}. */
    public static Mono<Void> write(ServerWebExchange exchange, int status, String code, String detail) {
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatus.valueOf(status));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String body = "{\"type\":\"urn:tomoni:problem:" + code + "\",\"title\":\"" + code + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\"", "'") + "\",\"code\":\"" + code + "\"}";
        DataBuffer buffer = response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(buffer));
    }
}
