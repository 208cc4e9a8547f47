package jp.tomoni.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import jp.tomoni.simulation.ClockStrategy;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated retailer, on its own thread, bidding only through the bidder gateway with its API key: it
 * follows its event stream ({@code GET /api/v1/auctions/{id}/events}), and at each {@code RoundOpened}
 * thinks for a moment and posts the bid its {@link ClockStrategy} decides, with a fresh
 * {@code Idempotency-Key} (reused when it has to resend). A 201 receipt is an accepted bid; a 422 problem a
 * rejection, with the rule's code. It stops at {@code AuctionEnded}. A broken stream is resumed with
 * {@code Last-Event-ID}.
 */
final class SimulatedRetailer implements Runnable {

    private static final int MAX_RECONNECTS = 5;
    private static final int MAX_SENDS = 3;

    private final RetailerProfile profile;
    private final String apiKey;
    private final DemoHttp http;
    private final URI gateway;
    private final String auctionId;
    private final int loadCap;
    private final PrintStream out;
    private final SplittableRandom thinking;
    private final Map<Integer, Long> prices = new HashMap<>();
    private final Map<Integer, Integer> acceptedQuantity = new HashMap<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private volatile InputStream stream;
    private volatile boolean ended;
    private volatile boolean stopped;
    private volatile int tranchesWon;
    private volatile String failure;

    SimulatedRetailer(RetailerProfile profile, String apiKey, DemoHttp http, URI gateway, String auctionId,
                      int loadCap, PrintStream out) {
        this.profile = profile;
        this.apiKey = apiKey;
        this.http = http;
        this.gateway = gateway;
        this.auctionId = auctionId;
        this.loadCap = loadCap;
        this.out = out;
        this.thinking = new SplittableRandom(profile.seed() * 31 + 7);
    }

    @Override
    public void run() {
        SseLines sse = new SseLines();
        int breaks = 0;
        String lastBreak = "it ended early";
        while (!ended && !stopped && !Thread.currentThread().isInterrupted()) {
            try {
                follow(sse);
                if (ended) {
                    return;
                }
            } catch (IOException e) {
                lastBreak = e.getMessage();
            } catch (DemoException e) {
                failure = e.getMessage();
                return;
            }
            breaks++;
            if (stopped) {
                return;
            }
            if (breaks > MAX_RECONNECTS || !pause(1000)) {
                failure = profile.retailerId() + " stopped following the auction after " + breaks
                        + " broken event streams; the last: " + lastBreak;
                return;
            }
        }
    }

