package jp.tomoni.core.award;

import java.util.Objects;
import jp.tomoni.core.lot.ReportedFactor;

/**
 * What one winner won: its tranches of the lot and the emission factor of the plan it will supply.
 *
 * @param bidder     the winner's id
 * @param tranches   tranches won; an OPEN_REVERSE winner holds the single tranche that is the whole lot
 * @param planFactor the factor of its plan, with kind and fiscal year
 */
public record WinnerShare(String bidder, int tranches, ReportedFactor planFactor) {

    public WinnerShare {
        Objects.requireNonNull(bidder, "bidder");
        Objects.requireNonNull(planFactor, "planFactor");
        if (tranches < 1) {
            throw new IllegalArgumentException("a winner holds at least one tranche");
        }
    }
}
