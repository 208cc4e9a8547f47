package jp.tomoni.load;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One retailer following its event stream in a live CLOCK auction, timing each round's opening: for every
 * round up to {@code lastRound} it keeps the first {@code RoundOpened} it receives, with the round's
 * {@code opensAt} and {@code at} from the event's data and the moment the load generator received it. It is
 * done once the auction ended ({@code AuctionEnded}) or round {@code lastRound} closed ({@code RoundClosed}).
 * Messages are in Gatling's form ({@code {"event":..., "id":..., "data":{...}}}, the data as an object or as
 * JSON text); anything else is skipped. Not thread-safe: one per virtual user.
 */
public final class StreamFollower {

    /**
     * One round's opening as this retailer received it, in epoch milliseconds.
     *
     * @param round            the round
     * @param opensAtMillis    when the round opened, by the engine ({@code opensAt})
     * @param atMillis         when the engine received the command that opened it ({@code at})
     * @param receivedAtMillis when the load generator received the event
     */
    public record Delivery(int round, long opensAtMillis, long atMillis, long receivedAtMillis) {
    }

    private final int lastRound;
    private final Map<Integer, Delivery> deliveries = new TreeMap<>();
    private long connectedAtMillis = -1;
    private boolean done;

    /** A retailer that follows the stream until round {@code lastRound} (at least 1) closed or the auction ended. */
    public StreamFollower(int lastRound) {
        if (lastRound < 1) {
            throw new IllegalArgumentException("the last round is at least 1, not " + lastRound);
        }
        this.lastRound = lastRound;
    }

    /** Notes when its stream was open (the gateway answered), so that catch-up events can be told apart. */
    public void connected(long millis) {
        connectedAtMillis = millis;
    }

    /** Takes in one stream message received at {@code receivedAtMillis}. */
    public void absorb(long receivedAtMillis, String message) {
        JsonNode data = data(message);
        if (data == null) {
            return;
        }
        String type = data.path("type").asString("");
        int round = data.path("round").asInt(0);
        if ("RoundOpened".equals(type) && round >= 1 && round <= lastRound && !deliveries.containsKey(round)) {
            Long opensAt = millis(data.path("opensAt").asString(""));
            Long at = millis(data.path("at").asString(""));
            if (opensAt != null) {
                deliveries.put(round, new Delivery(round, opensAt, at == null ? opensAt : at, receivedAtMillis));
            }
        } else if (("RoundClosed".equals(type) && round >= lastRound) || "AuctionEnded".equals(type)) {
            done = true;
        }
    }

    private static JsonNode data(String message) {
        try {
            JsonNode data = OfficerApi.JSON.readTree(message).path("data");
            if (data.isString()) {
                data = OfficerApi.JSON.readTree(data.asString());
            }
            return data.isObject() ? data : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static Long millis(String instant) {
        try {
            return Instant.parse(instant).toEpochMilli();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether round {@code lastRound} closed or the auction ended. */
    public boolean done() {
        return done;
    }

    /** When its stream was open, or -1 when it never was. */
    public long connectedAtMillis() {
        return connectedAtMillis;
    }

    /** The openings it received, by round. */
    public List<Delivery> deliveries() {
        return List.copyOf(deliveries.values());
    }
}
