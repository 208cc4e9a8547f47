package jp.tomoni.gateway.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The caller's own qualification, as the REST API writes it.
 *
 * @param retailerId         its id in Tomoni
 * @param name               its trade name
 * @param registrationNumber its registration under the Electricity Business Act, e.g. {@code A0001}
 * @param securityYen        the security it posted, in whole yen
 * @param securityExpiresOn  the last day the security is valid (ISO date, in Japan); absent when none was stated
 * @param securityValid      {@code false} once that day has passed: every bid is then {@code NOT_QUALIFIED}
 * @param planFactor         the emission factor of the plan it supplies, kg-CO2/kWh
 * @param planFactorKind     {@code basic} or {@code adjusted}
 * @param planFactorFiscalYear the fiscal year of that factor
 * @param applications       its applications to procurement groups, the latest per group
 */
@Schema(name = "Qualification", description = "the caller's own qualification: registration, posted security and"
        + " whether it is valid today, plan factor; an auction's eligibility is the security divided by its"
        + " securityPerTrancheYen")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Qualification(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String retailerId,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String registrationNumber,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long securityYen,
                            @Schema(format = "date") String securityExpiresOn,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean securityValid,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String planFactor,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"basic", "adjusted"})
                            String planFactorKind,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int planFactorFiscalYear,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Application> applications) {

    /** The contract's message in this form. */
    public static Qualification of(jp.tomoni.contract.v1.Qualification q) {
        return new Qualification(q.getRetailerId(), q.getName(), q.getRegistrationNumber(), q.getSecurityYen(),
                q.hasSecurityExpiresOn() ? q.getSecurityExpiresOn() : null, q.getSecurityValid(), q.getPlanFactor(),
                q.getPlanFactorKind(), q.getPlanFactorFiscalYear(),
                q.getApplicationsList().stream().map(Application::of).toList());
    }
}
