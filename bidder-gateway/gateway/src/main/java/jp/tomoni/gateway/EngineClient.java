package jp.tomoni.gateway;

import io.netty.channel.ChannelOption;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The engine's internal API ({@code /internal/v1/**}) over HTTP, authenticated with the gateway's key. Every
 * call is bounded by {@code tomoni.gateway.engine-timeout}; an event stream instead by
 * {@code stream-idle-timeout} between two messages (the engine sends a heartbeat every 15 s). Failures come
 * back as {@link GatewayException}s (see {@link EngineErrors}).
 */
@Component
public class EngineClient {

    private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {
    };
    private static final Logger LOG = LoggerFactory.getLogger(EngineClient.class);
    private static final byte[] EMPTY = new byte[0];
    private static final int MAX_ANSWER_BYTES = 16 * 1024 * 1024;

    private final WebClient web;
    private final Duration timeout;
    private final Duration idleTimeout;
    private final GatewayMetrics metrics;

    /** A client of the engine at {@code tomoni.gateway.engine-url}. */
    public EngineClient(GatewayProperties properties, GatewayMetrics metrics) {
        this.metrics = metrics;
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) properties.connectTimeout().toMillis());
        this.web = WebClient.builder()
                .baseUrl(properties.engineUrl().toString())
                .clientConnector(new ReactorClientHttpConnector(http))
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.engineKey())
                .codecs(c -> c.defaultCodecs().maxInMemorySize(MAX_ANSWER_BYTES))
                .build();
        if (properties.engineKey().isBlank()) {
            LOG.warn("tomoni.gateway.engine-key (TOMONI_GATEWAY_KEY) is not set: the engine will refuse the gateway");
        }
        this.timeout = properties.engineTimeout();
        this.idleTimeout = properties.streamIdleTimeout();
    }

    /** A retailer as the engine knows it. */
    public record Retailer(String retailerId, String name) {
    }

    /** The retailer holding the API key whose SHA-256 (lower-case hex) is {@code keyHash}, or empty. */
    public Mono<Retailer> retailerByKeyHash(String keyHash) {
        return json("/internal/v1/retailers/by-key/{hash}", keyHash)
                .flatMap(node -> {
                    JsonNode id = node.get("retailerId");
                    JsonNode name = node.get("name");
                    if (id == null || !id.isString() || id.stringValue().isEmpty()) {
                        return Mono.error(GatewayException.engineError("the engine's answer could not be read"));
                    }
                    return Mono.just(new Retailer(id.stringValue(), name != null && name.isString() ? name.stringValue() : ""));
                })
                .onErrorResume(GatewayException.class, e -> e.status() == 404 ? Mono.empty() : Mono.error(e));
    }

    /** The engine's JSON answer to {@code GET uriTemplate}, as bytes to relay unchanged. */
    public Mono<byte[]> get(String uriTemplate, Object... variables) {
        return call(web.get().uri(uriTemplate, variables));
    }

    /** The engine's JSON answer to {@code GET uriTemplate}, parsed. */
    public Mono<JsonNode> json(String uriTemplate, Object... variables) {
        return get(uriTemplate, variables).map(Json::read).onErrorMap(EngineClient::unreadable, this::failure);
    }

    /** Submits a bid to the engine's intake; the answer is its receipt. */
    public Mono<JsonNode> submitBid(String auctionId, ObjectNode body) {
        return call(web.post().uri("/internal/v1/auctions/{id}/bids", auctionId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Json.write(body)))
                .map(Json::read).onErrorMap(EngineClient::unreadable, this::failure);
    }

    /**
     * The retailer's event stream from the engine, once the engine has answered 200 (a refusal fails the
     * {@code Mono}). The stream fails when the engine's connection breaks or stays silent too long.
     */
    public Mono<Flux<ServerSentEvent<String>>> events(String auctionId, String retailerId, String lastEventId) {
        return web.get().uri("/internal/v1/auctions/{id}/events?retailerId={rid}", auctionId, retailerId)
                .accept(MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_PROBLEM_JSON, MediaType.APPLICATION_JSON)
                .headers(h -> {
                    if (lastEventId != null) {
                        h.set("Last-Event-ID", lastEventId);
                    }
                })
                .retrieve()
                .onStatus(HttpStatusCode::isError, EngineClient::refusal)
                .toEntityFlux(SSE)
                .timeout(idleTimeout)
                .map(entity -> entity.getBody() == null ? Flux.<ServerSentEvent<String>>empty()
                        : entity.getBody().timeout(idleTimeout))
                .onErrorMap(this::failure);
    }

    private Mono<byte[]> call(WebClient.RequestHeadersSpec<?> spec) {
        return spec.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .exchangeToMono(response -> response.statusCode().isError()
                        ? refusal(response).flatMap(Mono::error)
                        : response.bodyToMono(byte[].class).defaultIfEmpty(EMPTY))
                .timeout(timeout)
                .onErrorMap(this::failure);
    }

    /** A failure of the engine or of its answer as the problem for it, counted once, where it happened. */
    private Throwable failure(Throwable e) {
        return metrics.engineFailure(EngineErrors.fromFailure(e));
    }

    /** An answer that came but could not be read (a failed call was already counted in {@link #call}). */
    private static boolean unreadable(Throwable e) {
        return !(e instanceof GatewayException);
    }

    private static Mono<GatewayException> refusal(ClientResponse response) {
        return response.bodyToMono(byte[].class).defaultIfEmpty(EMPTY)
                .map(body -> EngineErrors.fromResponse(response.statusCode().value(),
                        response.headers().asHttpHeaders(), body));
    }
}
