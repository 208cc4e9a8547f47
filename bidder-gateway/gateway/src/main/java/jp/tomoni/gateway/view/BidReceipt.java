package jp.tomoni.gateway.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to an accepted bid: durable in the engine's journal at {@code seq}, received at
 * {@code receivedAt}, with the bid as it was taken (CLOCK {@code round}, {@code quantity}, {@code exitPrice};
 * OPEN_REVERSE {@code price}).
 */
@Schema(name = "BidReceipt", description = "an accepted bid, durable in the engine's journal")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BidReceipt(String auctionId, long seq, String receivedAt, String status, Integer round, Integer quantity,
                         String exitPrice, String price) {
}
