package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.tomoni.core.AuctionStatus;
import jp.tomoni.core.RejectionCode;
import jp.tomoni.core.clock.ClockResult.TrancheAward;
import jp.tomoni.engine.AuctionState;
import jp.tomoni.engine.EngineEvent;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.engine.LoggedEvent;
import jp.tomoni.replay.ReplayOutcome;
import jp.tomoni.replay.ScenarioReader;
import jp.tomoni.replay.ScenarioReplay;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Whole auctions run live over HTTP with short rounds: they open, take bids through the gateway intake,
 * close their rounds on time, are awarded, approved and exported, and the export replays to the same award.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveAuctionTest extends LiveEngineTestBase {

    @BeforeAll
    void registerTheDemoLotAndRetailers() throws IOException {
        String csv;
        try (InputStream in = getClass().getResourceAsStream("/demo/facilities-23-wards.csv")) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        boolean imported = runtime.queries().facilities().stream()
                .anyMatch(f -> f.id().equals("F-13101-HQ"));
        if (!imported) {
            officer().post().uri("/api/v1/facilities").header("Content-Type", "text/csv").bodyValue(csv).exchange()
                    .expectStatus().isCreated().expectBody().jsonPath("$.imported").isEqualTo(213);
        }
        officerPost("/api/v1/lots", "{\"lotId\": \"WARDS-23\", \"name\": \"All 23 wards\"}", 201);
        for (String id : List.of("R1", "R2", "R3", "R4")) {
            qualify(id, 6);
        }
    }

    private LiveAuction auction(String id) {
        return runtime.queries().auction(id);
    }

    private boolean roundOpen(String id, int round) {
        List<LoggedEvent> log = auction(id).log().from(0);
        return log.stream().anyMatch(e -> e.event() instanceof EngineEvent.RoundOpened o && o.round() == round);
    }

    private String clockBid(String retailer, int round, int quantity, String exitPrice) {
        return "{\"retailerId\": \"%s\", \"round\": %d, \"quantity\": %d%s}".formatted(retailer, round, quantity,
                exitPrice == null ? "" : ", \"exitPrice\": \"" + exitPrice + "\"");
    }

    @Test
    void aClockAuctionRunsLiveToAnApprovedAwardThatItsExportReplaysExactly() throws Exception {
        officerPost("/api/v1/auctions", """
                {"auctionId": "LIVE-CLOCK", "lotId": "WARDS-23", "format": "CLOCK",
                 "clock": {"tranches": 10, "startPrice": "30.00", "reservePrice": "29.00", "loadCap": 6},
                 "schedule": {"roundSeconds": 2, "recessSeconds": 0}}""", 201);
        officerPost("/api/v1/auctions/LIVE-CLOCK/start", "", 200);
        String[][][] plan = {
                {{"R1", "6", null}, {"R2", "6", null}, {"R3", "5", null}, {"R4", "3", null}},
                {{"R1", "6", null}, {"R2", "5", "29.00"}, {"R3", "5", null}},
                {{"R1", "4", "27.50"}, {"R2", "3", "27.30"}, {"R3", "2", "28.00"}}};
        for (int round = 1; round <= plan.length; round++) {
            int r = round;
            await(10, () -> roundOpen("LIVE-CLOCK", r));
            for (String[] bid : plan[round - 1]) {
                Map<String, Object> receipt = gatewayBid("LIVE-CLOCK", clockBid(bid[0], round, Integer.parseInt(bid[1]), bid[2]));
                assertThat(receipt).containsEntry("status", "ACCEPTED").containsKey("seq").containsKey("receivedAt");
            }
        }
        await(10, () -> auction("LIVE-CLOCK").state() == AuctionState.ENDED);
        EngineEvent.AuctionEnded ended = ended("LIVE-CLOCK");
        assertThat(ended.status()).isEqualTo(AuctionStatus.AWARDED);
        assertThat(ended.price().toString()).isEqualTo("27.30");
        assertThat(ended.awards()).containsExactly(new TrancheAward("R1", 4), new TrancheAward("R2", 4),
                new TrancheAward("R3", 2));
        officerPost("/api/v1/auctions/LIVE-CLOCK/approve", "", 200);
        assertThat(auction("LIVE-CLOCK").state()).isEqualTo(AuctionState.APPROVED);
        assertExportReplaysTo("LIVE-CLOCK", ended);
    }

    @Test
    void aBidForARoundThatHasClosedIsRejectedAndNotCounted() throws Exception {
        officerPost("/api/v1/auctions", """
                {"auctionId": "LATE", "lotId": "WARDS-23", "confirmSecondAward": true, "format": "CLOCK",
                 "clock": {"tranches": 4, "startPrice": "30.00"},
                 "schedule": {"roundSeconds": 1, "recessSeconds": 0}, "bidders": ["R1", "R2"]}""", 201);
        officerPost("/api/v1/auctions/LATE/start", "", 200);
        gatewayBid("LATE", clockBid("R1", 1, 3, null));
        gatewayBid("LATE", clockBid("R2", 1, 3, null));
        await(10, () -> roundOpen("LATE", 2));
        Map<String, Object> late = gatewayBid("LATE", clockBid("R1", 1, 1, null));
        assertThat(late).containsEntry("status", "REJECTED").containsEntry("code", RejectionCode.ROUND_CLOSED.name());
        EngineEvent.RoundClosed first = auction("LATE").log().from(0).stream().map(LoggedEvent::event)
                .filter(EngineEvent.RoundClosed.class::isInstance).map(EngineEvent.RoundClosed.class::cast)
                .findFirst().orElseThrow();
        assertThat(first.supply()).isEqualTo(6);
        officerPost("/api/v1/auctions/LATE/cancel", "{\"reason\": \"test over\"}", 200);
    }

    @Test
    void anOpenReverseAuctionRunsLiveToItsClose() throws Exception {
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(9)).withNano(0);
        officerPost("/api/v1/auctions", """
                {"auctionId": "LIVE-REVERSE", "lotId": "WARDS-23", "confirmSecondAward": true, "format": "OPEN_REVERSE",
                 "openReverse": {"opensAt": "%s", "closesAt": "%s", "ceilingPrice": "30.00", "reservePrice": "28.00",
                                 "minStep": "0.05", "softCloseWindowMinutes": 0, "extensionMinutes": 0}}"""
                .formatted(now.minusMinutes(1), now.plusSeconds(4)), 201);
        officerPost("/api/v1/auctions/LIVE-REVERSE/start", "", 200);
        assertThat(gatewayBid("LIVE-REVERSE", "{\"retailerId\": \"R1\", \"price\": \"29.00\"}"))
                .containsEntry("status", "ACCEPTED");
        assertThat(gatewayBid("LIVE-REVERSE", "{\"retailerId\": \"R2\", \"price\": \"30.50\"}"))
                .containsEntry("code", "ABOVE_CEILING");
        assertThat(gatewayBid("LIVE-REVERSE", "{\"retailerId\": \"R2\", \"price\": \"27.95\"}"))
                .containsEntry("status", "ACCEPTED");
        assertThat(gatewayBid("LIVE-REVERSE", "{\"retailerId\": \"R1\", \"price\": \"28.98\"}"))
                .containsEntry("code", "STEP_TOO_SMALL");
        await(15, () -> auction("LIVE-REVERSE").state() == AuctionState.ENDED);
        EngineEvent.AuctionEnded ended = ended("LIVE-REVERSE");
        assertThat(ended.status()).isEqualTo(AuctionStatus.AWARDED);
        assertThat(ended.price().toString()).isEqualTo("27.95");
        assertThat(ended.awards()).containsExactly(new TrancheAward("R2", 1));
        assertExportReplaysTo("LIVE-REVERSE", ended);
    }

    private EngineEvent.AuctionEnded ended(String id) {
        return auction(id).log().from(0).stream().map(LoggedEvent::event)
                .filter(EngineEvent.AuctionEnded.class::isInstance).map(EngineEvent.AuctionEnded.class::cast)
                .findFirst().orElseThrow();
    }

    private void assertExportReplaysTo(String id, EngineEvent.AuctionEnded live) {
        String scenario = analyst().get().uri("/api/v1/auctions/{id}/scenario", id).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        ReplayOutcome replayed = ScenarioReplay.run(ScenarioReader.read(scenario));
        assertThat(replayed.status()).isEqualTo(live.status());
        assertThat(replayed.price()).isEqualTo(live.price());
        assertThat(replayed.report().allocation().winners()).extracting(w -> new TrancheAward(w.share().bidder(),
                w.share().tranches())).containsExactlyElementsOf(live.awards());
    }
}
