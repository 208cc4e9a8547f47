package jp.tomoni.gateway.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The caller's own award, once an officer approved it, as the REST API writes it. */
@Schema(name = "Award", description = "the caller's own award, once an officer approved it")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Award(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String auctionId,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status,
                    String price, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int tranches, Long annualKwh,
                    Long annualCostYen, List<String> facilities) {
}
