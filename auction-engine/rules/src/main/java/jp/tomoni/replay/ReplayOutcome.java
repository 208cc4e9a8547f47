package jp.tomoni.replay;

import java.time.Instant;
import java.util.List;
import jp.tomoni.core.AuctionStatus;
import jp.tomoni.core.RejectionCode;
import jp.tomoni.core.award.AwardReport;
import jp.tomoni.core.clock.ClockEvent.RoundClosed;
import jp.tomoni.core.draw.DrawRecord;
import jp.tomoni.core.unit.Price;

/**
 * The computed result of a scenario.
 *
 * @param scenario   the scenario replayed
 * @param status     how the auction ended
 * @param price      the clearing (CLOCK) or winning (OPEN_REVERSE) price; on {@code FAILED_RESERVE} the price
 *                   that was above the reserve; otherwise {@code null}
 * @param rounds     CLOCK: every round held
 * @param closesAt   OPEN_REVERSE: the final closing time
 * @param extensions OPEN_REVERSE: how many extensions were made
 * @param rejections every rejected bid, in the order received
 * @param draws      the draws that decided the result
 * @param report     the award's money and carbon, or {@code null} without an award
 */
public record ReplayOutcome(Scenario scenario, AuctionStatus status, Price price, List<RoundClosed> rounds,
                            Instant closesAt, int extensions, List<Rejection> rejections, List<DrawRecord> draws,
                            AwardReport report) {

    /**
     * A rejected bid.
     *
     * @param position CLOCK: the round it arrived in; OPEN_REVERSE: its 0-based place in {@code bids[]}
     * @param bidder   who sent it
     * @param reason   why it was rejected
     */
    public record Rejection(int position, String bidder, RejectionCode reason) {
    }
}
