package jp.tomoni.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * The HTTP stack's own ceiling: {@code GET /api/v1/ping} on the gateway (no key, no engine call) as fast as
 * possible by a fixed number of users, each sending its next request as soon as the last one is answered
 * (a closed model), for a fixed time after a warm-up. The bench compares durable bids, measured the same
 * way by {@link DurableBidSimulation}, against this rate.
 *
 * <p>Settings: {@code bench.gatewayUrl}, {@code bench.concurrency} (64 users), {@code bench.warmupSeconds}
 * (10, requests named {@value #WARM_UP}), {@code bench.seconds} (30, requests named {@value #MEASURED}).
 */
public class TrivialSimulation extends Simulation {

    /** The measured requests' name in the report. */
    static final String MEASURED = "ping";
    /** The warm-up requests' name in the report. */
    static final String WARM_UP = "ping (warm-up)";

    private final int users = BenchSettings.number("concurrency", 64);
    private final Duration warmUp = BenchSettings.seconds("warmupSeconds", 10);
    private final Duration measured = BenchSettings.seconds("seconds", 30);
    private MetricsWindow window;

    /** The closed model: {@code users} at once, each looping for the warm-up and then the measured time. */
    public TrivialSimulation() {
        ScenarioBuilder ping = scenario("trivial endpoint")
                .exec(during(warmUp).on(exec(http(WARM_UP).get("/api/v1/ping").check(status().is(200)))))
                .exec(during(measured).on(exec(http(MEASURED).get("/api/v1/ping").check(status().is(200)))));
        setUp(ping.injectOpen(atOnceUsers(users)))
                .protocols(Protocols.gateway())
                .assertions(global().failedRequests().count().is(0L),
                        details(MEASURED).requestsPerSec().gt(0.0));
    }

    /** Opens the measured window of both applications' metrics. */
    @Override
    public void before() {
        window = MetricsWindow.open(warmUp, measured);
    }

    /** Closes it. */
    @Override
    public void after() {
        window.close();
    }
}
