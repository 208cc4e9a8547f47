package jp.tomoni.core.clock;

import java.util.List;
import jp.tomoni.core.AuctionStatus;
import jp.tomoni.core.draw.DrawRecord;
import jp.tomoni.core.unit.Price;

/**
 * How a CLOCK auction ended.
 *
 * @param status        the outcome
 * @param clearingPrice the uniform price paid to every winner; also set on {@code FAILED_RESERVE}
 *                      (the price that was above the reserve); {@code null} otherwise
 * @param finalRound    the last round held
 * @param awards        tranches won per bidder, by bidder id; empty without an award
 * @param draws         the draws that decided the result
 */
public record ClockResult(AuctionStatus status, Price clearingPrice, int finalRound, List<TrancheAward> awards,
                          List<DrawRecord> draws) {

    public ClockResult {
        awards = List.copyOf(awards);
        draws = List.copyOf(draws);
    }

    /** Tranches won by one bidder. */
    public record TrancheAward(String bidder, int tranches) {
    }

    /** The total tranches awarded. */
    public int awardedTranches() {
        return awards.stream().mapToInt(TrancheAward::tranches).sum();
    }
}
