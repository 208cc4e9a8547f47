package jp.tomoni.gateway.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import jp.tomoni.contract.v1.GroupApplication;

/**
 * The caller's application to a procurement group, as the REST API writes it.
 *
 * @param groupId           the group
 * @param status            {@code PENDING}, {@code APPROVED} (qualified: invited to the group's auctions) or
 *                          {@code REFUSED} (it may apply again)
 * @param reason            why it was refused
 * @param securityYen       the security it stated, whole yen
 * @param securityExpiresOn the security's last day (ISO date, in Japan)
 * @param plans             its plans, the first the one its awards are computed with
 * @param filedAt           when it was filed (ISO-8601 UTC)
 * @param decidedAt         when it was decided
 */
@Schema(name = "Application", description = "an application to a procurement group and its status")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Application(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String groupId,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                  allowableValues = {"PENDING", "APPROVED", "REFUSED"}) String status,
                          String reason,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long securityYen,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date") String securityExpiresOn,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<PlanView> plans,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String filedAt,
                          String decidedAt) {

    /** A plan: name, emission factor (kg-CO2/kWh), its kind and fiscal year. */
    @Schema(name = "Plan")
    public record PlanView(String name, String factor, String factorKind, int fiscalYear) {
    }

    /** The contract's message in this form. */
    public static Application of(GroupApplication a) {
        return new Application(a.getGroupId(), a.getStatus(), a.getReason().isEmpty() ? null : a.getReason(),
                a.getSecurityYen(), a.getSecurityExpiresOn(), a.getPlansList().stream()
                .map(p -> new PlanView(p.getName(), p.getFactor(), p.getFactorKind(), p.getFiscalYear())).toList(),
                Views.time(a.getFiledAt()), a.hasDecidedAt() ? Views.time(a.getDecidedAt()) : null);
    }
}
