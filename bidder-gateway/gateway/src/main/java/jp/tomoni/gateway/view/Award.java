package jp.tomoni.gateway.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The caller's own award, once an officer approved it, as the REST API writes it; for a group's award approved in
 * two steps, {@code declinedFacilities} names the facilities whose body declined its part (absent when none did).
 */
@Schema(name = "Award", description = "the caller's own award, once an officer approved it")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Award(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String auctionId,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status,
                    String price, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int tranches, Long annualKwh,
                    Long annualCostYen, List<String> facilities,
                    @Schema(description = "of the facilities, those whose body declined its part of a group's award:"
                            + " no contract is signed for them") List<String> declinedFacilities) {
}
