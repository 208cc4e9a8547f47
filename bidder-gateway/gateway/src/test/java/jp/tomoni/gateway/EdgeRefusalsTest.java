package jp.tomoni.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.tomoni.edge.RawHttp;
import org.junit.jupiter.api.Test;

/** What Netty refuses before any controller (a URL or headers too long, a malformed header) is problem+json too. */
class EdgeRefusalsTest extends GatewayTestBase {

    @Test
    void everyRefusalBelowTheControllersIsProblemJsonWithItsCode() throws IOException {
        String key = key("edge");
        String auth = "Authorization: Bearer " + key + "\r\n";
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("URI_TOO_LONG", "GET /api/v1/auctions/" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: x\r\n" + auth);
        requests.put("HEADERS_TOO_LARGE", "GET /api/v1/auctions HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000)
                + "\r\n" + auth);
        requests.put("MALFORMED_REQUEST", "GET /api/v1/auctions HTTP/1.1\r\nHost: x\r\nX-A\u007f: b\r\n" + auth);
        for (Map.Entry<String, String> request : requests.entrySet()) {
            String answer = RawHttp.exchange(port, request.getValue() + "Connection: close\r\n\r\n");
            assertThat(answer).as(request.getKey()).matches("(?s)HTTP/1\\.[01] 4\\d\\d .*")
                    .containsIgnoringCase("content-type: application/problem+json")
                    .contains("\"code\":\"" + request.getKey().split(" ")[0] + "\"").doesNotContain("Exception");
        }
        assertThat(ENGINE.bidsOf("R-edge")).isEmpty();
    }
}
