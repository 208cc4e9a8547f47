package jp.tomoni.core.award;

import jp.tomoni.core.unit.Carbon;
import jp.tomoni.core.unit.Kwh;
import jp.tomoni.core.unit.Yen;

/**
 * The money and carbon figures of a facility or of a group of facilities. A group's figures are sums of its
 * facilities' figures: costs of rounded facility costs, carbon of exact grams.
 *
 * @param facilities         how many facilities
 * @param annualKwh          their annual energy
 * @param annualCost         awarded annual cost: each facility's kWh × price, rounded once per facility
 * @param saving             current cost minus awarded cost, over facilities whose current price is known
 * @param withoutCurrentPrice how many facilities had no current price and so no saving
 * @param co2Reduction       exact reduction: kWh × (baseline factor − plan factor)
 */
public record Figures(int facilities, Kwh annualKwh, Yen annualCost, Yen saving, int withoutCurrentPrice,
                      Carbon co2Reduction) {

    /** Nothing yet. */
    public static final Figures NONE = new Figures(0, Kwh.ZERO, Yen.ZERO, Yen.ZERO, 0, Carbon.ZERO);

    /** The sum of two groups. */
    public Figures plus(Figures other) {
        return new Figures(facilities + other.facilities, annualKwh.plus(other.annualKwh),
                annualCost.plus(other.annualCost), saving.plus(other.saving),
                withoutCurrentPrice + other.withoutCurrentPrice, co2Reduction.plus(other.co2Reduction));
    }
}
