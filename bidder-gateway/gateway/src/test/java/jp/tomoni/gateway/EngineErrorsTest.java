package jp.tomoni.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Metadata;
import io.grpc.Status;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import jp.tomoni.contract.GatewayCredential;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** The engine's statuses as retailers get them: its sentence for a refusal, never internals, 503 to retry. */
class EngineErrorsTest {

    private static GatewayException from(Status status) {
        return (GatewayException) EngineErrors.fromFailure(status.asRuntimeException());
    }

    @Test
    void aRefusalOfTheEngineKeepsItsSentence() {
        GatewayException missing = from(Status.NOT_FOUND.withDescription("no auction X"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("NOT_FOUND");
        assertThat(missing.getMessage()).isEqualTo("no auction X");
        GatewayException early = from(Status.FAILED_PRECONDITION.withDescription("not approved yet"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("CONFLICT");
        GatewayException unstorable = from(Status.INVALID_ARGUMENT.withDescription(
                "the command holds a value the journal cannot store"));
        assertThat(unstorable.status()).isEqualTo(422);
        assertThat(unstorable.code()).isEqualTo("NOT_STORABLE");
        assertThat(unstorable.getMessage()).isEqualTo("the command holds a value the journal cannot store");
    }

    @Test
    void theEngineRefusingTheGatewayIsNeverTheRetailersFault() {
        for (Status status : new Status[] {Status.UNAUTHENTICATED, Status.PERMISSION_DENIED,
                Status.INTERNAL.withDescription("NullPointerException at Foo.java:12"), Status.UNKNOWN}) {
            GatewayException e = from(status);
            assertThat(e.status()).isEqualTo(502);
            assertThat(e.code()).isEqualTo("ENGINE_ERROR");
            assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain(".java");
        }
    }

    @Test
    void aBusyHaltedOrUnreachableEngineIs503WithRetryAfter() {
        Metadata trailers = new Metadata();
        trailers.put(GatewayCredential.RETRY_AFTER_SECONDS, "5");
        GatewayException halted = (GatewayException) EngineErrors.fromFailure(
                Status.UNAVAILABLE.withDescription("the engine cannot take commands right now").asRuntimeException(trailers));
        assertThat(halted.status()).isEqualTo(503);
        assertThat(halted.code()).isEqualTo("ENGINE_UNAVAILABLE");
        assertThat(halted.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        GatewayException unreachable = from(Status.UNAVAILABLE.withDescription("io exception: Connection refused"));
        assertThat(unreachable.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
        assertThat(unreachable.getMessage()).doesNotContain("Connection refused");
        for (Throwable late : new Throwable[] {Status.DEADLINE_EXCEEDED.asRuntimeException(), new TimeoutException(),
                new IOException("reset")}) {
            GatewayException e = (GatewayException) EngineErrors.fromFailure(late);
            assertThat(e.status()).as(late.toString()).isEqualTo(503);
            assertThat(e.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
        }
    }
}
