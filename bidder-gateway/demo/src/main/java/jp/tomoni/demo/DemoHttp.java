package jp.tomoni.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's HTTP client (JDK {@link HttpClient}, HTTP/1.1) and JSON mapper, shared by every thread. A
 * number with a fraction is read as a decimal, never as floating point.
 */
final class DemoHttp {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /**
     * An answer.
     *
     * @param status the HTTP status
     * @param body   the body as UTF-8 text
     */
    record Answer(int status, String body) {

        /** Whether the status is 2xx. */
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The body as JSON; a body that is not JSON fails with a message naming {@code what}. */
        JsonNode json(String what) {
            try {
                return JSON.readTree(body);
            } catch (JacksonException e) {
                throw new DemoException(what + ": the answer is not JSON: " + shorten(body));
            }
        }

        /** The problem's {@code code}, or {@code null} when the body is not a problem. */
        String code() {
            return field("code");
        }

        /** A one-line account of a refusal: status, code and detail. */
        String describe() {
            String code = code();
            String detail = field("detail");
            return "HTTP " + status + (code == null ? "" : " " + code)
                    + (detail == null ? (code == null && !body.isBlank() ? ": " + shorten(body) : "") : ": " + detail);
        }

        private String field(String name) {
            try {
                JsonNode node = JSON.readTree(body);
                JsonNode value = node == null ? null : node.get(name);
                return value != null && value.isString() ? value.stringValue() : null;
            } catch (JacksonException e) {
                return null;
            }
        }
    }

    /** A request builder for {@code uri} with the usual timeout. */
    static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT);
    }

    /** Sends {@code request}; a connection failure fails with a message naming {@code what}. */
    Answer send(HttpRequest request, String what) {
        try {
            return sendOrThrow(request);
        } catch (IOException e) {
            throw new DemoException(what + ": " + request.uri() + " cannot be reached (" + e + ")", e);
        }
    }

    /** Sends {@code request}, letting an {@link IOException} through for callers that retry. */
    Answer sendOrThrow(HttpRequest request) throws IOException {
        try {
            HttpResponse<String> response = client.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException("interrupted", e);
        }
    }

    /** The underlying client, for streams. */
    HttpClient client() {
        return client;
    }

    /** Text cut to one short line, for messages. */
    static String shorten(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
