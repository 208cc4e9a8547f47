package jp.tomoni.core.lot;

import java.util.Objects;
import java.util.Optional;
import jp.tomoni.core.unit.Kwh;
import jp.tomoni.core.unit.Price;

/**
 * One supply point of a municipality, as far as the auction needs it.
 *
 * @param id           the facility's unique id
 * @param ward         the municipal code of its owner, e.g. {@code 13101}; any municipality may take part
 * @param annualKwh    its annual electricity use
 * @param currentPrice its current unit price, or {@code null} when unknown (then no saving is computed)
 * @param baseline     its current supplier's emission factor, with kind and fiscal year
 */
public record Facility(String id, String ward, Kwh annualKwh, Price currentPrice, ReportedFactor baseline) {

    public Facility {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ward, "ward");
        Objects.requireNonNull(annualKwh, "annualKwh");
        Objects.requireNonNull(baseline, "baseline");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a facility id cannot be blank");
        }
    }

    /** The current unit price, when known. */
    public Optional<Price> knownCurrentPrice() {
        return Optional.ofNullable(currentPrice);
    }
}
