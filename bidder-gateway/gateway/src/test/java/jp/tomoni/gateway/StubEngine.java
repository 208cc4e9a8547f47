package jp.tomoni.gateway;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the engine's internal API on a random local port: canned answers, and a record of every
 * request it received (path, query, headers, body).
 *
 * <p>Bids: {@code idempotencyKey} {@code reused} is 422 IDEMPOTENCY_KEY_REUSED; a key starting {@code repeat}
 * answers a repeated receipt; quantity 99 is REJECTED with ACTIVITY_RULE; anything else is ACCEPTED.
 */
final class StubEngine implements AutoCloseable {

    static final String KEY = "engine-secret";
    static final String CLOCK = "AUC-CLOCK";
    static final String REVERSE = "AUC-REV";

    /** One request as the stub saw it. */
    record Received(String method, String path, Map<String, List<String>> query, Map<String, String> headers, String body) {

        String param(String name) {
            List<String> values = query.get(name);
            return values == null ? null : values.get(0);
        }

        JsonNode json() {
            return MAPPER.readTree(body);
        }
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, String> retailers = new ConcurrentHashMap<>();
    private final AtomicLong seq = new AtomicLong(100);
    private final DisposableServer server;

    StubEngine() {
        server = HttpServer.create().host("127.0.0.1").port(0).handle(this::handle).bindNow();
    }

    String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Makes {@code apiKey} the key of {@code retailerId}. */
    void retailer(String apiKey, String retailerId) {
        retailers.put(Sha256.hex(apiKey), retailerId);
    }

    List<Received> requests(String method, String pathPrefix) {
        return received.stream().filter(r -> r.method().equals(method) && r.path().startsWith(pathPrefix)).toList();
    }

    @Override
    public void close() {
        server.disposeNow();
    }

    private Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response) {
        return request.receive().aggregate().asString().defaultIfEmpty("").flatMap(body -> {
            QueryStringDecoder uri = new QueryStringDecoder(request.uri());
            Map<String, String> headers = new ConcurrentHashMap<>();
            request.requestHeaders().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
            Received r = new Received(request.method().name(), uri.path(), uri.parameters(), headers, body);
            received.add(r);
            return answer(r, response);
        });
    }

    private Mono<Void> answer(Received r, HttpServerResponse response) {
        if (!("Bearer " + KEY).equals(r.headers().get("authorization"))) {
            return problem(response, 401, "UNAUTHENTICATED", null, "the API key is not valid");
        }
        String[] parts = r.path().split("/");
        String path = r.path();
        if (path.startsWith("/internal/v1/retailers/by-key/")) {
            String id = retailers.get(parts[5]);
            return id == null ? problem(response, 404, "NOT_FOUND", null, "no retailer holds this key")
                    : json(response, 200, "{\"retailerId\":\"" + id + "\",\"name\":\"Retailer " + id + "\"}");
        }
        if (path.matches("/internal/v1/retailers/[^/]+/auctions")) {
            return json(response, 200, "[{\"auctionId\":\"AUC-CLOCK\",\"format\":\"CLOCK\",\"state\":\"RUNNING\"},"
                    + "{\"auctionId\":\"AUC-REV\",\"format\":\"OPEN_REVERSE\",\"state\":\"RUNNING\"}]");
        }
        if (parts.length < 6 || !path.startsWith("/internal/v1/auctions/")
                || !(CLOCK.equals(parts[4]) || REVERSE.equals(parts[4]))) {
            return problem(response, 404, "NOT_FOUND", null, "no auction");
        }
        String auction = parts[4];
        return switch (parts[5]) {
            case "view" -> json(response, 200, "{\"auctionId\":\"" + auction + "\",\"format\":\""
                    + (CLOCK.equals(auction) ? "CLOCK" : "OPEN_REVERSE") + "\",\"state\":\"RUNNING\"}");
            case "bids" -> "POST".equals(r.method()) ? bid(r, response)
                    : json(response, 200, "[{\"seq\":5,\"receivedAt\":\"2025-04-01T01:00:00Z\",\"round\":1,"
                    + "\"quantity\":3,\"status\":\"ACCEPTED\"}]");
            case "award" -> problem(response, 409, "CONFLICT", null, "the award of " + auction + " is not approved yet");
            case "events" -> response.status(200).header("Content-Type", "text/event-stream")
                    .sendString(Mono.just(": heartbeat\n\n"
                            + "id: 13.0\nevent: RoundOpened\ndata: {\"seq\":13,\"type\":\"RoundOpened\",\"price\":\"25.00\"}\n\n"
                            + "id: 13.1\nevent: BidAccepted\ndata: {\"seq\":13,\"type\":\"BidAccepted\",\"quantity\":3}\n\n"))
                    .then();
            default -> problem(response, 404, "NOT_FOUND", null, "no such resource");
        };
    }

    private Mono<Void> bid(Received r, HttpServerResponse response) {
        JsonNode body = r.json();
        String key = body.get("idempotencyKey").stringValue();
        if ("reused".equals(key)) {
            return problem(response, 422, "IDEMPOTENCY_KEY_REUSED", "Idempotency-Key",
                    "this Idempotency-Key was already used for a different request");
        }
        if (key.startsWith("repeat")) {
            return json(response, 200, "{\"seq\":7,\"receivedAt\":\"2025-04-01T01:00:00.000001Z\","
                    + "\"status\":\"ACCEPTED\",\"repeated\":true}");
        }
        long n = seq.incrementAndGet();
        JsonNode quantity = body.get("quantity");
        if (quantity != null && quantity.intValue() == 99) {
            return json(response, 200, "{\"seq\":" + n + ",\"receivedAt\":\"2025-04-01T01:00:00.000002Z\","
                    + "\"status\":\"REJECTED\",\"code\":\"ACTIVITY_RULE\"}");
        }
        return json(response, 200, "{\"seq\":" + n + ",\"receivedAt\":\"2025-04-01T01:00:00.000003Z\",\"status\":\"ACCEPTED\"}");
    }

    private static Mono<Void> json(HttpServerResponse response, int status, String body) {
        return response.status(status).header("Content-Type", "application/json").sendString(Mono.just(body)).then();
    }

    private static Mono<Void> problem(HttpServerResponse response, int status, String code, String field, String detail) {
        String body = "{\"type\":\"urn:tomoni:problem:" + code + "\",\"title\":\"" + code + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\""
                + (field == null ? "" : ",\"field\":\"" + field + "\"") + "}";
        return response.status(HttpResponseStatus.valueOf(status)).header("Content-Type", "application/problem+json")
                .sendString(Mono.just(body)).then();
    }
}
