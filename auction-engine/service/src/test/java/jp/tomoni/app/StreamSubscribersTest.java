package jp.tomoni.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** Stopping the service ends every open stream at once, so that shutdown never waits for one. */
class StreamSubscribersTest {

    @Test
    void stopEndsEveryOpenStreamAndAStartedAgainRegistryServesNewOnes() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        StreamSubscribers subscribers = new StreamSubscribers(registry);
        subscribers.start();
        Flux<Long> officer = subscribers.officer(Flux.interval(Duration.ofMillis(10)));
        Flux<Long> bidder = subscribers.bidder(Flux.never());
        StepVerifier.create(Flux.merge(officer, bidder))
                .expectNextCount(2)
                .then(subscribers::stop)
                .expectComplete()
                .verify(Duration.ofSeconds(5));
        assertThat(registry.get("tomoni.stream.subscribers").gauges()).allMatch(g -> g.value() == 0);

        subscribers.start();
        StepVerifier.create(subscribers.officer(Flux.interval(Duration.ofMillis(10))).take(3))
                .expectNextCount(3).expectComplete().verify(Duration.ofSeconds(5));
    }
}
