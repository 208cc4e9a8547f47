package jp.tomoni;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.StatusRuntimeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jp.tomoni.replay.ReplayOutcome;
import jp.tomoni.replay.ScenarioReader;
import jp.tomoni.replay.ScenarioReplay;
import jp.tomoni.testdb.OwnPostgres;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Faults while two CLOCK auctions run at once: the engine is killed (SIGKILL) three times in the middle of
 * rounds and its PostgreSQL is stopped once, while six simulated bidders keep bidding and send every bid
 * that got no answer again with the same idempotency key. Afterwards no acknowledged bid is lost, no bid
 * counts twice, and each award equals the replay of its exported scenario. The figures go to
 * {@code target/fault-figures.txt}.
 */
class FaultIT {

    private static final List<String> AUCTIONS = List.of("FAULT-A", "FAULT-B");
    private static final List<String> RETAILERS = List.of("F1", "F2", "F3");
    private static final Duration RUN_LIMIT = Duration.ofMinutes(4);

    private final Map<String, Map<String, Object>> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicInteger repeats = new AtomicInteger();
    private volatile boolean over;

    @Test
    void noAcknowledgedBidIsLostOrDoubledAndEachAwardIsItsExportsReplay() throws Exception {
        try (OwnPostgres postgres = OwnPostgres.start()) {
            EngineProcess engine = new EngineProcess(postgres.r2dbcUrl(), postgres.jdbcUrl(), "postgres", "",
                    "--tomoni.engine.recovery-grace=4s", "--tomoni.engine.heal-interval=200ms");
            ExecutorService bidders = Executors.newFixedThreadPool(AUCTIONS.size() * RETAILERS.size());
            try {
                engine.start("fault");
                setUp(engine);
                List<Future<?>> running = new ArrayList<>();
                for (String auction : AUCTIONS) {
                    for (int i = 0; i < RETAILERS.size(); i++) {
                        int retailer = i;
                        running.add(bidders.submit(() -> bid(engine, auction, retailer)));
                    }
                }
                long started = System.nanoTime();
                faults(engine, postgres);
                for (Future<?> bidder : running) {
                    bidder.get(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS);
                }
                long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
                int rounds = 0;
                for (String auction : AUCTIONS) {
                    rounds += check(engine, auction);
                }
                String figures = "fault test: 2 CLOCK auctions, 6 bidders, 3 SIGKILLs of the engine, 1 PostgreSQL stop"
                        + " (until bids went unanswered); " + acknowledged.size() + " bids acknowledged, " + unanswered.get()
                        + " calls unanswered and sent again (" + repeats.get() + " of them answered with the"
                        + " receipt of a bid journaled before the fault), " + rounds + " rounds, " + seconds + " s; none lost,"
                        + " none doubled, both awards equal their export's replay\n";
                Files.writeString(Path.of("target", "fault-figures.txt"), figures);
                System.out.print(figures);
            } finally {
                over = true;
                bidders.shutdownNow();
                engine.kill();
            }
        }
    }

    private static void setUp(EngineProcess engine) throws Exception {
        engine.post("/api/v1/facilities", "text/csv", """
                ward_code,facility_id,name,type,voltage_class,contract_kw,annual_kwh,current_price_yen_per_kwh,baseline_factor_kg_per_kwh,baseline_factor_kind,baseline_factor_fiscal_year
                13101,F-HQ,Chiyoda office,OFFICE,HIGH,900,3800000,28.10,0.433,adjusted,2022
                13104,F-LIB,Shinjuku library,LIBRARY,HIGH,120,420000,29.00,0.433,adjusted,2022
                """, 201);
        engine.post("/api/v1/lots", "application/json", "{\"lotId\": \"FAULT\"}", 201);
        for (String r : RETAILERS) {
            engine.post("/api/v1/retailers", "application/json", """
                    {"retailerId": "%s", "name": "%s", "registrationNumber": "A0001",
                     "menuFactor": {"value": "0.000", "kind": "adjusted", "fiscalYear": 2024},
                     "securityYen": 1000000, "eligibility": 4}""".formatted(r, r), 201);
        }
        for (String auction : AUCTIONS) {
            engine.post("/api/v1/auctions", "application/json", """
                    {"auctionId": "%s", "lotId": "FAULT", "format": "CLOCK",
                     "clock": {"tranches": 4, "startPrice": "30.00"},
                     "schedule": {"roundSeconds": 3, "recessSeconds": 0}}""".formatted(auction), 201);
            engine.post("/api/v1/auctions/" + auction + "/start", "application/json", "", 200);
        }
    }