    /** Stops following the auction (closes the stream; no reconnecting). */
    void stop() {
        stopped = true;
        InputStream current = stream;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                failure = profile.retailerId() + ": " + e.getMessage();
            }
        }
    }

    private void follow(SseLines sse) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve("/api/v1/auctions/" + auctionId + "/events"))
                .header("Authorization", "Bearer " + apiKey).header("Accept", "text/event-stream").GET();
        if (sse.lastId() != null) {
            request.header("Last-Event-ID", sse.lastId());
        }
        HttpResponse<InputStream> response;
        try {
            response = http.client().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            if (response.statusCode() != 200) {
                String body = DemoHttp.shorten(String.join(" ", lines.lines().toList()));
                String message = profile.retailerId() + " could not follow the auction's events: HTTP "
                        + response.statusCode() + " " + body;
                if (response.statusCode() == 429 || response.statusCode() >= 500) {
                    throw new IOException(message);
                }
                throw new DemoException(message);
            }
            stream = response.body();
            String line;
            while ((line = lines.readLine()) != null) {
                SseLines.Event event = sse.accept(line);
                if (event != null && handle(event)) {
                    return;
                }
            }
        }
    }

    /** Acts on one event; answers whether the auction has ended. */
    private boolean handle(SseLines.Event event) {
        JsonNode data;
        try {
            data = DemoHttp.JSON.readTree(event.data());
        } catch (JacksonException e) {
            failure = profile.retailerId() + " received an event that is not JSON: " + DemoHttp.shorten(event.data());
            return false;
        }
        String type = data.path("type").asString(event.type());
        if ("RoundOpened".equals(type)) {
            try {
                onRound(data.path("round").asInt(), DemoFormat.parsePrice(data.path("price").asString()),
                        Instant.parse(data.path("closesAt").asString()));
            } catch (IllegalArgumentException | DateTimeException e) {
                failure = profile.retailerId() + " could not read a RoundOpened event: " + DemoHttp.shorten(event.data());
            }
        } else if ("AuctionEnded".equals(type)) {
            tranchesWon = data.path("myTranches").asInt(0);
            ended = true;
        }
        return ended;
    }

    private void onRound(int round, long price, Instant closesAt) {
        prices.put(round, price);
        if (!Instant.now().isBefore(closesAt)) {
            return;
        }
        ClockStrategy.Decision decision = profile.strategy().decide(round, price, prices.getOrDefault(round - 1, 0L),
                acceptedQuantity.getOrDefault(round - 1, 0));
        if (decision == null) {
            return;
        }
        long left = closesAt.toEpochMilli() - Instant.now().toEpochMilli();
        if (!pause(Math.min(150 + thinking.nextInt(600), left / 3))) {
            return;
        }
        if (round == 1 && profile.probesLoadCap() && profile.eligibility() > loadCap) {
            bid(round, profile.eligibility(), null, " (on purpose: above the load cap of " + loadCap + ")");
        }
        bid(round, decision.quantity(), decision.exitPrice(), "");
    }

    private void bid(int round, int quantity, Long exitPrice, String note) {
        ObjectNode body = DemoHttp.JSON.createObjectNode().put("round", round).put("quantity", quantity);
        if (exitPrice != null) {
            body.put("exitPrice", DemoFormat.price(exitPrice));
        }
        HttpRequest request = DemoHttp.request(gateway.resolve("/api/v1/auctions/" + auctionId + "/bids"))
                .header("Authorization", "Bearer " + apiKey).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        DemoHttp.Answer answer = null;
        String error = null;
        for (int attempt = 1; attempt <= MAX_SENDS; attempt++) {
            try {
                answer = http.sendOrThrow(request);
                error = null;
                if (answer.status() != 429 && answer.status() < 500) {
                    break;
                }
                error = answer.describe();
            } catch (IOException e) {
                error = e.toString();
            }
            if (!pause(300)) {
                return;
            }
        }
        String what = quantity + " tranche" + (quantity == 1 ? "" : "s")
                + (exitPrice == null ? "" : " (exit " + DemoFormat.price(exitPrice) + ")") + " in round " + round;
        if (error != null) {
            reject(what, "not delivered: " + error);
        } else if (answer.ok() && !"REJECTED".equals(answer.json("The bid receipt").path("status").asString(""))) {
            accepted.incrementAndGet();
            acceptedQuantity.put(round, quantity);
        } else {
            String code = answer.ok() ? answer.json("The bid receipt").path("code").asString("?") : answer.code();
            reject(what, "rejected with " + (code == null ? answer.describe() : code) + note);
        }
    }

    private void reject(String what, String why) {
        rejected.incrementAndGet();
        out.println("      ! " + profile.name() + ": " + what + " " + why);
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(Math.max(0, millis));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Its profile. */
    RetailerProfile profile() {
        return profile;
    }

    /** Bids the gateway accepted. */
    int accepted() {
        return accepted.get();
    }

    /** Bids rejected (or that could not be delivered). */
    int rejected() {
        return rejected.get();
    }

    /** Whether it saw the auction end. */
    boolean ended() {
        return ended;
    }

    /** Tranches it won, from its {@code AuctionEnded} event. */
    int tranchesWon() {
        return tranchesWon;
    }

    /** What went wrong, or {@code null}. */
    String failure() {
        return failure;
    }
}
