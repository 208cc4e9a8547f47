package jp.tomoni.gateway;

import io.swagger.v3.oas.annotations.media.Schema;

/** The shapes of bids and receipts, for the OpenAPI document only (reading is done by {@link BidParser}). */
final class BidSchemas {

    private static final String PRICE = "^[0-9]{1,15}(\\.[0-9]{1,2})?$";

    private BidSchemas() {
    }

    /** A CLOCK bid. */
    @Schema(name = "ClockBid", description = "a bid in a CLOCK auction")
    record ClockBid(
            @Schema(description = "the open round", minimum = "1", requiredMode = Schema.RequiredMode.REQUIRED) int round,
            @Schema(description = "tranches offered", minimum = "0", requiredMode = Schema.RequiredMode.REQUIRED) int quantity,
            @Schema(description = "yen/kWh for the tranches dropped", pattern = PRICE, example = "24.37") String exitPrice) {
    }

    /** An OPEN_REVERSE bid. */
    @Schema(name = "ReverseBid", description = "a bid in an OPEN_REVERSE auction")
    record ReverseBid(
            @Schema(description = "yen/kWh for the whole lot, above 0", pattern = PRICE, example = "24.37",
                    requiredMode = Schema.RequiredMode.REQUIRED) String price) {
    }

    /** The answer to an accepted bid. */
    @Schema(name = "BidReceipt", description = "an accepted bid, durable in the engine's journal")
    record Receipt(String auctionId, long seq, String receivedAt, String status, Integer round, Integer quantity,
                   String exitPrice, String price) {
    }
}
