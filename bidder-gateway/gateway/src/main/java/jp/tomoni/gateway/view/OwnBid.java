package jp.tomoni.gateway.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** One of the caller's bids with its status, as the REST API writes it. */
@Schema(name = "OwnBid", description = "one of the caller's bids with its status")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OwnBid(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long seq,
                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String receivedAt,
                     Integer round, Integer quantity, String exitPrice, String price,
                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"ACCEPTED", "REJECTED"})
                     String status,
                     @Schema(description = "the rule's rejection code") String code,
                     @Schema(description = "a rejected bid that named a round that did not exist when it arrived"
                             + " (0, or a round not yet opened) is listed under the round open then, in round;"
                             + " this is the round it named") Integer namedRound) {
}
