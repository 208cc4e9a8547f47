package jp.tomoni.replay;

import java.time.ZoneOffset;
import java.util.List;
import jp.tomoni.core.clock.ClockCommand;
import jp.tomoni.core.clock.ClockParameters;
import jp.tomoni.core.draw.TieBreakSeed;
import jp.tomoni.core.lot.Lot;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.core.reverse.OpenReverseParameters;
import jp.tomoni.core.reverse.ReverseCommand;

/**
 * Everything needed to compute one auction's result: the lot, the parameters, the bidders, the seed and every
 * bid in the order it was received. Exactly one of {@code clock} and {@code openReverse} is set.
 *
 * @param auctionId   the auction's id
 * @param lot         the lot
 * @param clock       CLOCK parameters, or {@code null}
 * @param openReverse OPEN_REVERSE parameters, or {@code null}
 * @param offset      the offset the OPEN_REVERSE times were written with, for writing them back
 * @param seed        the tie-break seed
 * @param bidders     the roster, in file order
 * @param rounds      CLOCK: the bids received during each round, in order
 * @param bids        OPEN_REVERSE: the bids, in order
 */
public record Scenario(String auctionId, Lot lot, ClockParameters clock, OpenReverseParameters openReverse,
                       ZoneOffset offset, TieBreakSeed seed, List<Bidder> bidders,
                       List<List<ClockCommand.Bid>> rounds, List<ReverseCommand.Bid> bids) {

    /** The auction's format. */
    public String format() {
        return clock != null ? "CLOCK" : "OPEN_REVERSE";
    }

    /**
     * One bidder on the roster.
     *
     * @param id          its id
     * @param eligibility CLOCK eligibility in tranches (0 for OPEN_REVERSE)
     * @param qualified   whether it may bid
     * @param planFactor  the emission factor of the plan it offers
     */
    public record Bidder(String id, int eligibility, boolean qualified, ReportedFactor planFactor) {
    }
}
