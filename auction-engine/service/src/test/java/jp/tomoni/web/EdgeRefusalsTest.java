package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.tomoni.edge.RawHttp;
import org.junit.jupiter.api.Test;

/**
 * Refusals made below the controllers, by Netty and by the security firewall, are problem+json with a code
 * like every other refusal, and change nothing.
 */
class EdgeRefusalsTest extends LiveEngineTestBase {

    private static final String AUTH = "Authorization: Basic b2ZmaWNlcjpvZmZpY2VyLXB3\r\n";

    @Test
    void everyRefusalBelowTheControllersIsProblemJsonWithItsCode() throws IOException {
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("URI_TOO_LONG", "GET /api/v1/auctions/" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: x\r\n" + AUTH);
        requests.put("HEADERS_TOO_LARGE", "GET /api/v1/auctions HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000)
                + "\r\n" + AUTH);
        requests.put("MALFORMED_REQUEST", "GET /api/v1/auctions HTTP/1.1\r\nHost: x\r\nX-A\u007f: b\r\n" + AUTH);
        for (String path : new String[] {"/api/v1/auctions/a%2Fb", "/api/v1/auctions/a%00b", "/api/v1//auctions",
                "/api/v1/auctions/a%5Cb", "/api/v1/auctions/a;b", "/api/v1/auctions/%2e%2e/x"}) {
            requests.put("REQUEST_REJECTED " + path, "GET " + path + " HTTP/1.1\r\nHost: x\r\n" + AUTH);
        }
        for (String method : new String[] {"BREW", "TRACE", "PROPFIND"}) {
            requests.put("REQUEST_REJECTED " + method, method + " /api/v1/auctions HTTP/1.1\r\nHost: x\r\n" + AUTH);
        }
        long before = runtime.queries().lastSeq();
        for (Map.Entry<String, String> request : requests.entrySet()) {
            String answer = exchange(request.getValue() + "Connection: close\r\n\r\n");
            String code = request.getKey().split(" ")[0];
            assertThat(answer).as(request.getKey()).matches("(?s)HTTP/1\\.1 4\\d\\d .*")
                    .containsIgnoringCase("content-type: application/problem+json")
                    .contains("\"code\":\"" + code + "\"").doesNotContain("Exception").doesNotContain("jp.tomoni");
        }
        assertThat(runtime.queries().lastSeq()).as("nothing reached the journal").isEqualTo(before);
    }

    private String exchange(String request) throws IOException {
        return RawHttp.exchange(port, request);
    }
}
