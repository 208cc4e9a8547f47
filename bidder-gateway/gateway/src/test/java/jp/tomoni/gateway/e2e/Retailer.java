package jp.tomoni.gateway.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jp.tomoni.gateway.client.ApiClient;
import jp.tomoni.gateway.client.ApiException;
import jp.tomoni.gateway.client.ApiResponse;
import jp.tomoni.gateway.client.api.AuctionControllerApi;
import jp.tomoni.gateway.client.api.BidControllerApi;
import jp.tomoni.gateway.client.model.BidReceipt;
import jp.tomoni.gateway.client.model.ClockBid;
import jp.tomoni.gateway.client.model.ReverseBid;
import jp.tomoni.gateway.client.model.SubmitRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One simulated retailer: its id, its API key and the client generated from {@code openapi/bidder-api.json},
 * pointed at the gateway with {@code Authorization: Bearer KEY}. Everything a retailer does goes through the
 * generated operations, except reading the event stream: the document describes that as a JSON array of
 * {@code ServerSentEventString}, which the generated method cannot read from {@code text/event-stream}, so
 * {@link #events} sends the request with the generated client's own HTTP client, base URI and interceptor.
 */
final class Retailer {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String id;
    private final ApiClient client;
    private final AuctionControllerApi auctions;
    private final BidControllerApi bids;

    /** The retailer {@code id} with {@code apiKey}, against the gateway at {@code gateway}. */
    Retailer(String id, String apiKey, URI gateway) {
        this.id = id;
        this.client = new ApiClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)), ApiClient.createDefaultObjectMapper(), gateway.toString());
        client.setReadTimeout(Duration.ofSeconds(30));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + apiKey));
        this.auctions = new AuctionControllerApi(client);
        this.bids = new BidControllerApi(client);
    }

    String id() {
        return id;
    }

    /** {@code GET /api/v1/auctions}. */
    JsonNode auctions() throws ApiException {
        return tree(auctions.listAuctions());
    }

    /** {@code GET /api/v1/auctions/{id}}. */
    JsonNode view(String auctionId) throws ApiException {
        return tree(auctions.view(auctionId));
    }

    /** {@code GET /api/v1/auctions/{id}/bids}: its own bids. */
    JsonNode ownBids(String auctionId) throws ApiException {
        return tree(auctions.bids(auctionId));
    }

    /** {@code GET /api/v1/auctions/{id}/award}: its own award (409 before approval). */
    JsonNode award(String auctionId) throws ApiException {
        return tree(auctions.award(auctionId));
    }

    /** A CLOCK bid with {@code idempotencyKey}; the answer with its headers (201 or an {@link ApiException}). */
    ApiResponse<BidReceipt> clockBid(String auctionId, String idempotencyKey, int round, int quantity, String exitPrice)
            throws ApiException {
        ClockBid bid = new ClockBid().round(round).quantity(quantity).exitPrice(exitPrice);
        return bids.submitWithHttpInfo(idempotencyKey, auctionId, new SubmitRequest(bid));
    }

    /** An OPEN_REVERSE bid with a fresh Idempotency-Key; the receipt. */
    BidReceipt reverseBid(String auctionId, String price) throws ApiException {
        return bids.submit(freshKey(), auctionId, new SubmitRequest(new ReverseBid().price(price)));
    }

    /** A new Idempotency-Key. */
    static String freshKey() {
        return "e2e-" + UUID.randomUUID();
    }

    /**
     * The raw text of its event stream for an ended auction, from the start up to and including the
     * {@code AuctionEnded} event (the stream itself stays open; it is closed here).
     */
    String events(String auctionId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(client.getBaseUri() + "/api/v1/auctions/"
                + auctionId + "/events")).header("Accept", "text/event-stream").GET();
        client.getRequestInterceptor().accept(request);
        HttpResponse<Stream<String>> response = client.getHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            try (Stream<String> body = response.body()) {
                throw new AssertionError("events of " + auctionId + " for " + id + ": " + response.statusCode() + " "
                        + String.join("\n", body.toList()));
            }
        }
        CompletableFuture<String> text = CompletableFuture.supplyAsync(() -> untilEnd(response.body()));
        try {
            return text.get(30, TimeUnit.SECONDS);
        } finally {
            response.body().close();
        }
    }

    /** One server-sent event as the stream carried it. */
    record StreamEvent(String id, String event, String data) {
    }

    /**
     * The first {@code count} events of its stream after {@code lastEventId} ({@code null}: from the start),
     * waiting at most {@code timeout}; the answer's status when it is not 200, as an {@link AssertionError}.
     */
    java.util.List<StreamEvent> events(String auctionId, String lastEventId, int count, Duration timeout) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(client.getBaseUri() + "/api/v1/auctions/"
                + auctionId + "/events")).header("Accept", "text/event-stream").GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        client.getRequestInterceptor().accept(request);
        HttpResponse<Stream<String>> response = client.getHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            try (Stream<String> body = response.body()) {
                throw new AssertionError("events of " + auctionId + " for " + id + ": " + response.statusCode() + " "
                        + String.join("\n", body.toList()));
            }
        }
        CompletableFuture<java.util.List<StreamEvent>> events = CompletableFuture.supplyAsync(
                () -> firstEvents(response.body(), count));
        try {
            return events.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            response.body().close();
        }
    }

    private static java.util.List<StreamEvent> firstEvents(Stream<String> lines, int count) {
        java.util.List<StreamEvent> events = new java.util.ArrayList<>();
        String eventId = null;
        String event = null;
        String data = null;
        Iterator<String> it = lines.iterator();
        while (events.size() < count && it.hasNext()) {
            String line = it.next();
            if (line.startsWith("id:")) {
                eventId = line.substring(3).strip();
            } else if (line.startsWith("event:")) {
                event = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data = line.substring(5).strip();
            } else if (line.isEmpty() && eventId != null) {
                events.add(new StreamEvent(eventId, event, data));
                eventId = null;
                event = null;
                data = null;
            }
        }
        return events;
    }

    private static String untilEnd(Stream<String> lines) {
        StringBuilder text = new StringBuilder();
        Iterator<String> it = lines.iterator();
        boolean ended = false;
        while (it.hasNext()) {
            String line = it.next();
            text.append(line).append('\n');
            if (line.startsWith("event:") && line.substring(6).strip().equals("AuctionEnded")) {
                ended = true;
            } else if (ended && line.isEmpty()) {
                return text.toString();
            }
        }
        throw new IllegalStateException("the stream ended before AuctionEnded:\n" + text);
    }

    /** The generated client's answer (maps and lists) as a JSON tree. */
    static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }

    /** A JSON tree as text. */
    static String text(JsonNode node) {
        return JSON.writeValueAsString(node);
    }
}
