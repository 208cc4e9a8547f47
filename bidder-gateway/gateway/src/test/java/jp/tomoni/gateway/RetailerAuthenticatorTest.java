package jp.tomoni.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import jp.tomoni.contract.ApiKeys;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The key cache: one engine call per key however many ask at once, known keys kept 60 s, unknown never. */
class RetailerAuthenticatorTest {

    private static final EngineClient.Retailer R1 = new EngineClient.Retailer("R1", "Retailer 1");

    private final EngineClient engine = mock(EngineClient.class);
    private final AtomicLong nanos = new AtomicLong();
    private final RetailerAuthenticator authenticator = new RetailerAuthenticator(engine, properties(), nanos::get);

    @Test
    void concurrentRequestsWithOneUncachedKeyAskTheEngineOnce() {
        when(engine.retailerByKeyHash(ApiKeys.hash("key-1"))).thenReturn(Mono.delay(Duration.ofMillis(200)).thenReturn(R1));

        Mono<EngineClient.Retailer> first = authenticator.authenticate(exchange("key-1"));
        Mono<EngineClient.Retailer> second = authenticator.authenticate(exchange("key-1"));

        StepVerifier.create(Mono.zip(first, second)).assertNext(both -> {
            assertThat(both.getT1()).isEqualTo(R1);
            assertThat(both.getT2()).isEqualTo(R1);
        }).verifyComplete();
        verify(engine, times(1)).retailerByKeyHash(ApiKeys.hash("key-1"));
    }

    @Test
    void aKnownKeyIsRememberedForItsTimeToLiveOnly() {
        when(engine.retailerByKeyHash(ApiKeys.hash("key-1"))).thenReturn(Mono.just(R1));

        StepVerifier.create(authenticator.authenticate(exchange("key-1"))).expectNext(R1).verifyComplete();
        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        StepVerifier.create(authenticator.authenticate(exchange("key-1"))).expectNext(R1).verifyComplete();
        verify(engine, times(1)).retailerByKeyHash(ApiKeys.hash("key-1"));

        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        StepVerifier.create(authenticator.authenticate(exchange("key-1"))).expectNext(R1).verifyComplete();
        verify(engine, times(2)).retailerByKeyHash(ApiKeys.hash("key-1"));
    }

    @Test
    void anUnknownKeyIsRefusedAndNotRemembered() {
        when(engine.retailerByKeyHash(ApiKeys.hash("nobody"))).thenReturn(Mono.empty());

        for (int i = 0; i < 2; i++) {
            StepVerifier.create(authenticator.authenticate(exchange("nobody")))
                    .expectErrorSatisfies(e -> assertThat(((GatewayException) e).status()).isEqualTo(401)).verify();
        }
        verify(engine, times(2)).retailerByKeyHash(ApiKeys.hash("nobody"));
    }

    private static MockServerWebExchange exchange(String key) {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/auctions")
                .header("Authorization", "Bearer " + key));
    }

    private static GatewayProperties properties() {
        return new GatewayProperties("localhost:9090", null, "k", 4096, Duration.ofSeconds(2),
                Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(45), Duration.ofSeconds(60),
                Duration.ofSeconds(60), new GatewayProperties.RateLimit(20, 40, 50, 100), "");
    }
}
