package jp.tomoni.load;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpProtocolBuilder;

/** The HTTP protocol of every simulation: the bidder gateway, JSON, and SSE messages kept for the users. */
final class Protocols {

    private Protocols() {
    }

    /** The gateway of {@link BenchSettings#gateway()}. */
    static HttpProtocolBuilder gateway() {
        return http.baseUrl(BenchSettings.gateway().toString())
                .acceptHeader("application/json")
                .disableWarmUp()
                .sseUnmatchedInboundMessageBufferSize(1_000);
    }
}
