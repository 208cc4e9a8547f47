package jp.tomoni.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.tomoni.gateway.client.ApiException;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine crashes under a running gateway and comes back: the gateway, never restarted, answers 503 with
 * {@code Retry-After} while the engine is down, reconnects by itself, takes bids again, and a retailer who
 * resumes its stream with {@code Last-Event-ID} gets every later event once: no gap, no duplicate. The round
 * is long, so the recovery's grace does not move its close; the first event after the crash that this
 * retailer may see is its own next bid.
 */
class EngineRestartIT {

    private static final String AUCTION = "RESTART-CLOCK";
    private static LiveSystem system;
    private static Retailer first;
    private static Retailer second;

    @BeforeAll
    static void anAuctionInRoundOne() throws Exception {
        system = LiveSystem.start("engine-restart");
        system.importDemoLot("RESTART-LOT");
        first = system.qualify("RS-R01", 6);
        second = system.qualify("RS-R02", 6);
        system.officerPost("/api/v1/auctions", "application/json", """
                {"auctionId": "%s", "lotId": "RESTART-LOT", "format": "CLOCK", "bidders": ["RS-R01", "RS-R02"],
                 "clock": {"tranches": 4, "startPrice": "30.00"}, "schedule": {"roundSeconds": 600, "recessSeconds": 0}}"""
                .formatted(AUCTION), 201);
        system.officerPost("/api/v1/auctions/" + AUCTION + "/start", "application/json", "", 200);
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void theGatewayRidesOutARestartAndStreamsResumeWithoutAGapOrADuplicate() throws Exception {
        assertThat(first.clockBid(AUCTION, "rs-1", 1, 3, null).getStatusCode()).isEqualTo(201);
        List<Retailer.StreamEvent> before = first.events(AUCTION, null, 3, Duration.ofSeconds(30));
        assertThat(before).extracting(Retailer.StreamEvent::event).contains("RoundOpened", "BidAccepted");
        String lastSeen = before.get(before.size() - 1).id();

        system.killEngine();
        ApiException down = org.assertj.core.api.Assertions.catchThrowableOfType(ApiException.class,
                () -> second.clockBid(AUCTION, "rs-2", 1, 2, null));
        assertThat(down.getCode()).isEqualTo(503);
        assertThat(down.getResponseHeaders().firstValue("Retry-After")).isPresent();
        assertThat(down.getResponseBody()).contains("ENGINE_UNAVAILABLE").doesNotContain("Exception");

        system.restartEngine();
        Awaitility.await("the gateway to reach the restarted engine").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500)).ignoreExceptionsInstanceOf(ApiException.class)
                .until(() -> second.clockBid(AUCTION, "rs-2", 1, 2, null).getStatusCode() == 201);

        assertThat(first.clockBid(AUCTION, "rs-3", 1, 2, null).getStatusCode()).isEqualTo(201);
        List<Retailer.StreamEvent> resumed = first.events(AUCTION, lastSeen, 1, Duration.ofSeconds(30));
        List<Retailer.StreamEvent> whole = first.events(AUCTION, null, before.size() + resumed.size(), Duration.ofSeconds(30));
        List<Retailer.StreamEvent> joined = new ArrayList<>(before);
        joined.addAll(resumed);
        assertThat(resumed).extracting(Retailer.StreamEvent::id).doesNotContainAnyElementsOf(
                before.stream().map(Retailer.StreamEvent::id).toList());
        assertThat(resumed.get(0).event()).as("its own bid after the restart, and nothing of the other retailer's")
                .isEqualTo("BidAccepted");
        assertThat(whole).as("before the crash and after the resume, nothing missing, nothing twice")
                .containsExactlyElementsOf(joined);
    }
}
