package jp.tomoni.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import jp.tomoni.contract.ApiKeys;
import jp.tomoni.contract.v1.AuctionRequest;
import jp.tomoni.contract.v1.FindRetailerRequest;
import jp.tomoni.contract.v1.RetailerRequest;
import jp.tomoni.contract.v1.StreamEventsRequest;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Authentication, the relayed reads, the event stream, problems for unknown routes, and the API document. */
class ReadApiTest extends GatewayTestBase {

    @Test
    void withoutAKeyOrWithAnUnknownKeyIs401() {
        problem(client.get().uri("/api/v1/auctions").exchange(), 401, "UNAUTHENTICATED", null);
        client.get().uri("/api/v1/auctions").exchange().expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*");
        problem(client.get().uri("/api/v1/auctions").header(HttpHeaders.AUTHORIZATION, "Bearer wrong").exchange(),
                401, "UNAUTHENTICATED", null);
        problem(client.get().uri("/api/v1/auctions").header(HttpHeaders.AUTHORIZATION, "Basic abc").exchange(),
                401, "UNAUTHENTICATED", null);
    }

    @Test
    void theListIsRelayedAndTheKeyIsLookedUpOnce() {
        String key = key("list");
        for (int i = 0; i < 2; i++) {
            client.get().uri("/api/v1/auctions").header(HttpHeaders.AUTHORIZATION, "Bearer " + key).exchange()
                    .expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_JSON)
                    .expectBody().jsonPath("$.length()").isEqualTo(2).jsonPath("$[0].auctionId").isEqualTo("AUC-CLOCK");
        }
        assertThat(ENGINE.requests("FindRetailer")).filteredOn(r -> ((FindRetailerRequest) r.request()).getKeySha256()
                .equals(ApiKeys.hash(key))).hasSize(1);
        assertThat(ENGINE.requests("ListAuctions")).filteredOn(r -> ((RetailerRequest) r.request()).getRetailerId()
                .equals("R-list")).hasSize(2);
    }

    @Test
    void viewAndOwnBidsAreRelayedForTheRetailer() {
        String key = key("view");
        client.get().uri("/api/v1/auctions/AUC-REV").header(HttpHeaders.AUTHORIZATION, "Bearer " + key).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.format").isEqualTo("OPEN_REVERSE")
                .jsonPath("$.supplyPeriod.start").isEqualTo("2027-04-01")
                .jsonPath("$.supplyPeriod.end").isEqualTo("2028-03-31")
                .jsonPath("$.securityPerTrancheYen").isEqualTo(10_000_000);
        client.get().uri("/api/v1/auctions/AUC-CLOCK").header(HttpHeaders.AUTHORIZATION, "Bearer " + key).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.format").isEqualTo("CLOCK")
                .jsonPath("$.supplyPeriod").doesNotExist().jsonPath("$.securityPerTrancheYen").doesNotExist();
        client.get().uri("/api/v1/auctions/AUC-CLOCK/bids").header(HttpHeaders.AUTHORIZATION, "Bearer " + key).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$[0].seq").isEqualTo(5);
        assertThat(ENGINE.requests("ListOwnBids")).anyMatch(r -> ((AuctionRequest) r.request()).getRetailerId()
                .equals("R-view"));
    }

    @Test
    void theRetailersOwnQualificationIsRelayedAndNeedsItsKey() {
        String key = key("me");
        client.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + key).exchange()
                .expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_JSON).expectBody()
                .jsonPath("$.retailerId").isEqualTo("R-me").jsonPath("$.securityYen").isEqualTo(25_000_000)
                .jsonPath("$.securityExpiresOn").isEqualTo("2028-03-31").jsonPath("$.securityValid").isEqualTo(true)
                .jsonPath("$.planFactorKind").isEqualTo("adjusted");
        assertThat(ENGINE.requests("GetQualification")).anyMatch(r -> ((RetailerRequest) r.request())
                .getRetailerId().equals("R-me"));
        problem(client.get().uri("/api/v1/me").exchange(), 401, "UNAUTHENTICATED", null);
    }

    @Test
    void anUnknownAuctionIs404AndAnUnapprovedAwardIs409() {
        String key = key("missing");
        problem(client.get().uri("/api/v1/auctions/AUC-NOPE").header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
                .exchange(), 404, "NOT_FOUND", null);
        problem(client.get().uri("/api/v1/auctions/AUC-CLOCK/award").header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
                .exchange(), 409, "CONFLICT", null).jsonPath("$.detail").isEqualTo("the award of AUC-CLOCK is not approved yet");
    }

    @Test
    void eventsForwardLastEventIdAndPassIdsThrough() {
        List<ServerSentEvent<String>> events = client.get().uri("/api/v1/auctions/AUC-CLOCK/events")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + key("events"))
                .header("Last-Event-ID", "12.0")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                })
                .getResponseBody().collectList().block(Duration.ofSeconds(20));
        assertThat(events).filteredOn(e -> e.comment() != null).extracting(ServerSentEvent::comment)
                .containsOnly("heartbeat");
        events = events.stream().filter(e -> e.comment() == null).toList();
        assertThat(events).extracting(ServerSentEvent::id).containsExactly("13.0", "13.1");
        assertThat(events).extracting(ServerSentEvent::event).containsExactly("RoundOpened", "BidAccepted");
        assertThat(events.get(0).data()).isEqualTo("{\"seq\":13,\"at\":\"2025-04-01T01:00:00Z\",\"type\":\"RoundOpened\","
                + "\"round\":2,\"price\":\"25.00\",\"opensAt\":\"2025-04-01T01:00:00Z\",\"closesAt\":\"2025-04-01T01:05:00Z\"}");
        StreamEventsRequest sent = ENGINE.requests("StreamEvents").stream().map(r -> (StreamEventsRequest) r.request())
                .filter(r -> r.getRetailerId().equals("R-events")).findFirst().orElseThrow();
        assertThat(sent.getAfterSeq()).isEqualTo(12);
        assertThat(sent.getAfterIndex()).isZero();
        assertThat(sent.hasAfterIndex()).isTrue();
    }

    @Test
    void theStreamOfAnAuctionTheRetailerCannotSeeIsA404Problem() {
        problem(client.get().uri("/api/v1/auctions/AUC-NOPE/events").header(HttpHeaders.AUTHORIZATION, "Bearer " + key("ev404"))
                .accept(MediaType.TEXT_EVENT_STREAM).exchange(), 404, "NOT_FOUND", null);
    }

    @Test
    void aStreamTheEngineCannotOpenIsA503ProblemNotAnEmptyStream() {
        WebTestClient.ResponseSpec down = client.get().uri("/api/v1/auctions/AUC-DOWN/events")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + key("evdown")).accept(MediaType.TEXT_EVENT_STREAM).exchange();
        down.expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "7");
        problem(down, 503, "ENGINE_UNAVAILABLE", null);
    }

    @Test
    void aMalformedLastEventIdIs400() {
        problem(client.get().uri("/api/v1/auctions/AUC-CLOCK/events").header(HttpHeaders.AUTHORIZATION, "Bearer " + key("lei"))
                .header("Last-Event-ID", "abc").accept(MediaType.TEXT_EVENT_STREAM).exchange(),
                400, "INVALID_LAST_EVENT_ID", "Last-Event-ID");
    }

    @Test
    void readsOverTheirBurstAre429() {
        String key = key("reads");
        int ok = 0;
        int status = 200;
        for (int i = 0; i < 15 && status == 200; i++) {
            status = client.get().uri("/api/v1/auctions").header(HttpHeaders.AUTHORIZATION, "Bearer " + key).exchange()
                    .expectBody().returnResult().getStatus().value();
            ok += status == 200 ? 1 : 0;
        }
        assertThat(status).isEqualTo(429);
        assertThat(ok).isGreaterThanOrEqualTo(10);
    }

    @Test
    void unknownRoutesAre404Problems() {
        problem(client.get().uri("/api/v1/nothing-here").exchange(), 404, "NOT_FOUND", null);
        problem(client.delete().uri("/api/v1/auctions/AUC-CLOCK/bids").exchange(), 405, "METHOD_NOT_ALLOWED", null);
    }

    @Test
    void theApiDocumentListsTheBidEndpoint() {
        client.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.paths['/api/v1/auctions/{id}/bids'].post").exists()
                .jsonPath("$.paths['/api/v1/auctions/{id}/bids'].get").exists()
                .jsonPath("$.paths['/api/v1/auctions/{id}/events'].get").exists();
    }

    @Test
    void healthIsOpenAndMetricsOnlyWithTheOperatorsToken() {
        String retailer = key("metrics");
        client.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/prometheus").header("Authorization", "Bearer " + METRICS_TOKEN).exchange()
                .expectStatus().isOk().expectBody(String.class)
                .value(text -> assertThat(text).contains("tomoni_gateway_rate_limited"));
        for (String path : List.of("/actuator/prometheus", "/actuator", "/actuator/metrics", "/actuator/info",
                "/actuator/prometheus/", "/actuator//prometheus")) {
            problem(client.get().uri(path).exchange(), 401, "UNAUTHENTICATED", null);
            problem(client.get().uri(path).header("Authorization", "Bearer " + retailer).exchange(), 401,
                    "UNAUTHENTICATED", null);
            problem(client.get().uri(path).header("Authorization", "Basic " + METRICS_TOKEN).exchange(), 401,
                    "UNAUTHENTICATED", null);
        }
    }
}
