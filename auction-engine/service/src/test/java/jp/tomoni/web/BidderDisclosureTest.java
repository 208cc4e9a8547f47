package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.tomoni.engine.AuctionState;
import jp.tomoni.engine.EngineEvent;
import jp.tomoni.engine.LoggedEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What the gateway may serve a retailer, attacked: a retailer never sees another's bids, quantities,
 * identity or award, nor the reserve, nor the seed before the end; and idempotent bids answer the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BidderDisclosureTest extends LiveEngineTestBase {

    @BeforeAll
    void anAuctionWithTwoBiddersInRoundTwo() throws Exception {
        officer().post().uri("/api/v1/facilities").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                [{"wardCode": "11100", "id": "F-SAITAMA-HQ", "name": "Saitama city hall", "type": "OFFICE",
                  "voltageClass": "HIGH", "contractKw": 900, "annualKwh": 3800000, "currentPrice": "28.00",
                  "baselineFactor": {"value": "0.433", "kind": "adjusted", "fiscalYear": 2022}}]""")
                .exchange().expectStatus().isCreated();
        officerPost("/api/v1/lots", "{\"lotId\": \"SAITAMA\", \"wards\": [\"11100\"]}", 201);
        qualify("SECRET-ONE", 6);
        qualify("SECRET-TWO", 6);
        qualify("OUTSIDER", 6);
        officerPost("/api/v1/auctions", """
                {"auctionId": "DISCLOSE", "lotId": "SAITAMA", "format": "CLOCK", "bidders": ["SECRET-ONE", "SECRET-TWO"],
                 "clock": {"tranches": 4, "startPrice": "30.00", "reservePrice": "29.37"},
                 "schedule": {"roundSeconds": 2, "recessSeconds": 0}}""", 201);
        officerPost("/api/v1/auctions/DISCLOSE/start", "", 200);
        gatewayBid("DISCLOSE", "{\"retailerId\": \"SECRET-ONE\", \"round\": 1, \"quantity\": 3}");
        gatewayBid("DISCLOSE", "{\"retailerId\": \"SECRET-TWO\", \"round\": 1, \"quantity\": 4}");
        await(10, () -> runtime.queries().auction("DISCLOSE").log().from(0).stream()
                .anyMatch(e -> e.event() instanceof EngineEvent.RoundOpened o && o.round() == 2));
    }

    private WebTestClient gateway() {
        return bearer(GATEWAY_KEY);
    }

    private String get(String path) {
        return gateway().get().uri(path).exchange().expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();
    }

    @Test
    void theViewShowsTheBandButNeitherSupplyNorReserveNorTheOtherBidder() {
        String view = get("/internal/v1/auctions/DISCLOSE/view?retailerId=SECRET-ONE");
        assertThat(view).contains("\"lastSupplyBand\":\"(1.5,2]\"").contains("\"lastQuantity\":3")
                .contains("\"seedSha256\"").contains("\"reserve\":\"confidential\"");
        assertThat(view).doesNotContain("SECRET-TWO").doesNotContain("29.37").doesNotContain("\"supply\"")
                .doesNotContain(runtime.queries().auction("DISCLOSE").seed().hex()).doesNotContain("\"lastQuantity\":4");
    }

    @Test
    void theOwnBidsAndEventsHoldNothingOfAnotherBidder() {
        String bids = get("/internal/v1/auctions/DISCLOSE/bids?retailerId=SECRET-ONE");
        assertThat(bids).contains("\"quantity\":3").doesNotContain("SECRET-TWO").doesNotContain("\"quantity\":4");
        String events = gateway().get().uri("/internal/v1/auctions/DISCLOSE/events?retailerId=SECRET-ONE")
                .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseBody().take(6).collectList().block().toString();
        assertThat(events).contains("RoundOpened").contains("supplyBand").contains("\"quantity\":3")
                .doesNotContain("SECRET-TWO").doesNotContain("\"supply\"").doesNotContain("\"quantity\":4");
    }

    @Test
    void aRetailerNotInvitedSeesNoSuchAuction() {
        gateway().get().uri("/internal/v1/auctions/DISCLOSE/view?retailerId=OUTSIDER").exchange()
                .expectStatus().isNotFound();
        assertThat(get("/internal/v1/retailers/OUTSIDER/auctions")).doesNotContain("DISCLOSE");
        assertThat(get("/internal/v1/retailers/SECRET-ONE/auctions")).contains("DISCLOSE");
    }

    @Test
    void theSameIdempotencyKeyAndRequestGetsTheSameReceiptAndAnotherRequestIsRefused() {
        String bid = "{\"retailerId\": \"SECRET-ONE\", \"round\": 2, \"quantity\": 2, \"idempotencyKey\": \"k-1\", "
                + "\"requestHash\": \"h-1\"}";
        Map<String, Object> first = gatewayBid("DISCLOSE", bid);
        Map<String, Object> again = gatewayBid("DISCLOSE", bid);
        assertThat(again.get("seq")).isEqualTo(first.get("seq"));
        assertThat(again).containsEntry("repeated", true).containsEntry("status", first.get("status"));
        gateway().post().uri("/internal/v1/auctions/DISCLOSE/bids").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(bid.replace("\"quantity\": 2", "\"quantity\": 1").replace("h-1", "h-2")).exchange()
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("IDEMPOTENCY_KEY_REUSED");
        long accepted = runtime.queries().auction("DISCLOSE").log().from(0).stream().map(LoggedEvent::event)
                .filter(e -> e instanceof EngineEvent.ClockBidAccepted a && a.round() == 2).count();
        assertThat(accepted).isEqualTo(1);

        String withoutHash = "{\"retailerId\": \"SECRET-ONE\", \"round\": 2, \"quantity\": 2, \"idempotencyKey\": \"k-2\"}";
        Map<String, Object> unhashed = gatewayBid("DISCLOSE", withoutHash);
        assertThat(gatewayBid("DISCLOSE", withoutHash)).containsEntry("repeated", true)
                .containsEntry("seq", unhashed.get("seq"));
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void theAwardIsShownOnlyAfterApprovalAndOnlyTheRetailersOwn() throws Exception {
        gateway().get().uri("/internal/v1/auctions/DISCLOSE/award?retailerId=SECRET-ONE").exchange()
                .expectStatus().isEqualTo(409);
        gatewayBid("DISCLOSE", "{\"retailerId\": \"SECRET-TWO\", \"round\": 2, \"quantity\": 2}");
        await(15, () -> runtime.queries().auction("DISCLOSE").state() == AuctionState.ENDED);
        String ended = get("/internal/v1/auctions/DISCLOSE/view?retailerId=SECRET-ONE");
        assertThat(ended).contains(runtime.queries().auction("DISCLOSE").seed().hex()).doesNotContain("29.37")
                .doesNotContain("SECRET-TWO");
        officerPost("/api/v1/auctions/DISCLOSE/approve", "", 200);
        String award = get("/internal/v1/auctions/DISCLOSE/award?retailerId=SECRET-ONE");
        assertThat(award).contains("\"tranches\":2").doesNotContain("SECRET-TWO");
    }
}
