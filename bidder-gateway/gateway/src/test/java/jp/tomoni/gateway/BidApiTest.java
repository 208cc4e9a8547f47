package jp.tomoni.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.tomoni.contract.ApiKeys;
import jp.tomoni.contract.v1.SubmitBidRequest;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/auctions/{id}/bids}: strict validation, relay to the engine, and its receipts. */
class BidApiTest extends GatewayTestBase {

    private static final String CLOCK_BID = "{\"round\":2,\"quantity\":3}";

    @Test
    void aBidWithoutAKeyOrWithAnUnknownKeyIs401() {
        problem(client.post().uri("/api/v1/auctions/AUC-CLOCK/bids").header("Idempotency-Key", "k1")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(CLOCK_BID).exchange(), 401, "UNAUTHENTICATED", null);
        problem(bid("not-a-known-key", StubEngine.CLOCK, "k1", CLOCK_BID), 401, "UNAUTHENTICATED", null);
    }

    @Test
    void aMissingIdempotencyKeyIs400() {
        problem(bid(key("no-idem"), StubEngine.CLOCK, null, CLOCK_BID), 400, "IDEMPOTENCY_KEY_REQUIRED", "Idempotency-Key");
        problem(bid(key("no-idem"), StubEngine.CLOCK, "has space", CLOCK_BID), 400, "INVALID_IDEMPOTENCY_KEY",
                "Idempotency-Key");
    }

