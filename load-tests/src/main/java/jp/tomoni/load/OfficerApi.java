package jp.tomoni.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The officer's side of the engine's API (HTTP Basic), which is how the load tests set themselves up:
 * facilities, a lot, retailers and their keys, auctions and their life cycle. Never the database. Every call
 * answers the engine's JSON or fails with an {@link IllegalStateException} naming the step, the status and
 * the engine's answer. Safe for use by several threads.
 */
public final class OfficerApi {

    /** The load tests' JSON mapper. */
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI engine;
    private final String authorization;

    /** The officer {@code user} with {@code password} at {@code engine}. */
    public OfficerApi(URI engine, String user, String password) {
        this.engine = engine;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The officer of {@link BenchSettings}. */
    public static OfficerApi fromSettings() {
        return new OfficerApi(BenchSettings.engine(), BenchSettings.officerUser(), BenchSettings.officerPassword());
    }

    /**
     * An answer of the engine.
     *
     * @param status the HTTP status
     * @param body   the body as text
     */
    public record Answer(int status, String body) {

        /** The body as JSON. */
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JacksonException e) {
                throw new IllegalStateException("the engine's answer is not JSON: " + body, e);
            }
        }
    }

    /** {@code GET path}, expecting 200. */
    public JsonNode get(String path, String what) {
        return expect(send(request(path).GET().build(), what), 200, what).json();
    }

    /** {@code POST path} with a JSON body, answering whatever the engine answered. */
    public Answer post(String path, String contentType, String body, String what) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), what);
    }

    /** {@code POST path} with a JSON body, expecting {@code status}. */
    public JsonNode post(String path, JsonNode body, int status, String what) {
        return expect(post(path, "application/json", body.toString(), what), status, what).json();
    }

    /** Fails unless {@code answer} has {@code status}. */
    public static Answer expect(Answer answer, int status, String what) {
        if (answer.status() != status) {
            String body = answer.body().length() > 500 ? answer.body().substring(0, 500) + "..." : answer.body();
            throw new IllegalStateException(what + " failed: HTTP " + answer.status() + " " + body);
        }
        return answer;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(engine.resolve(path)).timeout(TIMEOUT).header("Authorization", authorization)
                .header("Accept", "application/json");
    }

    private Answer send(HttpRequest request, String what) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(what + ": the engine at " + engine + " cannot be reached (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + ": interrupted", e);
        }
    }
}
