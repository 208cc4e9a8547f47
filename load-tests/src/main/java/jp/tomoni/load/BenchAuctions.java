package jp.tomoni.load;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntUnaryOperator;
import jp.tomoni.demodata.DemoDataset;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a simulation sets itself up through the officer's API: the illustrative 23-ward dataset (from the
 * engine's jar) pooled into one lot, once per database; retailers qualified with fresh ids, each with its
 * API key; a CLOCK auction for them, started or scheduled. Nothing touches the database directly.
 */
public final class BenchAuctions {

    /** The lot every load test auctions. */
    public static final String LOT_ID = "BENCH-23-WARDS";
    /** Security posted per tranche of eligibility. */
    static final long SECURITY_PER_TRANCHE_YEN = 5_000_000L;
    private static final int QUALIFYING_THREADS = 8;

    private final OfficerApi officer;

    /** Set-up through {@code officer}. */
    public BenchAuctions(OfficerApi officer) {
        this.officer = officer;
    }

    /**
     * A qualified retailer.
     *
     * @param retailerId  its id
     * @param apiKey      its API key for the gateway
     * @param eligibility the most tranches it may offer
     */
    public record BenchRetailer(String retailerId, String apiKey, int eligibility) {
    }

    /** A stamp that makes this run's ids unique in a database that earlier runs used: {@code yyyyMMddHHmmss}. */
    public static String stamp() {
        return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    }

    /** Imports the demo dataset and pools it into {@link #LOT_ID}, unless done already. */
    public void ensureLot() {
        OfficerApi.Answer imported = officer.post("/api/v1/facilities", "text/csv", DemoDataset.csv(),
                "Importing the facilities");
        if (imported.status() != 409) {
            OfficerApi.expect(imported, 201, "Importing the facilities");
        }
        ObjectNode lot = OfficerApi.JSON.createObjectNode().put("lotId", LOT_ID).put("name", "Load test lot");
        OfficerApi.Answer created = officer.post("/api/v1/lots", "application/json", lot.toString(), "Creating the lot");
        if (created.status() != 409) {
            OfficerApi.expect(created, 201, "Creating the lot");
        }
    }

    /**
     * Qualifies {@code count} retailers {@code PREFIX-0001}, ... (eight at a time); the i-th (from 0) has
     * eligibility {@code eligibility.applyAsInt(i)}. Answers them in order.
     */
    public List<BenchRetailer> qualify(String prefix, int count, IntUnaryOperator eligibility) {
        ExecutorService pool = Executors.newFixedThreadPool(QUALIFYING_THREADS);
        try {
            List<Future<BenchRetailer>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                pending.add(pool.submit(() -> qualifyOne(String.format("%s-%04d", prefix, index + 1), index,
                        eligibility.applyAsInt(index))));
            }
            List<BenchRetailer> retailers = new ArrayList<>();
            for (Future<BenchRetailer> f : pending) {
                retailers.add(f.get());
            }
            return List.copyOf(retailers);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while qualifying retailers", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private BenchRetailer qualifyOne(String retailerId, int index, int eligibility) {
        ObjectNode body = OfficerApi.JSON.createObjectNode().put("retailerId", retailerId)
                .put("name", "Load test retailer " + retailerId)
                .put("registrationNumber", String.format("A%04d", index % 10_000));
        body.putObject("menuFactor").put("value", "0.000").put("kind", "adjusted").put("fiscalYear", 2024);
        body.put("securityYen", eligibility * SECURITY_PER_TRANCHE_YEN).put("eligibility", eligibility);
        String what = "Qualifying " + retailerId;
        String key = officer.post("/api/v1/retailers", body, 201, what).get("apiKey").asString();
        return new BenchRetailer(retailerId, key, eligibility);
    }

    /**
     * Creates a CLOCK auction of {@link #LOT_ID} for {@code retailers} (default decrements: 5% of the price,
     * at least 1% of the start price).
     */
    public void createClock(String auctionId, int tranches, String startPrice, int loadCap, int roundSeconds,
                            int recessSeconds, List<BenchRetailer> retailers) {
        ObjectNode body = OfficerApi.JSON.createObjectNode().put("auctionId", auctionId).put("lotId", LOT_ID)
                .put("format", "CLOCK");
        body.putObject("clock").put("tranches", tranches).put("startPrice", startPrice).put("loadCap", loadCap);
        body.putObject("schedule").put("roundSeconds", roundSeconds).put("recessSeconds", recessSeconds);
        ArrayNode bidders = body.putArray("bidders");
        retailers.forEach(r -> bidders.add(r.retailerId()));
        officer.post("/api/v1/auctions", body, 201, "Creating the auction " + auctionId);
    }

    /** Starts an auction now. */
    public void start(String auctionId) {
        officer.post("/api/v1/auctions/" + auctionId + "/start", OfficerApi.JSON.createObjectNode(), 200,
                "Starting " + auctionId);
    }

    /** Lets an auction start by itself at {@code at}. */
    public void schedule(String auctionId, Instant at) {
        officer.post("/api/v1/auctions/" + auctionId + "/schedule",
                OfficerApi.JSON.createObjectNode().put("startsAt", at.toString()), 200, "Scheduling " + auctionId);
    }

    /** Cancels an auction that has not ended. */
    public void cancel(String auctionId, String reason) {
        officer.post("/api/v1/auctions/" + auctionId + "/cancel",
                OfficerApi.JSON.createObjectNode().put("reason", reason), 200, "Cancelling " + auctionId);
    }

    /** The auction as officers see it. */
    public JsonNode auction(String auctionId) {
        return officer.get("/api/v1/auctions/" + auctionId, "Reading " + auctionId);
    }
}
