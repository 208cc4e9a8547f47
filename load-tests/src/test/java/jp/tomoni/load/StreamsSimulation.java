package jp.tomoni.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.sse;

import io.gatling.http.action.sse.SseInboundMessage;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jp.tomoni.simulation.ClockStrategy;

/**
 * Many retailers holding their event streams through one gateway while a live CLOCK auction runs: every
 * retailer ({@code bench.retailers}, 1,000) opens {@code GET /api/v1/auctions/{id}/events}; once every one
 * has its stream open (or {@code bench.openTimeoutSeconds}, 120, have passed) and
 * {@code bench.settleMillis} (1000) later, the officer starts the auction. Each retailer follows it
 * ({@link StreamFollower}) until round {@code bench.rounds} (5) closed or the auction ended, noting when
 * each round's {@code RoundOpened} reached it (Gatling's receive time, on the machine's clock that the
 * engine's {@code opensAt} is also on). {@code bench.bidders} (150) of them, spread over the retailers, also
 * bid as in {@link LiveAuctionSimulation} ({@link LiveBidder}), so that the rounds advance; the others never
 * bid. Every request must succeed.
 *
 * <p>Written to {@code bench.outputDir}: {@code streams-deliveries.tsv} ({@link RoundDeliveryLog}) and
 * {@code streams-auction.json}; both applications' metrics before the streams open ({@code streams-idle}),
 * when the auction starts ({@code streams-before}) and at the end ({@code streams-after}), with their heap
 * every {@code bench.sampleMillis} (2000) in between ({@link MetricsWindow#sampled}). The auction is
 * cancelled at the end unless it ended. Other settings: {@code bench.roundSeconds} (5),
 * {@code bench.recessSeconds} (2), {@code bench.rampSeconds} (8: the streams are asked for within it),
 * {@code bench.followMillis} (500: how often a retailer that only follows looks at what it received; the
 * receive times do not depend on it), {@code bench.steadyMillis} (1500), {@code bench.burstWindowMillis}
 * (2000), {@code bench.burstMillis} (250), {@code bench.guardMillis} (1000), {@code bench.maxMinutes} (3).
 * With the defaults and streams that open as fast as they are asked for, the fifth round closes about 42 s
 * after the first stream was asked for, within the gateway's 60 s caches of keys and formats.
 */
public class StreamsSimulation extends Simulation {

    static final int TRANCHES = 40;
    static final int LOAD_CAP = 6;
    static final Set<String> OVER = Set.of("ENDED", "APPROVED", "CANCELLED");

    private final int retailers = BenchSettings.number("retailers", 1000);
    private final int bidders = Math.min(retailers, BenchSettings.number("bidders", 150));
    private final int rounds = BenchSettings.number("rounds", 5);
    private final int followMillis = BenchSettings.number("followMillis", 500);
    private final Duration ramp = BenchSettings.seconds("rampSeconds", 8);
    private final LiveBidder.Timing timing = new LiveBidder.Timing(BenchSettings.number("steadyMillis", 1500),
            BenchSettings.number("burstWindowMillis", 2000), BenchSettings.number("burstMillis", 250),
            BenchSettings.number("guardMillis", 1000), 100);
    private final long deadline = System.currentTimeMillis() + BenchSettings.number("maxMinutes", 3) * 60_000L;
    private final BenchAuctions setup = new BenchAuctions(OfficerApi.fromSettings());
    private final RoundDeliveryLog log = new RoundDeliveryLog();
    private final AtomicInteger asked = new AtomicInteger();
    private final CountDownLatch allAsked = new CountDownLatch(1);
    private final String auctionId;
    private volatile boolean abandoned;
    private MetricsWindow window;
    private Thread starter;

