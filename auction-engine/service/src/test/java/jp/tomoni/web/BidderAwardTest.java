package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import jp.tomoni.contract.v1.AuctionRequest;
import jp.tomoni.core.AuctionStatus;
import jp.tomoni.engine.AuctionState;
import org.junit.jupiter.api.Test;

/** A retailer asking for the award of an auction that ended without one is told so, not "not approved yet". */
class BidderAwardTest extends LiveEngineTestBase {

    @Test
    void anAuctionThatFailedItsReserveHasNoAwardToAskFor() {
        lotOfOneFacility("AWARD-LOT", "F-AWARD-OME", "13205");
        qualify("AWARD-R1", 4);
        officerPost("/api/v1/auctions", """
                {"auctionId": "AWARD-FAILED", "lotId": "AWARD-LOT", "format": "CLOCK", "bidders": ["AWARD-R1"],
                 "clock": {"tranches": 4, "startPrice": "30.00", "reservePrice": "29.00"},
                 "schedule": {"roundSeconds": 1, "recessSeconds": 0}}""", 201);
        officerPost("/api/v1/auctions/AWARD-FAILED/start", "", 200);
        gatewayBid("AWARD-FAILED", "{\"retailerId\": \"AWARD-R1\", \"round\": 1, \"quantity\": 4}");
        await(10, () -> runtime.queries().auction("AWARD-FAILED").state() == AuctionState.ENDED);
        assertThat(runtime.queries().auction("AWARD-FAILED").outcome()).isEqualTo(AuctionStatus.FAILED_RESERVE);

        assertThatThrownBy(() -> gateway().getAward(AuctionRequest.newBuilder().setAuctionId("AWARD-FAILED")
                .setRetailerId("AWARD-R1").build())).isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
                    assertThat(e.getStatus().getDescription()).contains("FAILED_RESERVE").contains("no award")
                            .doesNotContain("approved");
                });
    }
}
