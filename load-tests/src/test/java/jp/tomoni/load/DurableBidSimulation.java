package jp.tomoni.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Durable bid submission, {@code POST /api/v1/auctions/{id}/bids} through the gateway: many retailers
 * rebid in round 1 of a CLOCK auction whose round lasts an hour (the rules let a bidder bid again within a
 * round; the last bid counts), each bid with its own {@code Idempotency-Key}, each 201 receipt meaning the
 * bid is durable in the engine's journal. Every bid must be accepted.
 *
 * <p>{@code bench.mode=max} (default): the closed model of {@link TrivialSimulation}, {@code bench.concurrency}
 * users (64) sending as fast as they are answered for {@code bench.seconds} (30) after
 * {@code bench.warmupSeconds} (10). {@code bench.mode=rate}: an open model, {@code bench.rate} new bids a
 * second (the bench uses half the rate measured with {@code max}) over shared connections, for the same
 * warm-up and measured times. {@code bench.retailers} (500) retailers; set-up through the officer's API.
 */
public class DurableBidSimulation extends Simulation {

    /** The measured requests' name in the report. */
    static final String MEASURED = "bid";
    /** The warm-up requests' name in the report. */
    static final String WARM_UP = "bid (warm-up)";

    private final String mode = BenchSettings.text("mode", "max");
    private final int retailers = BenchSettings.number("retailers", 500);
    private final int users = BenchSettings.number("concurrency", 64);
    private final int rate = BenchSettings.number("rate", 0);
    private final Duration warmUp = BenchSettings.seconds("warmupSeconds", 10);
    private final Duration measured = BenchSettings.seconds("seconds", 30);
    private final BenchAuctions setup = new BenchAuctions(OfficerApi.fromSettings());
    private final AtomicLong bids = new AtomicLong();
    private final String auctionId;
    private MetricsWindow window;

    /** Sets up the retailers and the auction, then the load of {@code bench.mode}. */
    public DurableBidSimulation() {
        if (!"max".equals(mode) && !("rate".equals(mode) && rate > 0)) {
            throw new IllegalArgumentException("bench.mode is max, or rate with bench.rate > 0");
        }
        String stamp = BenchAuctions.stamp();
        auctionId = "BENCH-DURABLE-" + mode.toUpperCase() + "-" + stamp;
        setup.ensureLot();
        List<BenchAuctions.BenchRetailer> qualified = setup.qualify("DUR-" + mode + "-" + stamp, retailers, i -> 6);
        setup.createClock(auctionId, 20, "30.00", 6, 3600, 1, qualified);
        setup.start(auctionId);
        FeederBuilder<Object> feeder = listFeeder(rows(qualified)).circular();
        String keys = "dur-" + mode + "-" + stamp + "-";
        ChainBuilder warm = bid(WARM_UP, feeder, keys);
        ChainBuilder bid = bid(MEASURED, feeder, keys);
        PopulationBuilder load;
        if ("max".equals(mode)) {
            load = scenario("durable bids, closed model")
                    .exec(during(warmUp).on(warm), during(measured).on(bid))
                    .injectOpen(atOnceUsers(users));
        } else {
            load = scenario("durable bids, warm-up").exec(warm)
                    .injectOpen(constantUsersPerSec(rate).during(warmUp))
                    .andThen(scenario("durable bids, open model").exec(bid)
                            .injectOpen(constantUsersPerSec(rate).during(measured)));
        }
        setUp(load)
                .protocols("max".equals(mode) ? Protocols.gateway() : Protocols.gateway().shareConnections())
                .assertions(global().failedRequests().count().is(0L),
                        details(MEASURED).requestsPerSec().gt(0.0));
    }

    private ChainBuilder bid(String name, FeederBuilder<Object> feeder, String keys) {
        return feed(feeder).exec(http(name).post("/api/v1/auctions/" + auctionId + "/bids")
                .header("Authorization", "Bearer #{apiKey}")
                .header("Idempotency-Key", session -> keys + bids.incrementAndGet())
                .header("Content-Type", "application/json")
                .body(StringBody("#{body}"))
                .check(status().is(201), jsonPath("$.status").is("ACCEPTED")));
    }

    private static List<Map<String, Object>> rows(List<BenchAuctions.BenchRetailer> qualified) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < qualified.size(); i++) {
            int quantity = 1 + i % 6;
            rows.add(Map.of("apiKey", qualified.get(i).apiKey(),
                    "body", "{\"round\":1,\"quantity\":" + quantity + "}"));
        }
        return rows;
    }

    /** Opens the measured window of both applications' metrics. */
    @Override
    public void before() {
        window = MetricsWindow.open(warmUp, measured);
    }

    /** Closes the metrics' window and cancels the auction, whose round would otherwise stay open for an hour. */
    @Override
    public void after() {
        window.close();
        setup.cancel(auctionId, "load test over");
    }
}
