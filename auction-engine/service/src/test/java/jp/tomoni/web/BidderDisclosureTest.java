package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.tomoni.contract.v1.AuctionRequest;
import jp.tomoni.contract.v1.AuctionView;
import jp.tomoni.contract.v1.Award;
import jp.tomoni.contract.v1.BidderEvent;
import jp.tomoni.contract.v1.OwnBidList;
import jp.tomoni.contract.v1.RetailerRequest;
import jp.tomoni.contract.v1.StreamEventsRequest;
import jp.tomoni.engine.AuctionState;
import jp.tomoni.engine.EngineEvent;
import jp.tomoni.engine.LoggedEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.MediaType;

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

    /** Every whole number anywhere in {@code message}, timestamps aside. */
    private static List<Long> numbersIn(Message message) {
        List<Long> numbers = new ArrayList<>();
        message.getAllFields().forEach((field, value) -> {
            List<?> values = field.isRepeated() ? (List<?>) value : List.of(value);
            for (Object v : values) {
                if (v instanceof Timestamp) {
                    continue;
                } else if (v instanceof Message nested) {
                    numbers.addAll(numbersIn(nested));
                } else if (v instanceof Number n) {
                    numbers.add(n.longValue());
                }
            }
        });
        return numbers;
    }

    private static AuctionRequest of(String auction, String retailer) {
        return AuctionRequest.newBuilder().setAuctionId(auction).setRetailerId(retailer).build();
    }

    @Test
    void theViewShowsTheBandButNeitherSupplyNorReserveNorTheOtherBidder() {
        AuctionView view = gateway().getAuction(of("DISCLOSE", "SECRET-ONE"));
        assertThat(view.getCurrent().getLastSupplyBand()).isEqualTo("(1.5,2]");
        assertThat(view.getMe().getLastQuantity()).isEqualTo(3);
        assertThat(view.getSeedSha256()).isNotEmpty();
        assertThat(view.hasSeed()).isFalse();
        assertThat(numbersIn(view)).as("the reserve, 29.37").doesNotContain(2937L);
        assertThat(view.toString()).doesNotContain("SECRET-TWO").doesNotContain("supply:")
                .doesNotContain(runtime.queries().auction("DISCLOSE").seed().hex()).doesNotContain("last_quantity: 4");
    }

    @Test
    void theViewsLastPositionIsTheLastEventThisRetailerMaySee() {
        AuctionView view = gateway().getAuction(of("DISCLOSE", "SECRET-ONE"));
        long lastOwn = 0;
        var stream = gateway().withDeadlineAfter(5, TimeUnit.SECONDS).streamEvents(StreamEventsRequest.newBuilder()
                .setAuctionId("DISCLOSE").setRetailerId("SECRET-ONE").build());
        for (int i = 0; i < 8 && stream.hasNext(); i++) {
            BidderEvent event = stream.next();
            if (!event.hasHeartbeat()) {
                lastOwn = Math.max(lastOwn, event.getSeq());
            }
            if (event.hasRoundOpened() && event.getRoundOpened().getRound() == 2) {
                break;
            }
        }
        assertThat(view.getLastSeq()).isEqualTo(lastOwn)
                .isLessThan(runtime.queries().auction("DISCLOSE").log().from(0).stream()
                        .mapToLong(LoggedEvent::seq).max().orElseThrow() + 1);
    }

    @Test
    void theOwnBidsAndEventsHoldNothingOfAnotherBidder() {
        OwnBidList bids = gateway().listOwnBids(of("DISCLOSE", "SECRET-ONE"));
        assertThat(bids.getBidsList()).extracting(b -> b.getQuantity()).contains(3).doesNotContain(4);
        assertThat(bids.toString()).doesNotContain("SECRET-TWO");
        var stream = gateway().withDeadlineAfter(5, TimeUnit.SECONDS).streamEvents(StreamEventsRequest.newBuilder()
                .setAuctionId("DISCLOSE").setRetailerId("SECRET-ONE").build());
        List<BidderEvent> events = new ArrayList<>();
        while (events.size() < 6 && stream.hasNext()) {
            events.add(stream.next());
        }
        assertThat(events).anyMatch(BidderEvent::hasRoundOpened).anyMatch(BidderEvent::hasRoundClosed)
                .anyMatch(e -> e.hasBidAccepted() && e.getBidAccepted().getQuantity() == 3)
                .noneMatch(e -> e.hasBidAccepted() && e.getBidAccepted().getQuantity() == 4);
        assertThat(events.toString()).doesNotContain("SECRET-TWO").doesNotContain("supply:");
    }

    @Test
    void aRetailerNotInvitedSeesNoSuchAuction() {
        assertThatThrownBy(() -> gateway().getAuction(of("DISCLOSE", "OUTSIDER")))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
        assertThat(gateway().listAuctions(RetailerRequest.newBuilder().setRetailerId("OUTSIDER").build())
                .getAuctionsList()).noneMatch(a -> a.getAuctionId().equals("DISCLOSE"));
        assertThat(gateway().listAuctions(RetailerRequest.newBuilder().setRetailerId("SECRET-ONE").build())
                .getAuctionsList()).anyMatch(a -> a.getAuctionId().equals("DISCLOSE"));
        assertThat(gatewayBid("DISCLOSE", "{\"retailerId\": \"OUTSIDER\", \"round\": 2, \"quantity\": 1}"))
                .containsEntry("refused", "NOT_FOUND");
    }

    @Test
    void theSameIdempotencyKeyAndRequestGetsTheSameReceiptAndAnotherRequestIsRefused() {
        String bid = "{\"retailerId\": \"SECRET-ONE\", \"round\": 2, \"quantity\": 2, \"idempotencyKey\": \"k-1\", "
                + "\"requestHash\": \"h-1\"}";
        Map<String, Object> first = gatewayBid("DISCLOSE", bid);
        Map<String, Object> again = gatewayBid("DISCLOSE", bid);
        assertThat(again.get("seq")).isEqualTo(first.get("seq"));
        assertThat(again).containsEntry("repeated", true).containsEntry("status", first.get("status"));
        assertThat(gatewayBid("DISCLOSE", bid.replace("\"quantity\": 2", "\"quantity\": 1").replace("h-1", "h-2")))
                .containsEntry("refused", "INVALID").containsEntry("code", "IDEMPOTENCY_KEY_REUSED")
                .containsEntry("field", "Idempotency-Key");
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
        assertThatThrownBy(() -> gateway().getAward(of("DISCLOSE", "SECRET-ONE")))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION));
        gatewayBid("DISCLOSE", "{\"retailerId\": \"SECRET-TWO\", \"round\": 2, \"quantity\": 2}");
        await(15, () -> runtime.queries().auction("DISCLOSE").state() == AuctionState.ENDED);
        AuctionView ended = gateway().getAuction(of("DISCLOSE", "SECRET-ONE"));
        assertThat(ended.getSeed()).isEqualTo(runtime.queries().auction("DISCLOSE").seed().hex());
        assertThat(numbersIn(ended)).as("the reserve, 29.37").doesNotContain(2937L);
        assertThat(ended.toString()).doesNotContain("SECRET-TWO");
        officerPost("/api/v1/auctions/DISCLOSE/approve", "", 200);
        Award award = gateway().getAward(of("DISCLOSE", "SECRET-ONE"));
        assertThat(award.getTranches()).isEqualTo(2);
        assertThat(award.toString()).doesNotContain("SECRET-TWO");
    }
}
