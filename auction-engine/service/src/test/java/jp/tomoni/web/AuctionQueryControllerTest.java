package jp.tomoni.web;

import static jp.tomoni.web.AuctionFixture.bid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jp.tomoni.app.EngineRuntime;
import jp.tomoni.engine.EngineCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

/** The read endpoints over a real processor, bound to the controller alone (no application context, no database). */
class AuctionQueryControllerTest {

    private final AuctionFixture engine = new AuctionFixture();
    private final Sinks.Many<Long> applied = Sinks.many().multicast().directBestEffort();
    private WebTestClient client;

    @BeforeEach
    void bind() {
        EngineRuntime runtime = mock(EngineRuntime.class);
        when(runtime.applied(org.mockito.ArgumentMatchers.anyString())).thenReturn(applied.asFlux());
        var operator = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                "officer", null, java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                        "ROLE_OFFICER")));
        client = WebTestClient.bindToController(new AuctionQueryController(runtime, engine.processor,
                new jp.tomoni.app.StreamSubscribers(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()),
                new Scopes(engine.processor)))
                .webFilter((exchange, chain) -> chain.filter(exchange.mutate().principal(
                        reactor.core.publisher.Mono.just(operator)).build()))
                .build();
        engine.createClock("X", null);
        engine.at(5, new EngineCommand.StartAuction("X"));
        engine.at(10, bid("X", "A", 1, 1));
        engine.at(11, bid("X", "B", 1, 1));
    }

    private void end() {
        engine.at(70, new EngineCommand.Tick());
    }

    @Test
    void auctionsAndOneAuctionAreJsonWithStringPrices() {
        client.get().uri("/api/v1/auctions").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[0].id").isEqualTo("X").jsonPath("$[0].price").isEqualTo("30.00");
        client.get().uri("/api/v1/auctions/X").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("RUNNING").jsonPath("$.seed").doesNotExist();
        client.get().uri("/api/v1/auctions/nope").exchange().expectStatus().isNotFound();
    }

    @Test
    void eventsAfterASequenceNumber() {
        long after = engine.at(12, bid("X", "C", 1, 1)).get(0).seq() - 1;
        client.get().uri("/api/v1/auctions/X/events?after=" + after).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].type").isEqualTo("BidRejected")
                .jsonPath("$[0].seq").isEqualTo((int) after + 1);
    }

    @Test
    void reportsCsvAndScenarioOnlyOnceEnded() {
        client.get().uri("/api/v1/auctions/X/report").exchange().expectStatus().isNotFound();
        client.get().uri("/api/v1/auctions/X/scenario").exchange().expectStatus().isEqualTo(409);
        end();
        client.get().uri("/api/v1/auctions/X/report").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.price").isEqualTo("30.00").jsonPath("$.totals.co2ReductionT").isEqualTo("1798.5");
        client.get().uri("/api/v1/auctions/X/report/wards.csv").exchange().expectStatus().isOk()
                .expectHeader().contentType("text/csv;charset=UTF-8")
                .expectHeader().valueEquals("Content-Disposition", "attachment; filename=\"X-wards.csv\"")
                .expectBody(String.class).value(csv -> assertThat(csv).startsWith("\uFEFFward_code,"));
        client.get().uri("/api/v1/auctions/X/report/facilities.csv").exchange().expectStatus().isOk();
        client.get().uri("/api/v1/auctions/X/report/winners.csv").exchange().expectStatus().isOk();
        client.get().uri("/api/v1/auctions/X/scenario").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().jsonPath("$.tieBreakSeed").isEqualTo(AuctionFixture.SEED);
    }

    @Test
    void theWatchStreamResumesAfterLastEventIdAndFollowsNewEvents() {
        long startSeq = engine.processor.auction("X").log().from(0).get(1).seq();
        Flux<ServerSentEvent<String>> stream = client.get().uri("/api/v1/auctions/X/watch")
                .header("Last-Event-ID", startSeq + ".0").accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk().returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() { })
                .getResponseBody();
        StepVerifier.create(stream.filter(e -> e.id() != null).map(e -> e.id() + " " + e.event()).take(4))
                .expectNext(startSeq + ".1 RoundOpened")
                .expectNextCount(2)
                .then(() -> applied.tryEmitNext(engine.at(12, bid("X", "C", 1, 1)).get(0).seq()))
                .assertNext(line -> assertThat(line).endsWith(".0 BidRejected"))
                .verifyComplete();
        client.get().uri("/api/v1/auctions/X/watch").header("Last-Event-ID", "x.y").exchange()
                .expectStatus().isBadRequest();
    }
}
