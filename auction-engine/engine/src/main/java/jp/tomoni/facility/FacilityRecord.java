package jp.tomoni.facility;

import java.util.Objects;
import jp.tomoni.core.lot.Facility;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.core.unit.Kwh;
import jp.tomoni.core.unit.Price;

/**
 * A facility as an officer imports it: one row of the import template.
 *
 * @param wardCode     the owner's municipal code, e.g. {@code 13101}; any municipality may take part
 * @param id           the facility's unique id
 * @param name         a readable name
 * @param type         the kind of facility
 * @param voltageClass the supply voltage class, consistent with {@code contractKw}
 * @param contractKw   the contract demand in kW
 * @param annualKwh    the annual electricity use
 * @param currentPrice the current unit price, or {@code null} when unknown
 * @param baseline     the current supplier's emission factor with its kind and fiscal year
 * @param nameJa       the name in Japanese, shown in Japanese reports and pages, or {@code null} when none was
 *                     given (the name is shown instead)
 */
public record FacilityRecord(String wardCode, String id, String name, FacilityType type, VoltageClass voltageClass,
                             long contractKw, Kwh annualKwh, Price currentPrice, ReportedFactor baseline,
                             String nameJa) {

    /** A facility without a Japanese name. */
    public FacilityRecord(String wardCode, String id, String name, FacilityType type, VoltageClass voltageClass,
                          long contractKw, Kwh annualKwh, Price currentPrice, ReportedFactor baseline) {
        this(wardCode, id, name, type, voltageClass, contractKw, annualKwh, currentPrice, baseline, null);
    }

    public FacilityRecord {
        Objects.requireNonNull(wardCode, "wardCode");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(voltageClass, "voltageClass");
        Objects.requireNonNull(annualKwh, "annualKwh");
        Objects.requireNonNull(baseline, "baseline");
    }

    /** The name to show in {@code language} ({@code "ja"} or {@code "en"}): the Japanese one where there is one. */
    public String name(String language) {
        return "ja".equals(language) && nameJa != null ? nameJa : name;
    }

    /** The facility as the auction rules see it. */
    public Facility toFacility() {
        return new Facility(id, wardCode, annualKwh, currentPrice, baseline);
    }
}
