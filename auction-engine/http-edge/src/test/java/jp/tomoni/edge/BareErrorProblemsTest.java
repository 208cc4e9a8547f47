package jp.tomoni.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/** Netty's and the firewall's bare refusals come out as problem+json; every other answer passes unchanged. */
class BareErrorProblemsTest {

    private static DisposableServer server;

    @BeforeAll
    static void start() {
        server = BareErrorProblems.onEveryConnection(HttpServer.create().port(0)).route(routes -> routes
                .get("/ok", (request, response) -> response.sendString(Mono.just("fine")))
                .route(request -> request.uri().equals("/refused"), (request, response) -> response.status(400).header("Content-Length", "0").send())
                .get("/described", (request, response) -> response.status(404)
                        .header("Content-Type", "application/problem+json").sendString(Mono.just("{\"code\":\"X\"}"))))
                .bindNow();
    }

    @AfterAll
    static void stop() {
        server.disposeNow();
    }

    @Test
    void aUrlTooLongIs414ProblemJson() throws IOException {
        String answer = exchange("GET /ok?" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 414").contains("content-type: application/problem+json")
                .contains("\"code\":\"URI_TOO_LONG\"").contains("\"status\":414");
    }

    @Test
    void headersTooLargeAre431ProblemJson() throws IOException {
        String answer = exchange("GET /ok HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 431").contains("\"code\":\"HEADERS_TOO_LARGE\"");
    }

    @Test
    void aMalformedHeaderIs400ProblemJson() throws IOException {
        String answer = exchange("GET /ok HTTP/1.1\r\nHost: x\r\nX-Bad\u007f: a\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").contains("content-type: application/problem+json")
                .contains("\"code\":\"MALFORMED_REQUEST\"");
    }

    @Test
    void aBareRefusalOfTheApplicationGetsTheSameBody() throws IOException {
        String answer = exchange("GET /refused HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").contains("content-type: application/problem+json")
                .contains("\"code\":\"MALFORMED_REQUEST\"");
        String length = answer.lines().filter(l -> l.startsWith("content-length: ")).findFirst().orElseThrow();
        assertThat(Integer.parseInt(length.substring(16).strip()))
                .isEqualTo(answer.substring(answer.indexOf("\r\n\r\n") + 4).getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void answersWithABodyAndAnswersToHeadPassUnchanged() throws IOException {
        assertThat(exchange("GET /ok HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 200").endsWith("fine");
        assertThat(exchange("GET /described HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 404").endsWith("{\"code\":\"X\"}");
        assertThat(exchange("HEAD /refused HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 400").doesNotContain("problem+json");
    }

    private static String exchange(String request) throws IOException {
        return RawHttp.exchange(server.port(), request);
    }
}