    /**
     * Kills the engine three times and stops PostgreSQL once, while the rounds go on: each fault strikes once
     * the bidders have had more bids acknowledged since the last one (so always inside an open round), and
     * PostgreSQL comes back once bids have gone unanswered while it was down.
     */
    private void faults(EngineProcess engine, OwnPostgres postgres) throws Exception {
        afterMoreBids(5);
        engine.kill();
        engine.start("fault");
        afterMoreBids(5);
        postgres.stop();
        int before = unanswered.get();
        Awaitility.await("bids unanswered while PostgreSQL is down").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50)).until(() -> unanswered.get() >= before + 3);
        postgres.startAgain();
        afterMoreBids(5);
        engine.kill();
        engine.start("fault");
        afterMoreBids(5);
        engine.kill();
        engine.start("fault");
    }

    /** Waits until {@code more} further bids have been acknowledged. */
    private void afterMoreBids(int more) {
        int from = acknowledged.size();
        Awaitility.await(more + " more bids acknowledged").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50)).until(() -> acknowledged.size() >= from + more);
    }

    /**
     * A bidder: bids again and again while a round is open (every bid with a key of its own, its quantity
     * falling round by round), so that bids are in flight whenever a fault strikes, until the auction has ended.
     */
    private void bid(EngineProcess engine, String auction, int retailer) {
        int[][] plan = {{3, 3, 2}, {2, 2, 1}, {2, 1, 0}};
        int sent = 0;
        while (!over) {
            JsonNode view;
            try {
                view = engine.get("/api/v1/auctions/" + auction);
            } catch (Exception | AssertionError down) {
                pause();
                continue;
            }
            if (!"RUNNING".equals(view.get("state").stringValue())) {
                if ("ENDED".equals(view.get("state").stringValue())) {
                    return;
                }
                pause();
                continue;
            }
            int round = view.get("round").intValue();
            if (view.get("roundClosesAt").isNull()) {
                pause();
                continue;
            }
            int quantity = plan[Math.min(round, plan.length) - 1][retailer];
            String key = auction + "-" + RETAILERS.get(retailer) + "-" + round + "-" + ++sent;
            while (!over) {
                try {
                    Map<String, Object> receipt = engine.bid(auction, RETAILERS.get(retailer), round, quantity, null, key);
                    if (Boolean.TRUE.equals(receipt.get("repeated"))) {
                        repeats.incrementAndGet();
                    }
                    acknowledged.put(key, receipt);
                    break;
                } catch (StatusRuntimeException unavailable) {
                    unanswered.incrementAndGet();
                    pause();
                }
            }
            pause();
        }
    }

    /** Checks one auction after the faults; answers how many rounds it held. */
    private int check(EngineProcess engine, String auction) throws Exception {
        JsonNode events = engine.get("/api/v1/auctions/" + auction + "/events");
        Map<Long, JsonNode> bidsBySeq = new HashMap<>();
        Map<String, List<Long>> logged = new HashMap<>();
        JsonNode ended = null;
        int rounds = 0;
        for (JsonNode event : events) {
            String type = event.get("type").stringValue();
            if (type.equals("ClockBidAccepted") || type.equals("BidRejected")) {
                bidsBySeq.put(event.get("seq").longValue(), event);
                logged.computeIfAbsent(event.get("retailerId").stringValue(), r -> new ArrayList<>())
                        .add(event.get("seq").longValue());
            } else if (type.equals("AuctionEnded")) {
                ended = event;
            } else if (type.equals("RoundClosed")) {
                rounds++;
            }
        }
        Map<String, List<Long>> answered = new HashMap<>();
        for (Map.Entry<String, Map<String, Object>> receipt : acknowledged.entrySet()) {
            if (!receipt.getKey().startsWith(auction + "-")) {
                continue;
            }
            long seq = ((Number) receipt.getValue().get("seq")).longValue();
            answered.computeIfAbsent(receipt.getKey().split("-")[2], r -> new ArrayList<>()).add(seq);
            JsonNode journaled = bidsBySeq.get(seq);
            assertThat(journaled).as("acknowledged bid " + receipt.getKey() + " (seq " + seq + ") is in the log")
                    .isNotNull();
            assertThat(journaled.get("type").stringValue()).as(receipt.getKey())
                    .isEqualTo("ACCEPTED".equals(receipt.getValue().get("status")) ? "ClockBidAccepted" : "BidRejected");
        }
        for (String retailer : RETAILERS) {
            assertThat(logged.getOrDefault(retailer, List.of())).as(auction + ", " + retailer
                    + ": the log holds exactly the bids acknowledged, each once (a repeat is never journaled again)")
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(answered.getOrDefault(retailer, List.of()));
        }
        assertThat(ended).as(auction + " ended").isNotNull();
        ReplayOutcome replayed = ScenarioReplay.run(ScenarioReader.read(engine.text("/api/v1/auctions/" + auction
                + "/scenario")));
        assertThat(replayed.status().name()).isEqualTo(ended.get("status").stringValue());
        assertThat(replayed.price() == null ? null : replayed.price().toString())
                .isEqualTo(ended.get("price").isNull() ? null : ended.get("price").stringValue());
        List<String> live = new ArrayList<>();
        ended.get("awards").forEach(a -> live.add(a.get("bidder").stringValue() + "x" + a.get("tranches").intValue()));
        assertThat(replayed.report().allocation().winners()).extracting(w -> w.share().bidder() + "x"
                + w.share().tranches()).containsExactlyElementsOf(live);
        return rounds;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
