package jp.tomoni.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.tomoni.core.lot.ReportedFactor;

/**
 * A registered retailer's application to a procurement group: registration number, plans and posted
 * security, and the group's answer. Only a retailer whose application a group approved is invited to the
 * group's auctions, with this application's security, its last day and its first plan's factor.
 *
 * @param retailerId         the retailer
 * @param groupId            the group
 * @param registrationNumber the registration number it applied with
 * @param plans              its plans, the first the one its awards are computed with
 * @param securityYen        the security it posted, whole yen
 * @param securityExpiresOn  the security's last day (in Japan)
 * @param status             where the application stands
 * @param reason             why it was refused, else {@code null}
 * @param filedAt            when it was filed
 * @param decidedAt          when it was decided, else {@code null}
 * @param decidedBy          who decided it, else {@code null}
 */
public record GroupApplication(String retailerId, String groupId, String registrationNumber, List<Plan> plans,
                               long securityYen, LocalDate securityExpiresOn, Status status, String reason,
                               Instant filedAt, Instant decidedAt, String decidedBy) {

    public GroupApplication {
        plans = List.copyOf(plans);
    }

    /** Where an application stands. */
    public enum Status {
        /** Filed, not yet decided. */
        PENDING,
        /** Approved: the retailer is qualified in the group. */
        APPROVED,
        /** Refused, with a reason; the retailer may apply again. */
        REFUSED
    }

    /**
     * One of the retailer's electricity plans.
     *
     * @param name   its name
     * @param factor its emission factor, with kind and fiscal year
     */
    public record Plan(String name, ReportedFactor factor) {
    }

    /** This application decided. */
    GroupApplication decided(boolean approved, String why, Instant at, String by) {
        return new GroupApplication(retailerId, groupId, registrationNumber, plans, securityYen, securityExpiresOn,
                approved ? Status.APPROVED : Status.REFUSED, approved ? null : why, filedAt, at, by);
    }

    /** The retailer as the group's auctions see it: this security, its last day and the first plan's factor. */
    Retailer qualify(Retailer registered) {
        return new Retailer(registered.retailerId(), registered.name(), registered.registrationNumber(),
                plans.get(0).factor(), securityYen, registered.eligibility(), registered.apiKeyHash(),
                securityExpiresOn);
    }
}
