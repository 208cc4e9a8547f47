package jp.tomoni.web.bidder;

import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.concurrent.CompletionException;
import jp.tomoni.app.EngineRebuiltException;
import jp.tomoni.contract.GatewayCredential;
import jp.tomoni.engine.EngineBusyException;
import jp.tomoni.engine.EngineHaltedException;
import jp.tomoni.engine.JournalRefusalException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's own failures as the contract's statuses, with no internal text: a saturated ring is
 * UNAVAILABLE with a retry after 1 s, a halted engine UNAVAILABLE with a retry after 5 s, anything else
 * INTERNAL (and logged here, where the cause is known).
 */
final class EngineStatuses {

    private static final Logger LOG = LoggerFactory.getLogger(EngineStatuses.class);

    private EngineStatuses() {
    }

    /** The status to answer {@code failure} with. */
    static StatusRuntimeException of(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause instanceof StatusRuntimeException status) {
            return status;
        } else if (cause instanceof EngineBusyException) {
            return unavailable("the engine is saturated; send the same request again shortly", 1);
        } else if (cause instanceof EngineHaltedException) {
            return unavailable("the engine cannot take commands right now; send the same request again later", 5);
        } else if (cause instanceof EngineRebuiltException) {
            return unavailable("the engine rebuilt itself; open the stream again after the last event received", 1);
        } else if (cause instanceof JournalRefusalException refused) {
            return Status.INVALID_ARGUMENT.withDescription(refused.getMessage()).asRuntimeException();
        }
        LOG.error("a call from the gateway failed", cause);
        return Status.INTERNAL.withDescription("the engine could not answer").asRuntimeException();
    }

    private static StatusRuntimeException unavailable(String detail, int retryAfterSeconds) {
        Metadata trailers = new Metadata();
        trailers.put(GatewayCredential.RETRY_AFTER_SECONDS, Integer.toString(retryAfterSeconds));
        return Status.UNAVAILABLE.withDescription(detail).asRuntimeException(trailers);
    }
}
