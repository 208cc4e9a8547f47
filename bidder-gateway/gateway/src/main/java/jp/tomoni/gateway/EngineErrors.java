package jp.tomoni.gateway;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import jp.tomoni.contract.GatewayCredential;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;

/**
 * How the engine's statuses and failures reach a retailer. NOT_FOUND is 404 {@code NOT_FOUND} and
 * FAILED_PRECONDITION 409 {@code CONFLICT}, with the engine's sentence. The engine refusing the gateway's own
 * key (UNAUTHENTICATED) or failing (INTERNAL and anything unexpected) is 502 {@code ENGINE_ERROR}, so a
 * retailer is never told its own key is bad when the gateway's is. An engine that is starting, saturated,
 * halted, unreachable or too slow is 503 {@code ENGINE_UNAVAILABLE} with {@code Retry-After} (the engine's
 * own, else 2 s). No internal text reaches a retailer.
 */
final class EngineErrors {

    private static final Logger LOG = LoggerFactory.getLogger(EngineErrors.class);
    private static final Pattern SECONDS = Pattern.compile("[0-9]{1,4}");
    private static final String DEFAULT_RETRY = "2";

    private EngineErrors() {
    }

    /** The problem for a call that failed. */
    static Throwable fromFailure(Throwable e) {
        if (e instanceof GatewayException) {
            return e;
        }
        if (e instanceof TimeoutException) {
            LOG.warn("the engine's event stream was silent too long");
            return GatewayException.engineUnavailable("the engine did not answer in time; try again");
        }
        if (!(e instanceof StatusRuntimeException status)) {
            LOG.warn("a call to the engine failed", e);
            return GatewayException.engineUnavailable("the engine cannot be reached; try again");
        }
        Status.Code code = status.getStatus().getCode();
        return switch (code) {
            case NOT_FOUND -> new GatewayException(404, "NOT_FOUND", null, description(status, "no such auction"));
            case FAILED_PRECONDITION -> new GatewayException(409, "CONFLICT", null,
                    description(status, "not possible yet"));
            case INVALID_ARGUMENT -> new GatewayException(422, "NOT_STORABLE", null,
                    description(status, "the bid holds a value the engine cannot store"));
            case UNAVAILABLE, DEADLINE_EXCEEDED, CANCELLED, RESOURCE_EXHAUSTED -> unavailable(status);
            case UNAUTHENTICATED, PERMISSION_DENIED -> {
                LOG.error("the engine refused the gateway's key ({}): check tomoni.gateway.engine-key", code);
                yield GatewayException.engineError("the engine refused the gateway; try again later");
            }
            default -> {
                LOG.warn("the engine answered {}: {}", code, status.getStatus().getDescription());
                yield GatewayException.engineError("the engine failed to answer");
            }
        };
    }

    private static GatewayException unavailable(StatusRuntimeException status) {
        String retry = status.getTrailers() == null ? null : status.getTrailers().get(GatewayCredential.RETRY_AFTER_SECONDS);
        boolean engineSaid = status.getStatus().getCode() == Status.Code.UNAVAILABLE && retry != null;
        LOG.info("the engine is unavailable: {}", status.getStatus());
        return GatewayException.engineUnavailable(engineSaid ? description(status, "the engine is unavailable")
                        : "the engine cannot be reached; try again (a bid sent again with the same Idempotency-Key is"
                        + " never taken twice)")
                .withHeader(HttpHeaders.RETRY_AFTER, retry != null && SECONDS.matcher(retry).matches() ? retry : DEFAULT_RETRY);
    }

    /** The engine's own sentence for a refusal it meant the retailer to read, else {@code fallback}. */
    private static String description(StatusRuntimeException status, String fallback) {
        String text = status.getStatus().getDescription();
        return text == null || text.isBlank() || text.length() > 300 ? fallback : text;
    }
}
