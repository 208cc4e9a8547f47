package jp.tomoni.core.lot;

import java.util.Objects;
import jp.tomoni.core.unit.EmissionFactor;

/**
 * An emission factor together with what it is: its kind and the fiscal year it was published for.
 * Every report names both for each factor it uses.
 *
 * @param value      the factor in g-CO2/kWh
 * @param kind       basic or adjusted
 * @param fiscalYear the Japanese fiscal year the factor belongs to, e.g. 2022
 */
public record ReportedFactor(EmissionFactor value, FactorKind kind, int fiscalYear) {

    public ReportedFactor {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
        if (fiscalYear < 1990 || fiscalYear > 2100) {
            throw new IllegalArgumentException("fiscal year " + fiscalYear + " is out of range");
        }
    }
}
