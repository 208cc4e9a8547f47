package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.tomoni.contract.v1.AuctionRequest;
import jp.tomoni.contract.v1.OwnBid;
import org.junit.jupiter.api.Test;

/**
 * A retailer's own bids list a rejected CLOCK bid under the round it named, and one that named a round that
 * did not exist when it arrived under the round open then, with the round it named beside it.
 */
class OwnBidRoundsTest extends LiveEngineTestBase {

    @Test
    void aBidForARoundNotYetOpenedIsListedUnderTheOpenRoundWithTheRoundItNamed() {
        lotOfOneFacility("ROUNDS-LOT", "F-ROUNDS-1", "13105");
        qualify("ROUNDS-R1", 2);
        officerPost("/api/v1/auctions", """
                {"auctionId": "ROUNDS", "lotId": "ROUNDS-LOT", "format": "CLOCK", "bidders": ["ROUNDS-R1"],
                 "clock": {"tranches": 4, "startPrice": "30.00"}, "schedule": {"roundSeconds": 600}}""", 201);
        officerPost("/api/v1/auctions/ROUNDS/start", "", 200);

        assertThat(gatewayBid("ROUNDS", "{\"retailerId\": \"ROUNDS-R1\", \"round\": 5, \"quantity\": 1}"))
                .containsEntry("code", "WRONG_ROUND");
        assertThat(gatewayBid("ROUNDS", "{\"retailerId\": \"ROUNDS-R1\", \"round\": 1, \"quantity\": 3}"))
                .containsEntry("code", "ABOVE_ELIGIBILITY");

        List<OwnBid> bids = gateway().listOwnBids(AuctionRequest.newBuilder().setAuctionId("ROUNDS")
                .setRetailerId("ROUNDS-R1").build()).getBidsList();
        assertThat(bids).hasSize(2);
        assertThat(bids.get(0).getRound()).as("listed under the round open when it arrived").isEqualTo(1);
        assertThat(bids.get(0).getNamedRound()).as("the round it named").isEqualTo(5);
        assertThat(bids.get(0).getCode()).isEqualTo("WRONG_ROUND");
        assertThat(bids.get(1).getRound()).isEqualTo(1);
        assertThat(bids.get(1).hasNamedRound()).as("it named a round that exists").isFalse();
    }
}
