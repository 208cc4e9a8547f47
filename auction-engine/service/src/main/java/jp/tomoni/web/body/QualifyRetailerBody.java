package jp.tomoni.web.body;

import static jp.tomoni.web.body.BodyValueException.required;

import java.time.LocalDate;
import java.util.regex.Pattern;
import jp.tomoni.core.lot.FactorKind;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.core.unit.EmissionFactor;
import jp.tomoni.core.clock.ClockParameters;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.Limits;

/**
 * The body that qualifies a retailer: {@code {retailerId, name, registrationNumber, menuFactor{value, kind,
 * fiscalYear}, securityYen, eligibility?, securityExpiresOn?}}, the others required, within {@link Limits}. A
 * retailer's id also starts with a letter or a digit; its registration number under the Electricity Business Act
 * has the form {@code A0001}; a security's last day lies in the years 2000 to 2100.
 *
 * @param retailerId         the retailer's id in Tomoni
 * @param name               its trade name
 * @param registrationNumber its registration number
 * @param menuFactor         the emission factor of the menu it offers
 * @param securityYen        the security it posted, in yen
 * @param eligibility        the most CLOCK tranches it may offer in an auction that asks no security per tranche;
 *                           absent means 0 (an auction that asks one derives eligibility from the security)
 * @param securityExpiresOn  the last day the security is valid, or {@code null} when it does not expire; a bid
 *                           received after that day (in Japan) is {@code NOT_QUALIFIED}
 */
public record QualifyRetailerBody(Identifier retailerId, Text name, String registrationNumber, MenuFactor menuFactor,
                                  Long securityYen, Integer eligibility, LocalDate securityExpiresOn) {

    private static final Pattern REGISTRATION = Pattern.compile("A\\d{4}");

    public QualifyRetailerBody {
        required(retailerId, "retailerId");
        if (!Character.isLetterOrDigit(retailerId.value().charAt(0))) {
            throw new BodyValueException("INVALID_ID", "retailerId",
                    "a retailer id is 1-64 letters, digits, '.', '_' or '-' and starts with a letter or a digit");
        }
        required(name, "name");
        required(registrationNumber, "registrationNumber");
        if (!REGISTRATION.matcher(registrationNumber).matches()) {
            throw new BodyValueException("INVALID_REGISTRATION_NUMBER", "registrationNumber",
                    "a retailer's registration number has the form A0001");
        }
        required(menuFactor, "menuFactor");
        required(securityYen, "securityYen");
        eligibility = eligibility == null ? 0 : eligibility;
        if (securityExpiresOn != null && (securityExpiresOn.getYear() < 2000 || securityExpiresOn.getYear() > 2100)) {
            throw new BodyValueException("OUT_OF_RANGE", "securityExpiresOn",
                    "a security's last day lies in the years 2000 to 2100");
        }
        if (securityYen < 0 || securityYen > Limits.MAX_SECURITY_YEN) {
            throw new BodyValueException("OUT_OF_RANGE", "securityYen",
                    "the security lies between 0 and " + Limits.MAX_SECURITY_YEN + " yen");
        }
        if (eligibility < 0 || eligibility > ClockParameters.MAX_TRANCHES) {
            throw new BodyValueException("OUT_OF_RANGE", "eligibility",
                    "eligibility lies between 0 and " + ClockParameters.MAX_TRANCHES + " tranches");
        }
    }

    /** The engine's command for this body, with the hash of the API key issued for it. */
    public EngineCommand.QualifyRetailer command(String apiKeyHash) {
        return new EngineCommand.QualifyRetailer(retailerId.value(), name.value(), registrationNumber,
                menuFactor.reported(), securityYen, eligibility, apiKeyHash, securityExpiresOn);
    }

    /**
     * An emission factor with its kind and fiscal year, as {@link ReportedFactor} requires them.
     *
     * @param value      kg-CO2/kWh as a decimal string, e.g. {@code "0.433"}
     * @param kind       {@code basic} or {@code adjusted}
     * @param fiscalYear the fiscal year it was published for
     */
    public record MenuFactor(EmissionFactor value, FactorKind kind, Integer fiscalYear) {

        public MenuFactor {
            required(value, "value");
            required(kind, "kind");
            required(fiscalYear, "fiscalYear");
            if (value.gramsPerKwh() > Limits.MAX_FACTOR.gramsPerKwh()) {
                throw new BodyValueException("OUT_OF_RANGE", "value", "an emission factor is at most "
                        + Limits.MAX_FACTOR + " kg-CO2/kWh");
            }
            try {
                new ReportedFactor(value, kind, fiscalYear);
            } catch (IllegalArgumentException e) {
                throw new BodyValueException("INVALID_FIELD", "fiscalYear", e.getMessage());
            }
        }

        /** The factor as the rules keep it. */
        public ReportedFactor reported() {
            return new ReportedFactor(value, kind, fiscalYear);
        }
    }
}
