package jp.tomoni.gateway;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;

/** Checks of request parts other than the body: path ids and headers. */
final class RequestChecks {

    /** The Idempotency-Key header. */
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** The Last-Event-ID header. */
    static final String LAST_EVENT_ID = "Last-Event-ID";

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");
    private static final Pattern EVENT_ID = Pattern.compile("[0-9]{1,18}(?:\\.[0-9]{1,9})?");
    private static final int MAX_ID_LENGTH = 200;

    private RequestChecks() {
    }

    /** An auction id as the path carries it; one no auction could have is 404 {@code NOT_FOUND}. */
    static String auctionId(String id) {
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH || id.chars().anyMatch(Character::isISOControl)) {
            throw new GatewayException(404, "NOT_FOUND", null, "no such auction");
        }
        return id;
    }

    /**
     * The Idempotency-Key: 1 to 100 visible ASCII characters. Missing is 400
     * {@code IDEMPOTENCY_KEY_REQUIRED}, otherwise wrong 400 {@code INVALID_IDEMPOTENCY_KEY}, field
     * {@code Idempotency-Key}.
     */
    static String idempotencyKey(String key) {
        if (key == null || key.isEmpty()) {
            throw GatewayException.badRequest("IDEMPOTENCY_KEY_REQUIRED", IDEMPOTENCY_KEY,
                    "send an Idempotency-Key header (1 to 100 visible ASCII characters) with every bid");
        }
        if (!KEY.matcher(key).matches()) {
            throw GatewayException.badRequest("INVALID_IDEMPOTENCY_KEY", IDEMPOTENCY_KEY,
                    "the Idempotency-Key must be 1 to 100 visible ASCII characters");
        }
        return key;
    }

    /**
     * A body's media type may name no charset but UTF-8 (RFC 8259); any other, or one Java does not know, is 415
     * {@code UNSUPPORTED_MEDIA_TYPE}, field {@code Content-Type}.
     */
    static void utf8(MediaType type) {
        Charset charset;
        try {
            charset = type == null ? null : type.getCharset();
        } catch (IllegalArgumentException unknown) {
            charset = StandardCharsets.ISO_8859_1;
        }
        if (charset != null && !StandardCharsets.UTF_8.equals(charset)) {
            throw new GatewayException(415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type",
                    "send the body as Content-Type: application/json in UTF-8 (no other charset)");
        }
    }

    /** A Last-Event-ID ({@code SEQ} or {@code SEQ.INDEX}), or {@code null}; anything else is 400 {@code INVALID_LAST_EVENT_ID}. */
    static String lastEventId(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        String stripped = id.strip();
        if (!EVENT_ID.matcher(stripped).matches()) {
            throw GatewayException.badRequest("INVALID_LAST_EVENT_ID", LAST_EVENT_ID,
                    "Last-Event-ID must be an event id received from this stream, e.g. 1234.0");
        }
        return stripped;
    }
}
