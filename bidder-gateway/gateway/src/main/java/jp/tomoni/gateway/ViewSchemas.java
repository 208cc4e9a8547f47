package jp.tomoni.gateway;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * The shapes of what the gateway relays from the engine, for the OpenAPI document only: the engine builds
 * these answers (one retailer's projection of an auction) and the gateway passes them through unchanged.
 */
final class ViewSchemas {

    private ViewSchemas() {
    }

    @Schema(name = "AuctionView", description = "an auction as the calling retailer may see it: never the reserve,"
            + " another bidder's bids, quantities or identity; the seed only as its SHA-256 until the end")
    record AuctionView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String auctionId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"CLOCK", "OPEN_REVERSE"}) String format,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"CREATED", "SCHEDULED", "RUNNING", "PAUSED", "ENDED", "APPROVED", "CANCELLED"})
            String state,
            @Schema(description = "the lot in summary: kWh, tranche size, facilities by municipality and voltage class")
            Map<String, Object> lot,
            @Schema(description = "the published parameters; the reserve is shown as \"confidential\"")
            Map<String, Object> parameters,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String seedSha256,
            @Schema(description = "the tie-break seed, once the auction has ended") String seed,
            @Schema(description = "CLOCK: round, price, roundOpensAt, roundClosesAt, lastSupplyBand, nextPrice,"
                    + " nextRoundOpensAt; OPEN_REVERSE: opensAt, closesAt, extensions, lowestPrice")
            Map<String, Object> current,
            @Schema(description = "the caller: retailerId, qualified, eligibility, lastQuantity or lastPrice and rank,"
                    + " status") Map<String, Object> me,
            @Schema(description = "once ended: status, price (when awarded) and myTranches") Map<String, Object> result,
            long lastSeq) {
    }

    @Schema(name = "OwnBid", description = "one of the caller's bids with its status")
    record OwnBid(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long seq,
                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String receivedAt,
                  Integer round, Integer quantity, String exitPrice, String price,
                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"ACCEPTED", "REJECTED"})
                  String status,
                  @Schema(description = "the rule's rejection code") String code) {
    }

    @Schema(name = "Award", description = "the caller's own award, once an officer approved it")
    record Award(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String auctionId,
                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status,
                 String price, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int tranches, Long annualKwh,
                 Long annualCostYen, List<String> facilities) {
    }

    @Schema(name = "Problem", description = "RFC 9457 problem details with a stable code and the field at fault")
    record Problem(String type, String title, int status, String detail, String instance,
                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String code, String field) {
    }
}
