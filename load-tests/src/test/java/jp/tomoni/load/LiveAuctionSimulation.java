package jp.tomoni.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.sse;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.tomoni.simulation.ClockStrategy;

/**
 * A live CLOCK auction bid through the gateway to its end. Every retailer is one virtual user that follows
 * its event stream ({@code GET /api/v1/auctions/{id}/events}, server-sent events) and, in every round it is
 * still in, bids what its private tranche costs decide ({@link LiveBidder}, {@link ClockStrategy}): never
 * more than the engine accepted from it in the round before. Within a round it rebids steadily, then in a
 * burst in the last seconds before the close. One retailer first bids above the load cap in round 1, on
 * purpose; that bid must be rejected with {@code ABOVE_LOAD_CAP}. Every other request must succeed: each bid
 * accepted (201), each stream followed to {@code AuctionEnded}, and the auction ended as every retailer reads it.
 *
 * <p>Settings: {@code bench.retailers} (150), {@code bench.roundSeconds} (12), {@code bench.recessSeconds}
 * (2), {@code bench.startDelaySeconds} (15: the auction starts by itself once every stream is open),
 * {@code bench.steadyMillis} (1500), {@code bench.burstWindowMillis} (4000), {@code bench.burstMillis} (250),
 * {@code bench.guardMillis} (1000), {@code bench.maxMinutes} (8). The auction: 40 tranches from 30.00
 * yen/kWh, load cap 6, tranche costs drawn between 21.00 and 29.90; it ends after about eight rounds.
 * What the officer sees at the end is written to {@code bench.outputDir}/live-auction.json.
 */
public class LiveAuctionSimulation extends Simulation {

    static final int TRANCHES = 40;
    static final int LOAD_CAP = 6;
    static final String START_PRICE = "30.00";

    private final int retailers = BenchSettings.number("retailers", 150);
    private final int roundSeconds = BenchSettings.number("roundSeconds", 12);
    private final int recessSeconds = BenchSettings.number("recessSeconds", 2);
    private final Duration startDelay = BenchSettings.seconds("startDelaySeconds", 15);
    private final LiveBidder.Timing timing = new LiveBidder.Timing(BenchSettings.number("steadyMillis", 1500),
            BenchSettings.number("burstWindowMillis", 4000), BenchSettings.number("burstMillis", 250),
            BenchSettings.number("guardMillis", 1000), 100);
    private final long deadline = System.currentTimeMillis() + BenchSettings.number("maxMinutes", 8) * 60_000L;
    private final BenchAuctions setup = new BenchAuctions(OfficerApi.fromSettings());
    private final String auctionId;
    private MetricsWindow window;

    /** Sets up the retailers and the auction (starting in {@code bench.startDelaySeconds}), then the retailers. */
    public LiveAuctionSimulation() {
        String stamp = BenchAuctions.stamp();
        auctionId = "BENCH-LIVE-" + stamp;
        setup.ensureLot();
        List<BenchAuctions.BenchRetailer> qualified = setup.qualify("LIVE-" + stamp, retailers,
                i -> i == 0 ? LOAD_CAP + 2 : 2 + i % 7);
        setup.createClock(auctionId, TRANCHES, START_PRICE, LOAD_CAP, roundSeconds, recessSeconds, qualified);
        setup.schedule(auctionId, Instant.now().plus(startDelay));
        String events = "/api/v1/auctions/" + auctionId + "/events";
        ScenarioBuilder retailer = scenario("retailers in a live CLOCK auction")
                .feed(listFeeder(rows(qualified)).queue())
                .exec(session -> session.set("bidder", bidder(session)))
                .exec(sse("event stream").get(events).header("Authorization", "Bearer #{apiKey}")
                        .header("Accept", "text/event-stream"))
                .exec(asLongAs(session -> !bidder(session).ended() && System.currentTimeMillis() < deadline)
                        .on(followAndBid()))
                .exec(sse("close event stream").close())
                .exec(http("auction ended").get("/api/v1/auctions/" + auctionId)
                        .header("Authorization", "Bearer #{apiKey}")
                        .check(jsonPath("$.state").in("ENDED", "APPROVED")));
        setUp(retailer.injectOpen(rampUsers(retailers).during(Duration.ofSeconds(5))))
                .protocols(Protocols.gateway())
                .assertions(global().failedRequests().count().is(0L),
                        details("bid (burst)").successfulRequests().count().gt(0L));
    }

    private ChainBuilder followAndBid() {
        return LiveBidChain.step(auctionId, (messages, session) -> {
            long now = System.currentTimeMillis();
            LiveBidder bidder = bidder(session);
            bidder.absorb(LiveBidChain.texts(messages), now);
            return bidder.plan(now);
        });
    }

    private LiveBidder bidder(Session session) {
        if (session.contains("bidder")) {
            return session.get("bidder");
        }
        int index = session.getInt("index");
        int eligibility = session.getInt("eligibility");
        ClockStrategy strategy = ClockStrategy.drawn(20261122L + index, Math.min(eligibility, LOAD_CAP), 2100, 2990, 40);
        return new LiveBidder(strategy, index == 0 ? LOAD_CAP + 1 : 0, timing, 7919L * index);
    }

    private static List<Map<String, Object>> rows(List<BenchAuctions.BenchRetailer> qualified) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < qualified.size(); i++) {
            rows.add(Map.of("apiKey", qualified.get(i).apiKey(), "index", i, "eligibility",
                    qualified.get(i).eligibility()));
        }
        return rows;
    }

    /** Opens the window of both applications' metrics: the whole run. */
    @Override
    public void before() {
        window = MetricsWindow.open(Duration.ZERO, Duration.ofDays(1));
    }

    /** Closes the metrics' window and writes what the officer sees of the auction at the end. */
    @Override
    public void after() {
        window.close();
        LiveAuctionReport.write(setup.auction(auctionId), BenchSettings.outputDir().resolve("live-auction.json"));
    }
}
