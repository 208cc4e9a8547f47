package jp.tomoni.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tomoni.gateway.client.ApiException;
import jp.tomoni.gateway.client.model.BidReceipt;
import jp.tomoni.simulation.ClockStrategy;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The whole system over real HTTP (see {@link LiveSystem}): the officer imports the illustrative 23-ward
 * dataset, pools it into one lot and qualifies twelve retailers at the engine; the retailers then do
 * everything through the gateway with the client generated from {@code openapi/bidder-api.json}. A CLOCK
 * auction runs four rounds to an award, an OPEN_REVERSE auction is extended by its soft close and awarded to
 * the lowest bid, and for each the replay of the exported scenario gives the live result. No retailer ever
 * sees another's identity or the reserve.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {

    private static final String LOT = "WARDS-23";
    private static final String CLOCK = "E2E-CLOCK";
    private static final String REVERSE = "E2E-REVERSE";
    private static final String CLOCK_RESERVE = "27.53";
    private static final String REVERSE_RESERVE = "29.37";
    /**
     * Private costs (hundredths of a yen per tranche) of the twelve retailers. With T = 20 from 30.00 the
     * prices are 30.00, 28.50, 27.07, 25.72 and supply 50, 40, 35, 18; the shortfall of 2 comes from the
     * cheapest reduction of round 4, E2E-R03's exit at 26.00, which clears the auction.
     */
    private static final long[][] COSTS = {
            {2500, 2500, 2500, 2500, 2500}, {2550, 2550, 2550, 2550}, {2600, 2600, 2600, 2600, 2600},
            {2520, 2520, 2650, 2760, 2900}, {2800, 2800, 2800, 2800}, {2950, 2950, 2950, 2950, 2950},
            {2580, 2620, 2680}, {2450, 2450, 2450}, {2700, 2700, 2700, 2700, 2700}, {2880, 2880, 2880, 2880},
            {2610, 2610, 2610}, {2530, 2530, 2530, 2530}};

    private static LiveSystem system;
    private static final Map<Retailer, ClockStrategy> RETAILERS = new LinkedHashMap<>();

    @BeforeAll
    static void setUp() throws Exception {
        system = LiveSystem.start("end-to-end");
        JsonNode lot = system.importDemoLot(LOT);
        assertThat(lot.get("facilityCount").asInt()).isEqualTo(213);
        assertThat(lot.get("wards")).hasSize(23);
        for (int i = 0; i < COSTS.length; i++) {
            RETAILERS.put(system.qualify("E2E-R%02d".formatted(i + 1), 6), ClockStrategy.ofCosts(COSTS[i]));
        }
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void aClockAuctionOfThe23WardsRunsThroughSeveralRoundsToAnAwardThatItsReplayConfirms() throws Exception {
        system.officerPost("/api/v1/auctions", "application/json", """
                {"auctionId": "%s", "lotId": "%s", "format": "CLOCK",
                 "clock": {"tranches": 20, "startPrice": "30.00", "reservePrice": "%s", "loadCap": 6},
                 "schedule": {"roundSeconds": 3, "recessSeconds": 1}}""".formatted(CLOCK, LOT, CLOCK_RESERVE), 201);
        for (Retailer r : RETAILERS.keySet()) {
            assertThat(r.auctions().findValues("auctionId")).extracting(JsonNode::asString).contains(CLOCK);
        }
        system.officerPost("/api/v1/auctions/" + CLOCK + "/start", "application/json", "", 200);

        ClockRun run = new ClockRun(CLOCK, RETAILERS);
        JsonNode seen = run.untilEnded(Duration.ofMinutes(3));
        assertThat(seen.get("result").get("status").asString()).isEqualTo("AWARDED");
        assertThat(run.bidsSent().values()).hasSize(12).allMatch(n -> n >= 1);
        assertThat(run.exitPrices()).isGreaterThanOrEqualTo(3);

        JsonNode live = system.officerGet("/api/v1/auctions/" + CLOCK);
        assertThat(live.get("outcome").asString()).isEqualTo("AWARDED");
        assertThat(live.get("reservePrice").asString()).isEqualTo(CLOCK_RESERVE);
        assertThat(live.get("rounds").size()).isGreaterThanOrEqualTo(3);
        assertThat(live.get("finalPrice").asString()).isEqualTo("26.00");
        Map<String, Integer> awards = AuctionChecks.liveAwards(live);
        assertThat(awards.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(20);
        assertThat(awards).containsEntry("E2E-R03", 2);

        expectConflict(RETAILERS.keySet().iterator().next(), CLOCK);
        system.officerPost("/api/v1/auctions/" + CLOCK + "/approve", "application/json", "", 200);
        for (Retailer r : RETAILERS.keySet()) {
            int won = awards.getOrDefault(r.id(), 0);
            assertThat(r.view(CLOCK).get("result").get("myTranches").asInt()).isEqualTo(won);
            JsonNode award = r.award(CLOCK);
            assertThat(award.get("tranches").asInt()).as("award of %s", r.id()).isEqualTo(won);
            if (won > 0) {
                assertThat(award.get("price").asString()).isEqualTo("26.00");
                assertThat(award.get("facilities").size()).isPositive();
            }
            JsonNode own = r.ownBids(CLOCK);
            assertThat(own).as("own bids of %s", r.id()).hasSize(run.bidsSent().get(r.id()));
            AuctionChecks.disclosesNothingOfOthers(r, CLOCK, CLOCK_RESERVE, RETAILERS.keySet());
        }

        JsonNode replay = system.replay("clock-scenario", system.analystGetText("/api/v1/auctions/" + CLOCK + "/scenario"));
        AuctionChecks.replayMatchesLive(live, system.officerGet("/api/v1/auctions/" + CLOCK + "/report"), replay);
    }

    @Test
    @Order(2)
    void anOpenReverseAuctionIsExtendedBySoftCloseAndAwardedToTheLowestAsItsReplayConfirms() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(9)).truncatedTo(ChronoUnit.SECONDS);
        Instant initialClose = now.plusSeconds(40).toInstant();
        system.officerPost("/api/v1/auctions", "application/json", """
                {"auctionId": "%s", "lotId": "%s", "format": "OPEN_REVERSE", "confirmSecondAward": true,
                 "openReverse": {"opensAt": "%s", "closesAt": "%s", "ceilingPrice": "30.00", "reservePrice": "%s",
                  "minStep": "0.05", "softCloseWindowMinutes": 1, "extensionMinutes": 1, "maxExtensions": 1}}"""
                .formatted(REVERSE, LOT, now.minusSeconds(1), now.plusSeconds(40), REVERSE_RESERVE), 201);
        system.officerPost("/api/v1/auctions/" + REVERSE + "/start", "application/json", "", 200);
        List<Retailer> r = List.copyOf(RETAILERS.keySet());
        JsonNode before = r.get(0).view(REVERSE).get("current");
        assertThat(Instant.parse(before.get("closesAt").asString())).isEqualTo(initialClose);
        assertThat(before.get("extensions").asInt()).isZero();

        BidReceipt first = r.get(0).reverseBid(REVERSE, "29.00");
        Instant extended = Instant.parse(first.getReceivedAt()).plus(Duration.ofMinutes(1));
        assertClosing(r.get(1), extended);
        r.get(1).reverseBid(REVERSE, "28.50");
        r.get(2).reverseBid(REVERSE, "28.90");
        r.get(5).reverseBid(REVERSE, "28.70");
        ApiException tooSmall = catchThrowableOfType(ApiException.class, () -> r.get(1).reverseBid(REVERSE, "28.48"));
        assertThat(tooSmall.getCode()).isEqualTo(422);
        assertThat(tooSmall.getResponseBody()).contains("\"code\":\"STEP_TOO_SMALL\"");
        assertClosing(r.get(2), extended);

        Awaitility.await("the first closing time to pass").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200)).until(() -> Instant.now().isAfter(initialClose.plusSeconds(1)));
        assertThat(r.get(3).reverseBid(REVERSE, "27.80").getStatus()).as("accepted after the first close")
                .isEqualTo("ACCEPTED");
        r.get(4).reverseBid(REVERSE, "28.00");
        assertClosing(r.get(3), extended);
        assertThat(r.get(3).view(REVERSE).get("me").get("rank").asInt()).isEqualTo(1);

        awaitEnded(r.get(0), extended.plusSeconds(20));
        JsonNode live = system.officerGet("/api/v1/auctions/" + REVERSE);
        assertThat(live.get("outcome").asString()).isEqualTo("AWARDED");
        assertThat(live.get("finalPrice").asString()).isEqualTo("27.80");
        assertThat(live.get("extensions").asInt()).isEqualTo(1);
        assertThat(Instant.parse(live.get("closesAt").asString())).isEqualTo(extended);
        assertThat(AuctionChecks.liveAwards(live)).containsExactly(Map.entry(r.get(3).id(), 1));

        expectConflict(r.get(3), REVERSE);
        system.officerPost("/api/v1/auctions/" + REVERSE + "/approve", "application/json", "", 200);
        JsonNode award = r.get(3).award(REVERSE);
        assertThat(award.get("tranches").asInt()).isEqualTo(1);
        assertThat(award.get("price").asString()).isEqualTo("27.80");
        assertThat(r.get(0).award(REVERSE).get("tranches").asInt()).isZero();
        assertThat(r.get(3).events(REVERSE)).contains("ClosingMoved").contains("soft-close extension");
        for (Retailer each : r) {
            AuctionChecks.disclosesNothingOfOthers(each, REVERSE, REVERSE_RESERVE, r);
        }

        JsonNode replay = system.replay("reverse-scenario",
                system.analystGetText("/api/v1/auctions/" + REVERSE + "/scenario"));
        assertThat(replay.get("rejectedBids")).hasSize(1);
        AuctionChecks.replayMatchesLive(live, system.officerGet("/api/v1/auctions/" + REVERSE + "/report"), replay);
    }

    /** The gateway's view for {@code retailer} shows the close moved once, to {@code closesAt}. */
    @Test
    @Order(3)
    void theGatewayServesEverySeriesThatTheAlertsAndDashboardUse() throws Exception {
        String exposed = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        system.gateway().resolve("/actuator/prometheus"))
                        .header("Authorization", "Bearer " + LiveSystem.METRICS_TOKEN).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        List<String> names = java.nio.file.Files.readAllLines(java.nio.file.Path.of(
                        "../../ops/metric-names.txt")).stream()
                .map(String::strip).filter(n -> n.startsWith("tomoni_gateway_") || n.startsWith("http_server_")
                        || n.startsWith("jvm_memory") || n.startsWith("process_")).toList();
        assertThat(names).hasSizeGreaterThan(10);
        assertThat(names).allSatisfy(name -> assertThat(exposed).as("the gateway serves " + name)
                .containsPattern("(?m)^" + java.util.regex.Pattern.quote(name) + "[{ ]"));
        assertThat(exposed).containsPattern("(?m)^tomoni_gateway_bid_latency_seconds_count\\{[^}]*outcome=\"accepted\"[^}]*} [1-9]")
                .containsPattern("(?m)^tomoni_gateway_rate_limited_total\\{[^}]*kind=\"bid\"")
                .contains("application=\"tomoni-bidder-gateway\"");
    }

    private static void assertClosing(Retailer retailer, Instant closesAt) throws ApiException {
        JsonNode current = retailer.view(REVERSE).get("current");
        assertThat(Instant.parse(current.get("closesAt").asString())).isEqualTo(closesAt);
        assertThat(current.get("extensions").asInt()).isEqualTo(1);
    }

    private static void awaitEnded(Retailer retailer, Instant deadline) {
        Awaitility.await(REVERSE + " to end by " + deadline).atMost(Duration.between(Instant.now(), deadline))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> "ENDED".equals(retailer.view(REVERSE).get("state").asString()));
    }

    /** Before the officer approves, the award is 409 CONFLICT through the gateway. */
    private static void expectConflict(Retailer retailer, String auctionId) {
        ApiException early = catchThrowableOfType(ApiException.class, () -> retailer.award(auctionId));
        assertThat(early).isNotNull();
        assertThat(early.getCode()).isEqualTo(409);
        assertThat(early.getResponseBody()).contains("\"code\":\"CONFLICT\"");
    }
}
