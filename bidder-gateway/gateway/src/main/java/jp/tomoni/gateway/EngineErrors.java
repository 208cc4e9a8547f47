package jp.tomoni.gateway;

import java.io.IOException;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * How the engine's refusals and failures reach a retailer. A 4xx problem from the engine passes through
 * with its status, {@code code}, {@code field} and {@code detail} (404 {@code NOT_FOUND}, 409
 * {@code CONFLICT}, 422 {@code IDEMPOTENCY_KEY_REUSED}, ...). The engine refusing the gateway's own key
 * (401, 403) or failing (5xx) is 502 {@code ENGINE_ERROR}, so a retailer is never told its own key is bad
 * when the gateway's is. A busy engine (503) stays 503 with its {@code Retry-After}. An engine that cannot be
 * reached or does not answer in time is 503 {@code ENGINE_UNAVAILABLE} with {@code Retry-After}.
 */
final class EngineErrors {

    private static final Logger LOG = LoggerFactory.getLogger(EngineErrors.class);
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Pattern SECONDS = Pattern.compile("[0-9]{1,6}");

    private EngineErrors() {
    }

    /** The problem for the engine's answer {@code status} with {@code body}. */
    static GatewayException fromResponse(int status, HttpHeaders headers, byte[] body) {
        JsonNode problem = parse(body);
        String code = text(problem, "code");
        String detail = text(problem, "detail");
        if (status == 401 || status == 403) {
            LOG.error("the engine refused the gateway's key ({}): check tomoni.gateway.engine-key", status);
            return GatewayException.engineError("the engine refused the gateway; try again later");
        }
        if (status == 503) {
            String retry = headers.getFirst(HttpHeaders.RETRY_AFTER);
            return new GatewayException(503, code == null || !CODE.matcher(code).matches() ? "ENGINE_UNAVAILABLE" : code,
                    null, detail == null ? "the engine is unavailable" : detail)
                    .withHeader(HttpHeaders.RETRY_AFTER, retry != null && SECONDS.matcher(retry).matches() ? retry : "2");
        }
        if (status >= 500 || status < 400) {
            LOG.warn("the engine answered {}: {}", status, detail);
            return GatewayException.engineError("the engine failed to answer (status " + status + ")");
        }
        if (code == null || !CODE.matcher(code).matches()) {
            code = status == 404 ? "NOT_FOUND" : status == 409 ? "CONFLICT" : "REQUEST_REFUSED";
        }
        String field = text(problem, "field");
        if (field == null && "IDEMPOTENCY_KEY_REUSED".equals(code)) {
            field = "Idempotency-Key";
        }
        return new GatewayException(status, code, field, detail == null ? "the engine refused the request" : detail);
    }

    /** The problem for a call that failed before the engine answered, or an answer that could not be read. */
    static Throwable fromFailure(Throwable e) {
        if (e instanceof GatewayException) {
            return e;
        }
        if (e instanceof TimeoutException) {
            LOG.warn("the engine did not answer in time");
            return GatewayException.engineUnavailable("the engine did not answer in time; try again (a bid sent again with the same"
                    + " Idempotency-Key is never taken twice)");
        }
        if (e instanceof WebClientRequestException || e.getCause() instanceof IOException || e instanceof IOException) {
            LOG.warn("the engine cannot be reached: {}", e.toString());
            return GatewayException.engineUnavailable("the engine cannot be reached; try again");
        }
        if (e instanceof JacksonException) {
            LOG.warn("the engine's answer is not valid JSON: {}", e.getMessage());
            return GatewayException.engineError("the engine's answer could not be read");
        }
        LOG.warn("a call to the engine failed", e);
        return GatewayException.engineUnavailable("the engine cannot be reached; try again");
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            JsonNode node = Json.read(body);
            return node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node == null ? null : node.get(name);
        return value != null && value.isString() ? value.stringValue() : null;
    }
}
