package jp.tomoni.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

class EventRelayTest {

    private static ServerSentEvent<String> event(String id) {
        return ServerSentEvent.<String>builder().id(id).event("RoundOpened").data("{\"seq\":1}").build();
    }

    @Test
    void passesEventsDropsEngineCommentsAndAddsHeartbeatsAtOnceAndEvery15s() {
        StepVerifier.withVirtualTime(() -> EventRelay.relay(Flux.concat(
                        Flux.just(ServerSentEvent.<String>builder().comment("engine heartbeat").build(), event("1.0")),
                        Flux.<ServerSentEvent<String>>never().take(Duration.ofSeconds(16)),
                        Flux.just(event("2.0"))), Duration.ofSeconds(15)))
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
                            .satisfies(e -> assertThat(e.data()).isEqualTo("{\"seq\":1}"));
                })
                .verifyComplete();
    }

    @Test
    void theFirstHeartbeatLeavesAtOnce() {
        StepVerifier.withVirtualTime(() -> EventRelay.relay(Flux.never(), Duration.ofSeconds(15)))
                .expectNextMatches(e -> "heartbeat".equals(e.comment()))
                .thenCancel()
                .verify();
    }

    @Test
    void aBrokenEngineStreamEndsTheRetailersStream() {
        Flux<ServerSentEvent<String>> upstream = Flux.concat(Flux.just(event("1.0")), Flux.error(new TimeoutException()));
        StepVerifier.create(EventRelay.relay(upstream, Duration.ofSeconds(15)).filter(e -> e.comment() == null))
                .expectNextMatches(e -> "1.0".equals(e.id()))
                .verifyComplete();
    }
}
