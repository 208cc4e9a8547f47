package jp.tomoni.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import jp.tomoni.contract.v1.ApplyRequest;
import jp.tomoni.contract.v1.Plan;

/**
 * The bounds of a retailer's application to a procurement group, checked the same way on both sides of the
 * contract: by the gateway before it sends one, and by the engine before it journals one.
 * <ul>
 *   <li>{@code groupId}: 1 to 64 letters, digits, {@code .}, {@code _} or {@code -} ({@code INVALID_ID});</li>
 *   <li>{@code registrationNumber}: {@code A} and four digits ({@code INVALID_REGISTRATION_NUMBER});</li>
 *   <li>{@code plans}: 1 to {@value #MAX_PLANS} ({@code OUT_OF_RANGE}), each with a {@code name} of 1 to
 *       {@value #MAX_NAME} characters without control characters ({@code INVALID_TEXT}), a {@code factor} in
 *       kg-CO2/kWh with at most 3 decimals and at most 2.000 ({@code INVALID_FACTOR}), a {@code factorKind} of
 *       {@code basic} or {@code adjusted} ({@code INVALID_FACTOR_KIND}) and a {@code fiscalYear} in 2000 to
 *       2100 ({@code OUT_OF_RANGE});</li>
 *   <li>{@code securityYen}: whole yen, 1 to 10^15 ({@code OUT_OF_RANGE});</li>
 *   <li>{@code securityExpiresOn}: an ISO date ({@code INVALID_DATE}), today or later and in 2000 to 2100
 *       ({@code OUT_OF_RANGE}).</li>
 * </ul>
 */
public final class ApplicationChecks {

    /** The most plans one application may name. */
    public static final int MAX_PLANS = 10;
    /** The longest plan name, in characters. */
    public static final int MAX_NAME = 100;
    /** The most security an application may state: a quadrillion yen. */
    public static final long MAX_SECURITY_YEN = 1_000_000_000_000_000L;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern REGISTRATION = Pattern.compile("A[0-9]{4}");
    private static final Pattern FACTOR = Pattern.compile("[0-9](\\.[0-9]{1,3})?");
    private static final BigDecimal MAX_FACTOR = new BigDecimal("2.000");

    private ApplicationChecks() {
    }

    /**
     * The first bound {@code request} breaks, or {@code null} when it keeps every one.
     *
     * @param today the day in Japan, against which the security's last day is checked
     */
    public static Problem problem(ApplyRequest request, LocalDate today) {
        if (!ID.matcher(request.getGroupId()).matches()) {
            return new Problem("INVALID_ID", "groupId", "a group id is 1 to 64 letters, digits, '.', '_' or '-'");
        } else if (!REGISTRATION.matcher(request.getRegistrationNumber()).matches()) {
            return new Problem("INVALID_REGISTRATION_NUMBER", "registrationNumber",
                    "a registration number is A and four digits, such as A0001");
        } else if (request.getPlansCount() < 1 || request.getPlansCount() > MAX_PLANS) {
            return new Problem("OUT_OF_RANGE", "plans", "an application names 1 to " + MAX_PLANS + " plans");
        }
        for (int i = 0; i < request.getPlansCount(); i++) {
            Problem plan = plan(request.getPlans(i), "plans[" + i + "]");
            if (plan != null) {
                return plan;
            }
        }
        if (request.getSecurityYen() < 1 || request.getSecurityYen() > MAX_SECURITY_YEN) {
            return new Problem("OUT_OF_RANGE", "securityYen", "the security is 1 to " + MAX_SECURITY_YEN + " yen");
        }
        LocalDate expires;
        try {
            expires = LocalDate.parse(request.getSecurityExpiresOn());
        } catch (DateTimeParseException e) {
            return new Problem("INVALID_DATE", "securityExpiresOn", "the last day is an ISO date such as 2028-03-31");
        }
        if (expires.isBefore(today) || expires.getYear() < 2000 || expires.getYear() > 2100) {
            return new Problem("OUT_OF_RANGE", "securityExpiresOn", "the security's last day is today (" + today
                    + ") or later, and in 2000 to 2100");
        }
        return null;
    }

    private static Problem plan(Plan plan, String at) {
        String name = plan.getName();
        int length = name.codePointCount(0, name.length());
        if (name.isBlank() || length > MAX_NAME || name.codePoints().anyMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.SURROGATE)) {
            return new Problem("INVALID_TEXT", at + ".name", "a plan's name is 1 to " + MAX_NAME
                    + " characters without control characters");
        } else if (!FACTOR.matcher(plan.getFactor()).matches()
                || new BigDecimal(plan.getFactor()).compareTo(MAX_FACTOR) > 0) {
            return new Problem("INVALID_FACTOR", at + ".factor",
                    "a factor is kg-CO2/kWh with at most 3 decimals, from 0 to 2.000, such as \"0.433\"");
        } else if (!plan.getFactorKind().equals("basic") && !plan.getFactorKind().equals("adjusted")) {
            return new Problem("INVALID_FACTOR_KIND", at + ".factorKind", "a factor kind is \"basic\" or \"adjusted\"");
        } else if (plan.getFiscalYear() < 2000 || plan.getFiscalYear() > 2100) {
            return new Problem("OUT_OF_RANGE", at + ".fiscalYear", "a fiscal year is 2000 to 2100");
        }
        return null;
    }

    /**
     * A broken bound.
     *
     * @param code   the stable code
     * @param field  the field at fault, as the gateway's JSON names it
     * @param detail the bound in a sentence
     */
    public record Problem(String code, String field, String detail) {
    }
}
