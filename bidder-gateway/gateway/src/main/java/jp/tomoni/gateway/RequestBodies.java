package jp.tomoni.gateway;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import reactor.core.publisher.Mono;

/**
 * A request's body as bytes, at most {@code maxBodyBytes} (the gateway's {@code max-body-bytes}): a larger one
 * is 413 {@code PAYLOAD_TOO_LARGE}, by its Content-Length before a byte is read, or as soon as it outgrows the
 * limit; an absent body is empty.
 */
final class RequestBodies {

    private RequestBodies() {
    }

    static Mono<byte[]> read(ServerHttpRequest request, int maxBodyBytes) {
        if (request.getHeaders().getContentLength() > maxBodyBytes) {
            return Mono.error(tooLarge(maxBodyBytes));
        }
        return DataBufferUtils.join(request.getBody(), maxBodyBytes)
                .map(RequestBodies::bytes)
                .defaultIfEmpty(new byte[0])
                .onErrorMap(DataBufferLimitException.class, e -> tooLarge(maxBodyBytes));
    }

    private static GatewayException tooLarge(int maxBodyBytes) {
        return new GatewayException(413, "PAYLOAD_TOO_LARGE", null, "the body is larger than " + maxBodyBytes + " bytes");
    }

    private static byte[] bytes(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }
}
