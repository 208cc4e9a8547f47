package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.tomoni.engine.AuctionState;
import org.junit.jupiter.api.Test;

/**
 * A failed or cancelled auction is re-auctioned once (then its re-auction is the one to re-auction; a second
 * attempt is 409 naming the first), and a new auction on a lot whose award is already approved needs an explicit
 * confirmation and is then created with a warning.
 */
class ReauctionTest extends LiveEngineTestBase {

    private static final String CLOCK = """
            {"auctionId": "%s", "lotId": "%s", "format": "CLOCK", "bidders": ["%s"],
             "clock": {"tranches": 4, "startPrice": "30.00"}, "schedule": {"roundSeconds": 1, "recessSeconds": 0}}""";

    private static String clock(String auctionId, String lotId, String bidder) {
        return CLOCK.formatted(auctionId, lotId, bidder);
    }

    @Test
    void aFailedAuctionIsReauctionedOnceAndThenItsReauction() {
        lotOfOneFacility("REAUCTION-LOT", "F-REAUCTION-1", "11100");
        qualify("REAUCTION-R1", 4);
        officerPost("/api/v1/auctions", clock("REAUCTION-FIRST", "REAUCTION-LOT", "REAUCTION-R1"), 201);
        officerPost("/api/v1/auctions/REAUCTION-FIRST/cancel", "{\"reason\": \"wrong lot size\"}", 200);
        officerPost("/api/v1/auctions/REAUCTION-FIRST/reauction", clock("REAUCTION-SECOND", "REAUCTION-LOT", "REAUCTION-R1"),
                201);
        Map<String, Object> refused = officerPost("/api/v1/auctions/REAUCTION-FIRST/reauction",
                clock("REAUCTION-THIRD", "REAUCTION-LOT", "REAUCTION-R1"), 409);
        assertThat(refused).containsEntry("code", "ALREADY_REAUCTIONED").containsEntry("field", "auctionId")
                .containsEntry("reauctionId", "REAUCTION-SECOND");
        assertThat((String) refused.get("detail")).contains("already re-auctioned as REAUCTION-SECOND");
        assertThat(runtime.queries().auction("REAUCTION-THIRD")).isNull();
        officerPost("/api/v1/auctions/REAUCTION-SECOND/cancel", "{\"reason\": \"again\"}", 200);
        officerPost("/api/v1/auctions/REAUCTION-SECOND/reauction", clock("REAUCTION-THIRD", "REAUCTION-LOT", "REAUCTION-R1"),
                201);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewAuctionOnALotWithAnApprovedAwardNeedsAConfirmationAndComesWithAWarning() {
        lotOfOneFacility("APPROVED-LOT", "F-APPROVED-1", "11100");
        qualify("APPROVED-R1", 4);
        Map<String, Object> first = officerPost("/api/v1/auctions", clock("APPROVED-FIRST", "APPROVED-LOT", "APPROVED-R1"),
                201);
        assertThat(first).doesNotContainKey("warnings");
        officerPost("/api/v1/auctions/APPROVED-FIRST/start", "", 200);
        gatewayBid("APPROVED-FIRST", "{\"retailerId\": \"APPROVED-R1\", \"round\": 1, \"quantity\": 4}");
        await(10, () -> runtime.queries().auction("APPROVED-FIRST").state() == AuctionState.ENDED);
        officerPost("/api/v1/auctions/APPROVED-FIRST/approve", "", 200);
        Map<String, Object> unconfirmed = officerPost("/api/v1/auctions",
                clock("APPROVED-SECOND", "APPROVED-LOT", "APPROVED-R1"), 409);
        assertThat(unconfirmed).containsEntry("code", "LOT_ALREADY_AWARDED").containsEntry("field", "confirmSecondAward")
                .containsEntry("approvedAuctionId", "APPROVED-FIRST");
        assertThat(runtime.queries().auction("APPROVED-SECOND")).isNull();
        assertThat(officerPost("/api/v1/auctions", clock("APPROVED-FIRST", "APPROVED-LOT", "APPROVED-R1"), 409))
                .as("an id that exists is a duplicate before it is a second award").containsEntry("code", "DUPLICATE_ID");
        String confirmed = clock("APPROVED-SECOND", "APPROVED-LOT", "APPROVED-R1").replace("\"format\"",
                "\"confirmSecondAward\": true, \"format\"");
        Map<String, Object> second = officerPost("/api/v1/auctions", confirmed, 201);
        assertThat((List<String>) second.get("warnings")).singleElement().asString()
                .contains("APPROVED-LOT already has an approved award, in auction APPROVED-FIRST");
    }
}
