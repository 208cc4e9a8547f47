package jp.tomoni.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.TimeoutException;
import jp.tomoni.contract.v1.BidderEvent;
import jp.tomoni.contract.v1.Heartbeat;
import jp.tomoni.contract.v1.RoundOpened;
import org.junit.jupiter.api.Test;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Relaying the engine's stream: events with their ids, the gateway's own heartbeats, the end on a break. */
class EventRelayTest {

    private static final BidderEvent ENGINE_HEARTBEAT = BidderEvent.newBuilder()
            .setHeartbeat(Heartbeat.getDefaultInstance()).build();

    private static BidderEvent opened(long seq, int round) {
        return BidderEvent.newBuilder().setSeq(seq).setIndex(0).setAt(StubEngine.time("2025-04-01T01:00:00Z"))
                .setRoundOpened(RoundOpened.newBuilder().setRound(round).setPrice(2500)
                        .setOpensAt(StubEngine.time("2025-04-01T01:00:00Z")).setClosesAt(StubEngine.time("2025-04-01T01:05:00Z")))
                .build();
    }

    private static Flux<ServerSentEvent<String>> relayed(Flux<BidderEvent> upstream) {
        return EventRelay.relay(upstream, Duration.ofSeconds(15)).flatMapMany(f -> f);
    }

    @Test
    void passesEventsDropsEngineHeartbeatsAndAddsItsOwnAtOnceAndEvery15s() {
        StepVerifier.withVirtualTime(() -> relayed(Flux.concat(Flux.just(ENGINE_HEARTBEAT, opened(1, 1)),
                        Flux.<BidderEvent>never().take(Duration.ofSeconds(16)), Flux.just(opened(2, 2)))))
                .recordWith(ArrayList::new)
                .thenAwait(Duration.ofSeconds(17))
                .thenConsumeWhile(e -> true)
                .consumeRecordedWith(all -> {
                    assertThat(all).filteredOn(e -> e.comment() == null).extracting(ServerSentEvent::id)
                            .containsExactly("1.0", "2.0");
                    assertThat(all).filteredOn(e -> e.comment() != null).extracting(ServerSentEvent::comment)
                            .containsExactly("heartbeat", "heartbeat");
                    assertThat(all).filteredOn(e -> "1.0".equals(e.id())).singleElement()
                            .satisfies(e -> assertThat(e.event()).isEqualTo("RoundOpened"))
                            .satisfies(e -> assertThat(e.data()).contains("\"type\":\"RoundOpened\"", "\"round\":1",
                                    "\"price\":\"25.00\""));
                })
                .verifyComplete();
    }

    @Test
    void theAnswerWaitsForTheEngineToOpenItsStream() {
        StepVerifier.withVirtualTime(() -> EventRelay.relay(Flux.never(), Duration.ofSeconds(15)))
                .expectSubscription()
                .expectNoEvent(Duration.ofMinutes(1))
                .thenCancel()
                .verify();
        StepVerifier.create(EventRelay.relay(Flux.just(ENGINE_HEARTBEAT).concatWith(Flux.never()), Duration.ofSeconds(15))
                        .flatMapMany(f -> f))
                .expectNextMatches(e -> "heartbeat".equals(e.comment()))
                .thenCancel()
                .verify();
    }

    @Test
    void aRefusalBeforeTheStreamOpensFailsTheAnswer() {
        StepVerifier.create(EventRelay.relay(Flux.error(Status.NOT_FOUND.asRuntimeException()), Duration.ofSeconds(15)))
                .expectError()
                .verify();
    }

    @Test
    void aBrokenEngineStreamEndsTheRetailersStream() {
        Flux<BidderEvent> upstream = Flux.concat(Flux.just(ENGINE_HEARTBEAT, opened(1, 1)), Flux.error(new TimeoutException()));
        StepVerifier.create(relayed(upstream).filter(e -> e.comment() == null))
                .expectNextMatches(e -> "1.0".equals(e.id()))
                .verifyComplete();
    }

    @Test
    void nothingIsLostBetweenTheFirstMessageAndTheSubscription() {
        Flux<BidderEvent> burst = Flux.just(ENGINE_HEARTBEAT, opened(1, 1), opened(2, 2), opened(3, 3));
        Mono<Flux<ServerSentEvent<String>>> answer = EventRelay.relay(burst, Duration.ofSeconds(15));
        StepVerifier.create(answer.flatMapMany(f -> f).filter(e -> e.comment() == null).map(ServerSentEvent::id))
                .expectNext("1.0", "2.0", "3.0")
                .verifyComplete();
    }
}