    @Test
    void malformedJsonIs400() throws java.io.IOException {
        String key = key("malformed");
        problem(bid(key, StubEngine.CLOCK, "m1", "{\"round\": 1, \"quantity\":"), 400, "MALFORMED_JSON", null);
        problem(bid(key, StubEngine.CLOCK, "m2", "{\"round\":1,\"round\":2,\"quantity\":1}"), 400, "MALFORMED_JSON", null);
        problem(bid(key, StubEngine.CLOCK, "m3", "[1,2]"), 400, "MALFORMED_JSON", null);
        problem(client.post().uri("/api/v1/auctions/{id}/bids", StubEngine.CLOCK)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + key).header("Idempotency-Key", "m4")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"round\":1,\"quantity\":1}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_16)).exchange(), 400, "MALFORMED_JSON", null);
        String other = key("charset");
        for (String charset : new String[] {"utf-16", "iso-8859-1"}) {
            problem(client.post().uri("/api/v1/auctions/{id}/bids", StubEngine.CLOCK)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + other).header("Idempotency-Key", "m5-" + charset)
                    .header(HttpHeaders.CONTENT_TYPE, "application/json; charset=" + charset)
                    .bodyValue("{\"round\":1,\"quantity\":1}").exchange(), 415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type");
        }
        String body = "{\"round\":1,\"quantity\":1}";
        String unknown = jp.tomoni.edge.RawHttp.exchange(port, "POST /api/v1/auctions/" + StubEngine.CLOCK
                + "/bids HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + other + "\r\nIdempotency-Key: m6\r\n"
                + "Content-Type: application/json; charset=no-such-charset\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);
        assertThat(unknown).startsWith("HTTP/1.1 415").contains("application/problem+json")
                .contains("\"code\":\"UNSUPPORTED_MEDIA_TYPE\"");
        assertThat(ENGINE.bidsOf("R-malformed")).as("nothing reached the engine").isEmpty();
        assertThat(ENGINE.bidsOf("R-charset")).isEmpty();
    }

    @Test
    void wrongJsonTypesNameTheField() {
        String key = key("types");
        problem(bid(key, StubEngine.CLOCK, "t1", "{\"round\":1,\"quantity\":\"3\"}"), 400, "INVALID_QUANTITY", "quantity");
        problem(bid(key, StubEngine.CLOCK, "t2", "{\"round\":0,\"quantity\":3}"), 400, "INVALID_ROUND", "round");
        problem(bid(key, StubEngine.CLOCK, "t3", "{\"round\":1,\"quantity\":2.0}"), 400, "INVALID_QUANTITY", "quantity");
        problem(bid(key, StubEngine.REVERSE, "t4", "{\"price\":27.3}"), 400, "INVALID_PRICE", "price");
    }

    @Test
    void pricesWithThreeDecimalsASignOrZeroAre400() {
        String key = key("prices");
        problem(bid(key, StubEngine.REVERSE, "p1", "{\"price\":\"27.305\"}"), 400, "INVALID_PRICE", "price");
        problem(bid(key, StubEngine.REVERSE, "p2", "{\"price\":\"-1.00\"}"), 400, "INVALID_PRICE", "price");
        problem(bid(key, StubEngine.REVERSE, "p3", "{\"price\":\"0.00\"}"), 400, "INVALID_PRICE", "price");
        problem(bid(key, StubEngine.CLOCK, "p4", "{\"round\":2,\"quantity\":1,\"exitPrice\":\"24.375\"}"), 400,
                "INVALID_PRICE", "exitPrice");
        assertThat(ENGINE.bidsOf("R-prices")).isEmpty();
    }

    @Test
    void unknownPropertiesAre400NamingThem() {
        String key = key("unknown");
        problem(bid(key, StubEngine.CLOCK, "u1", "{\"round\":1,\"quantity\":2,\"prise\":\"1\"}"), 400, "UNKNOWN_FIELD", "prise");
        problem(bid(key, StubEngine.CLOCK, "u2", "{\"price\":\"24.00\"}"), 400, "UNKNOWN_FIELD", "price");
    }

    @Test
    void aBodyOver4KbIs413() {
        String padded = "{\"round\":1,\"quantity\":2" + " ".repeat(5000) + "}";
        problem(bid(key("large"), StubEngine.CLOCK, "l1", padded), 413, "PAYLOAD_TOO_LARGE", null);
        Flux<DataBuffer> chunks = Flux.range(0, 5).map(i -> DefaultDataBufferFactory.sharedInstance
                .wrap((i == 0 ? "{\"round\":1,\"quantity\":2" : " ".repeat(1200)).getBytes(StandardCharsets.UTF_8)));
        problem(client.post().uri("/api/v1/auctions/AUC-CLOCK/bids").header(HttpHeaders.AUTHORIZATION, "Bearer " + key("large"))
                .header("Idempotency-Key", "l2").contentType(MediaType.APPLICATION_JSON)
                .body(chunks, DataBuffer.class).exchange(), 413, "PAYLOAD_TOO_LARGE", null);
    }

    @Test
    void anAcceptedClockBidIs201WithTheReceipt() {
        bid(key("accept"), StubEngine.CLOCK, "a1", "{\"round\":2,\"quantity\":3,\"exitPrice\":\"24.3\"}")
                .expectStatus().isCreated()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.auctionId").isEqualTo("AUC-CLOCK")
                .jsonPath("$.seq").isNumber()
                .jsonPath("$.receivedAt").isEqualTo("2025-04-01T01:00:00.000003Z")
                .jsonPath("$.status").isEqualTo("ACCEPTED")
                .jsonPath("$.round").isEqualTo(2)
                .jsonPath("$.quantity").isEqualTo(3)
                .jsonPath("$.exitPrice").isEqualTo("24.30");
        StubEngine.Received sent = ENGINE.requests("SubmitBid").stream()
                .filter(r -> ((SubmitBidRequest) r.request()).getRetailerId().equals("R-accept")).findFirst().orElseThrow();
        SubmitBidRequest body = (SubmitBidRequest) sent.request();
        assertThat(sent.authorization()).isEqualTo("Bearer " + StubEngine.KEY);
        assertThat(body.getAuctionId()).isEqualTo("AUC-CLOCK");
        assertThat(body.getIdempotencyKey()).isEqualTo("a1");
        assertThat(body.hasClock()).isTrue();
        assertThat(body.getClock().getRound()).isEqualTo(2);
        assertThat(body.getClock().getQuantity()).isEqualTo(3);
        assertThat(body.getClock().getExitPrice()).isEqualTo(2430);
        assertThat(body.getRequestHash()).matches("[0-9a-f]{64}");
    }

    @Test
    void anAcceptedReverseBidIs201WithItsPrice() {
        bid(key("reverse"), StubEngine.REVERSE, "r1", "{\"price\":\"24.37\"}").expectStatus().isCreated()
                .expectBody().jsonPath("$.price").isEqualTo("24.37").jsonPath("$.round").doesNotExist();
    }

    @Test
    void aRuleRejectionIs422WithTheRuleCodeFieldAndSeq() {
        problem(bid(key("reject"), StubEngine.CLOCK, "x1", "{\"round\":3,\"quantity\":99}"), 422, "ACTIVITY_RULE", "quantity")
                .jsonPath("$.seq").isNumber()
                .jsonPath("$.receivedAt").isEqualTo("2025-04-01T01:00:00.000002Z");
    }

    @Test
    void aReusedIdempotencyKeyIs422() {
        problem(bid(key("reused"), StubEngine.CLOCK, "reused", CLOCK_BID), 422, "IDEMPOTENCY_KEY_REUSED", "Idempotency-Key");
    }

    @Test
    void aRepeatAnswersTheFirstReceiptMarkedReplayed() {
        bid(key("repeat"), StubEngine.CLOCK, "repeat-1", CLOCK_BID).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotency-Replayed", "true")
                .expectBody().jsonPath("$.seq").isEqualTo(7);
    }

    @Test
    void theRequestHashIgnoresWhitespaceOrderAndTrailingZeros() {
        String key = key("hash");
        bid(key, StubEngine.CLOCK, "h1", "{\"round\":2,\"quantity\":3,\"exitPrice\":\"24.3\"}").expectStatus().isCreated();
        bid(key, StubEngine.CLOCK, "h2", "{ \"exitPrice\" : \"24.30\",\n  \"quantity\": 3 ,\t\"round\" : 2 }")
                .expectStatus().isCreated();
        bid(key, StubEngine.CLOCK, "h3", "{\"round\":2,\"quantity\":2,\"exitPrice\":\"24.30\"}").expectStatus().isCreated();
        List<String> hashes = ENGINE.bidsOf("R-hash").stream().map(SubmitBidRequest::getRequestHash).toList();
        assertThat(hashes).hasSize(3);
        assertThat(hashes.get(0)).isEqualTo(hashes.get(1)).isNotEqualTo(hashes.get(2));
        assertThat(hashes.get(0)).isEqualTo(ApiKeys.sha256("clock|2|3|24.30|AUC-CLOCK"));
    }

    @Test
    void bidsOverTheBurstAre429WithRetryAfter() {
        String key = key("limit");
        EntityExchangeResult<byte[]> limited = null;
        int before = 0;
        for (int i = 0; i < 12 && limited == null; i++) {
            EntityExchangeResult<byte[]> result = bid(key, StubEngine.CLOCK, null, CLOCK_BID).expectBody().returnResult();
            if (result.getStatus().value() == 429) {
                limited = result;
            } else {
                assertThat(result.getStatus().value()).isEqualTo(400);
                before++;
            }
        }
        assertThat(limited).as("a 429 after the burst").isNotNull();
        assertThat(before).isGreaterThanOrEqualTo(5);
        assertThat(limited.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Long.parseLong(limited.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isGreaterThanOrEqualTo(1);
        JsonNode problem = Json.MAPPER.readTree(limited.getResponseBodyContent());
        assertThat(problem.get("code").stringValue()).isEqualTo("RATE_LIMITED");
        assertThat(problem.get("type").stringValue()).isEqualTo("urn:tomoni:problem:RATE_LIMITED");
    }

    @Test
    void aBidToAnAuctionTheRetailerCannotSeeIs404() {
        problem(bid(key("nope"), "AUC-NOPE", "n1", CLOCK_BID), 404, "NOT_FOUND", null);
    }

    @Test
    void anEngineThatCannotTakeTheBidIs503WithItsRetryAfter() {
        WebTestClient.ResponseSpec down = bid(key("down"), StubEngine.UNAVAILABLE, "d1", CLOCK_BID);
        down.expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "7");
        problem(down, 503, "ENGINE_UNAVAILABLE", null).jsonPath("$.detail").isEqualTo("the engine is saturated");
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        problem(client.post().uri("/api/v1/auctions/AUC-CLOCK/bids").header(HttpHeaders.AUTHORIZATION, "Bearer " + key("text"))
                .header("Idempotency-Key", "k").contentType(MediaType.TEXT_PLAIN).bodyValue("round=1").exchange(),
                415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type");
    }
}