    /** Sets up the retailers and the auction, then the retailers. */
    public StreamsSimulation() {
        String stamp = BenchAuctions.stamp();
        auctionId = "BENCH-STREAMS-" + stamp;
        setup.ensureLot();
        List<BenchAuctions.BenchRetailer> qualified = setup.qualify("STRM-" + stamp, retailers,
                i -> bids(i) ? 2 + i % 7 : 1);
        setup.createClock(auctionId, TRANCHES, LiveAuctionSimulation.START_PRICE, LOAD_CAP,
                BenchSettings.number("roundSeconds", 5), BenchSettings.number("recessSeconds", 2), qualified);
        ScenarioBuilder retailer = scenario("retailers following a live CLOCK auction")
                .feed(listFeeder(rows(qualified)).queue())
                .exec(this::join)
                .exec(sse("event stream").get("/api/v1/auctions/" + auctionId + "/events")
                        .header("Authorization", "Bearer #{apiKey}").header("Accept", "text/event-stream"))
                .exec(session -> {
                    if (!session.isFailed()) {
                        follower(session).connected(System.currentTimeMillis());
                    }
                    if (asked.incrementAndGet() == retailers) {
                        allAsked.countDown();
                    }
                    return session;
                })
                .exitHereIfFailed()
                .exec(asLongAs(session -> !follower(session).done() && !abandoned
                        && System.currentTimeMillis() < deadline)
                        .on(LiveBidChain.step(auctionId, this::read)))
                .exec(session -> {
                    log.add(session.getInt("index"), follower(session));
                    return session;
                })
                .exec(sse("close event stream").close());
        setUp(retailer.injectOpen(rampUsers(retailers).during(ramp)))
                .protocols(Protocols.gateway())
                .assertions(global().failedRequests().count().is(0L));
    }

    /** Whether retailer {@code index} bids: {@code bidders} of the retailers, evenly spread. */
    private boolean bids(int index) {
        return (long) (index + 1) * bidders / retailers > (long) index * bidders / retailers;
    }

    private Session join(Session session) {
        int index = session.getInt("index");
        Session joined = session.set("follower", new StreamFollower(rounds));
        if (!bids(index)) {
            return joined;
        }
        int eligibility = session.getInt("eligibility");
        ClockStrategy strategy = ClockStrategy.drawn(20261201L + index, Math.min(eligibility, LOAD_CAP), 2100, 2990, 40);
        return joined.set("bidder", new LiveBidder(strategy, 0, timing, 7919L * index));
    }

    private LiveBidder.Plan read(List<SseInboundMessage> messages, Session session) {
        StreamFollower follower = follower(session);
        messages.forEach(m -> follower.absorb(m.timestamp(), m.message()));
        if (!session.contains("bidder")) {
            return LiveBidChain.waiting(followMillis);
        }
        long now = System.currentTimeMillis();
        LiveBidder bidder = session.get("bidder");
        bidder.absorb(LiveBidChain.texts(messages), now);
        return bidder.plan(now);
    }

    private static StreamFollower follower(Session session) {
        return session.get("follower");
    }

    private static List<Map<String, Object>> rows(List<BenchAuctions.BenchRetailer> qualified) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < qualified.size(); i++) {
            rows.add(Map.of("apiKey", qualified.get(i).apiKey(), "index", i, "eligibility",
                    qualified.get(i).eligibility()));
        }
        return rows;
    }

    /**
     * Saves the idle metrics, samples the heap from now on, and starts the auction (beginning the metrics'
     * window) once every stream was asked for and answered.
     */
    @Override
    public void before() {
        window = MetricsWindow.sampled(Duration.ofMillis(BenchSettings.number("sampleMillis", 2000)));
        starter = new Thread(this::startWhenOpen, "auction-starter");
        starter.setDaemon(true);
        starter.start();
    }

    private void startWhenOpen() {
        try {
            if (!allAsked.await(BenchSettings.number("openTimeoutSeconds", 120), TimeUnit.SECONDS)) {
                System.err.println("streams: only " + asked.get() + " of " + retailers + " streams were answered;"
                        + " starting the auction all the same");
            }
            Thread.sleep(BenchSettings.number("settleMillis", 1000));
            window.begin();
            setup.start(auctionId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            System.err.println("streams: the auction could not be started: " + e.getMessage());
            abandoned = true;
        }
    }

    /** Closes the window, writes the deliveries, cancels the auction unless it ended, and writes its view. */
    @Override
    public void after() {
        starter.interrupt();
        window.close();
        log.write(BenchSettings.outputDir().resolve("streams-deliveries.tsv"), retailers, bidders, rounds);
        if (!OVER.contains(setup.auction(auctionId).path("state").asString(""))) {
            try {
                setup.cancel(auctionId, "load test over");
            } catch (IllegalStateException e) {
                System.err.println("streams: the auction could not be cancelled (it may have just ended): " + e.getMessage());
            }
        }
        LiveAuctionReport.write(setup.auction(auctionId), BenchSettings.outputDir().resolve("streams-auction.json"));
    }
}
