package jp.tomoni.load;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import jp.tomoni.simulation.ClockStrategy;
import jp.tomoni.simulation.Prices;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One retailer in a live CLOCK auction, as a state machine a Gatling virtual user drives: it reads its event
 * stream's messages ({@link #absorb}), says what to do next ({@link #plan}) and learns each bid's answer
 * ({@link #answered}). In every open round it bids what its {@link ClockStrategy} decides: a steady rebid
 * every {@code steadyMillis} (the last bid of a round counts), then a burst of rebids every
 * {@code burstMillis} in the last {@code burstWindowMillis} before the close, and nothing in the last
 * {@code guardMillis}, so that a bid reaches the engine before the round closes. A retailer whose quantity
 * fell to 0 is out and only follows the stream until {@code AuctionEnded}. Not thread-safe: one per user.
 */
public final class LiveBidder {

    /**
     * When to bid within a round, in milliseconds.
     *
     * @param steadyMillis      between two steady rebids (jittered by ±50%)
     * @param burstWindowMillis the burst's window before the round's close
     * @param burstMillis       between two rebids in the burst (jittered by ±50%)
     * @param guardMillis       no bid this close to the round's close
     * @param pollMillis        how often to look at the stream while waiting
     */
    public record Timing(long steadyMillis, long burstWindowMillis, long burstMillis, long guardMillis,
                         long pollMillis) {
    }

    /** What to do next. */
    public enum Kind {
        /** Send {@link Plan#body()} as a bid. */
        BID,
        /** Send {@link Plan#body()}, a bid above the load cap, on purpose: the engine must reject it. */
        PROBE,
        /** Wait {@link Plan#pauseMillis()}. */
        WAIT
    }

    /**
     * The next step.
     *
     * @param kind        bid, probe or wait
     * @param name        the request's name in the report ({@code bid (steady)}, {@code bid (burst)}, ...)
     * @param round       the round bid for
     * @param quantity    the quantity bid
     * @param body        the bid's JSON body, or {@code null} when waiting
     * @param pauseMillis how long to wait afterwards
     */
    public record Plan(Kind kind, String name, int round, int quantity, String body, long pauseMillis) {
    }

    private final ClockStrategy strategy;
    private final int probeQuantity;
    private final Timing timing;
    private final SplittableRandom random;
    private final Map<Integer, Long> prices = new HashMap<>();
    private final Map<Integer, Integer> accepted = new HashMap<>();
    private long lastSeq = -1;
    private long lastIndex = -1;
    private boolean probed;
    private int round;
    private int closedRound;
    private long closesAt;
    private long nextBidAt;
    private boolean ended;
    private String endStatus;
    private int tranchesWon;

    /**
     * A bidder following {@code strategy}; {@code probeQuantity} above 0 makes its first bid in round 1 that
     * quantity (above the load cap, deliberately rejected), 0 for none.
     */
    public LiveBidder(ClockStrategy strategy, int probeQuantity, Timing timing, long seed) {
        this.strategy = strategy;
        this.probeQuantity = probeQuantity;
        this.timing = timing;
        this.random = new SplittableRandom(seed);
    }

    /**
     * Takes in stream messages in Gatling's form ({@code {"event":..., "id":"SEQ.INDEX", "data":{...}}}, data
     * as the engine's JSON), skipping any not after the last one taken in (by id).
     */
    public void absorb(List<String> messages, long nowMillis) {
        for (String message : messages) {
            JsonNode event;
            try {
                event = OfficerApi.JSON.readTree(message);
            } catch (JacksonException e) {
                continue; // not an event of the engine's
            }
            long[] id = id(event.path("id").asString(""));
            JsonNode data = event.path("data");
            if (id == null || !data.isObject()) {
                continue;
            }
            if (id[0] < lastSeq || id[0] == lastSeq && id[1] <= lastIndex) {
                continue;
            }
            lastSeq = id[0];
            lastIndex = id[1];
            event(data, nowMillis);
        }
    }

    private static long[] id(String id) {
        int point = id.indexOf('.');
        try {
            return point < 0 ? new long[] {Long.parseLong(id), 0}
                    : new long[] {Long.parseLong(id.substring(0, point)), Long.parseLong(id.substring(point + 1))};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void event(JsonNode data, long nowMillis) {
        String type = data.path("type").asString("");
        if ("RoundOpened".equals(type)) {
            round = data.path("round").asInt();
            prices.put(round, Prices.parse(data.path("price").asString()));
            closesAt = Instant.parse(data.path("closesAt").asString()).toEpochMilli();
            nextBidAt = nowMillis + 100 + random.nextLong(900);
        } else if ("RoundClosed".equals(type)) {
            closedRound = Math.max(closedRound, data.path("round").asInt());
        } else if ("AuctionEnded".equals(type)) {
            ended = true;
            endStatus = data.path("status").asString(null);
            tranchesWon = data.path("myTranches").asInt(0);
        }
    }

    /** What to do at {@code nowMillis}. */
    public Plan plan(long nowMillis) {
        if (ended) {
            return waiting(0);
        }
        long lastMoment = closesAt - timing.guardMillis();
        ClockStrategy.Decision decision = round > closedRound && nowMillis < lastMoment ? decide() : null;
        if (decision == null) {
            return waiting(timing.pollMillis());
        }
        if (nowMillis < nextBidAt) {
            return waiting(Math.min(nextBidAt, lastMoment) - nowMillis);
        }
        long burstStart = closesAt - timing.burstWindowMillis();
        boolean burst = nowMillis >= burstStart;
        long interval = jitter(burst ? timing.burstMillis() : timing.steadyMillis());
        nextBidAt = burst ? nowMillis + interval : Math.min(nowMillis + interval, burstStart);
        if (round == 1 && probeQuantity > 0 && !probed) {
            probed = true;
            return new Plan(Kind.PROBE, "bid above the load cap (deliberate)", 1, probeQuantity,
                    body(1, probeQuantity, null), 0);
        }
        return new Plan(Kind.BID, burst ? "bid (burst)" : "bid (steady)", round, decision.quantity(),
                body(round, decision.quantity(), decision.exitPrice()), 0);
    }

    /** Learns the answer to a bid: {@code 201} means accepted with that quantity for that round. */
    public void answered(Plan bid, int status) {
        if (bid.kind() == Kind.BID && status == 201) {
            accepted.put(bid.round(), bid.quantity());
        }
    }

    private ClockStrategy.Decision decide() {
        long price = prices.get(round);
        if (round == 1) {
            return strategy.decide(1, price, 0, 0);
        }
        Integer previous = accepted.get(round - 1);
        if (previous == null || previous == 0) {
            return null; // out: silence in a round, or 0, ends a retailer's part
        }
        return strategy.decide(round, price, prices.getOrDefault(round - 1, price), previous);
    }

    private long jitter(long millis) {
        return millis / 2 + random.nextLong(millis + 1);
    }

    private Plan waiting(long millis) {
        return new Plan(Kind.WAIT, null, round, 0, null, Math.max(0, millis));
    }

    private static String body(int round, int quantity, Long exitPrice) {
        ObjectNode body = OfficerApi.JSON.createObjectNode().put("round", round).put("quantity", quantity);
        if (exitPrice != null) {
            body.put("exitPrice", Prices.format(exitPrice));
        }
        return body.toString();
    }

    /** Whether its stream told it that the auction ended. */
    public boolean ended() {
        return ended;
    }

    /** The auction's end status as its stream told it, or {@code null}. */
    public String endStatus() {
        return endStatus;
    }

    /** Tranches it won, as its stream told it. */
    public int tranchesWon() {
        return tranchesWon;
    }

    /** The last round it saw open. */
    public int round() {
        return round;
    }
}
