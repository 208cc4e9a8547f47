package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tomoni.engine.AuctionState;
import jp.tomoni.engine.EngineEvent;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import reactor.core.Disposable;

/**
 * The engine's Prometheus endpoint tells an operator what an auction does: rounds opened and closed, bids
 * accepted and rejected by code, auctions running, open streams, the journal's settings, and every engine
 * series the alert rules and the dashboard in {@code ops/} use.
 */
class EngineMetricsTest extends LiveEngineTestBase {

    @Test
    void aLiveAuctionMovesItsMetrics() throws Exception {
        importTheDemoFacilities();
        officerPost("/api/v1/lots", "{\"lotId\": \"METRICS\", \"name\": \"Metrics\", \"wards\": [\"13101\"]}", 201);
        qualify("M1", 4);
        qualify("M2", 4);
        String before = scrape();
        officerPost("/api/v1/auctions", """
                {"auctionId": "METRICS-CLOCK", "lotId": "METRICS", "format": "CLOCK",
                 "clock": {"tranches": 4, "startPrice": "30.00"},
                 "schedule": {"roundSeconds": 1, "recessSeconds": 0}, "bidders": ["M1", "M2"]}""", 201);
        Disposable watching = client().get().uri("/api/v1/auctions/METRICS-CLOCK/watch")
                .headers(h -> h.setBasicAuth("officer", "officer-pw")).accept(MediaType.TEXT_EVENT_STREAM)
                .exchange().returnResult(String.class).getResponseBody().subscribe();
        await(10, () -> value(scrape(), "tomoni_stream_subscribers", "stream=\"officer\"") >= 1);
        officerPost("/api/v1/auctions/METRICS-CLOCK/start", "", 200);
        assertThat(value(scrape(), "tomoni_auctions_running", "") - value(before, "tomoni_auctions_running", ""))
                .isEqualTo(1);
        gatewayBid("METRICS-CLOCK", "{\"retailerId\": \"M1\", \"round\": 1, \"quantity\": 3}");
        gatewayBid("METRICS-CLOCK", "{\"retailerId\": \"M2\", \"round\": 1, \"quantity\": 9}");
        gatewayBid("METRICS-CLOCK", "{\"retailerId\": \"M2\", \"round\": 1, \"quantity\": 2}");
        await(10, () -> runtime.queries().auction("METRICS-CLOCK").state() == AuctionState.ENDED);
        long rounds = runtime.queries().auction("METRICS-CLOCK").log().from(0).stream()
                .filter(e -> e.event() instanceof EngineEvent.RoundOpened).count();
        watching.dispose();
        await(10, () -> value(scrape(), "tomoni_stream_subscribers", "stream=\"officer\"") == 0);

        String after = scrape();
        assertThat(delta(before, after, "tomoni_rounds_opened_total", "format=\"CLOCK\"")).isEqualTo(rounds);
        assertThat(delta(before, after, "tomoni_rounds_closed_total", "format=\"CLOCK\"")).isEqualTo(rounds);
        assertThat(delta(before, after, "tomoni_bids_accepted_total", "")).isEqualTo(2);
        assertThat(delta(before, after, "tomoni_bids_rejected_total", "code=\"ABOVE_ELIGIBILITY\"")).isEqualTo(1);
        assertThat(delta(before, after, "tomoni_bid_latency_seconds_count", "")).isEqualTo(3);
        assertThat(value(after, "tomoni_auctions_running", "")).isEqualTo(value(before, "tomoni_auctions_running", ""));
        assertThat(value(after, "tomoni_journal_settings", "fsync=\"on\"")).isEqualTo(1);
        assertThat(value(after, "tomoni_journal_settings", "synchronous_commit=\"on\"")).isEqualTo(1);
        assertThat(value(after, "tomoni_engine_halted", "")).isZero();
        assertThat(value(after, "tomoni_round_close_overdue_seconds", "")).isLessThan(1);
        assertThat(delta(before, after, "tomoni_journal_batch_size_count", "")).isPositive();
    }

    @Test
    void servesEveryEngineSeriesThatTheAlertsAndDashboardUse() throws Exception {
        importTheDemoFacilities();
        officerPost("/api/v1/lots", "{\"lotId\": \"NAMES\", \"name\": \"Names\", \"wards\": [\"13102\"]}", 201);
        qualify("NAMES-R1", 2);
        officerPost("/api/v1/auctions", """
                {"auctionId": "NAMES", "lotId": "NAMES", "format": "CLOCK", "clock": {"tranches": 4, "startPrice": "30.00"},
                 "schedule": {"roundSeconds": 60, "recessSeconds": 0}}""", 201);
        assertThat(gatewayBid("NAMES", "{\"retailerId\": \"NAMES-R1\", \"round\": 1, \"quantity\": 1}"))
                .as("not started yet").containsEntry("code", "NOT_OPEN");
        System.gc();
        TimeUnit.MILLISECONDS.sleep(100);
        String exposed = scrape();
        List<String> engineNames = Files.readAllLines(Path.of("../../ops/metric-names.txt")).stream()
                .map(String::strip).filter(n -> !n.isEmpty() && !n.startsWith("#") && !n.startsWith("tomoni_gateway_"))
                .toList();
        assertThat(engineNames).hasSizeGreaterThan(30);
        assertThat(engineNames).allSatisfy(name -> assertThat(exposed)
                .as("the engine serves " + name).containsPattern("(?m)^" + Pattern.quote(name) + "[{ ]"));
        assertThat(exposed).contains("application=\"tomoni-engine\"");
    }

    /** Imports the demo facilities unless an earlier test in this engine already did. */
    private void importTheDemoFacilities() throws java.io.IOException {
        if (runtime.queries().facilities().stream().noneMatch(f -> f.id().equals("F-13101-HQ"))) {
            officer().post().uri("/api/v1/facilities").header("Content-Type", "text/csv")
                    .bodyValue(new String(getClass().getResourceAsStream("/demo/facilities-23-wards.csv").readAllBytes(),
                            StandardCharsets.UTF_8)).exchange().expectStatus().isCreated();
        }
    }

    @Test
    void metricsAndInfoNeedTheOperatorsTokenAndHealthDoesNot() {
        String retailerKey = qualify("METRICS-SNOOP", 1);
        client().get().uri("/actuator/health").exchange().expectStatus().isOk();
        client().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        bearer(METRICS_TOKEN).get().uri("/actuator/info").exchange().expectStatus().isOk();
        for (String path : List.of("/actuator/prometheus", "/actuator/info", "/actuator", "/actuator/metrics")) {
            client().get().uri(path).exchange().expectStatus().isUnauthorized()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            bearer("not-the-token").get().uri(path).exchange().expectStatus().isUnauthorized();
            bearer(retailerKey).get().uri(path).exchange().expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            officer().get().uri(path).exchange().expectStatus().isForbidden();
        }
    }

    private String scrape() {
        return bearer(METRICS_TOKEN).get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class)
                .returnResult().getResponseBody();
    }

    private static double delta(String before, String after, String name, String label) {
        return value(after, name, label) - value(before, name, label);
    }

    /** The sum of the samples of {@code name} whose labels contain {@code label} (0 when there are none). */
    private static double value(String exposition, String name, String label) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? (\\S+)$").matcher(exposition);
        double sum = 0;
        while (m.find()) {
            if (label.isEmpty() || (m.group(1) != null && m.group(1).contains(label))) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }
}
