package jp.tomoni.web;

import java.util.ArrayList;
import java.util.List;
import jp.tomoni.core.award.AwardReport;
import jp.tomoni.core.award.WinnerShare;
import jp.tomoni.core.clock.ClockResult.TrancheAward;
import jp.tomoni.engine.EngineEvent.AuctionEnded;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.engine.LiveClockAuction;
import jp.tomoni.engine.LoggedEvent;
import jp.tomoni.engine.Retailer;

/**
 * The money and carbon report of an ended auction's award, computed exactly as a replay of its scenario
 * computes it: from the {@code AuctionEnded} event in the auction's log (status, price and tranches per
 * winner), the lot as it was when the auction was created, {@code T} (the CLOCK tranches; 1 for
 * OPEN_REVERSE, whose winner takes the whole lot) and each winner's menu factor as its plan factor.
 *
 * <p>Reads only the log and immutable parts of the auction, so it is safe on any thread. The report names
 * every winner and is for officers and analysts; a bidder may be shown only its own award.
 */
public final class AwardAssembler {

    private AwardAssembler() {
    }

    /** The award report, or {@code null} when the auction has not ended or ended without an award. */
    public static AwardReport report(LiveAuction auction) {
        AuctionEnded ended = ended(auction);
        if (ended == null || !ended.status().hasAward()) {
            return null;
        }
        int tranches = auction instanceof LiveClockAuction clock ? clock.core().parameters().tranches() : 1;
        List<WinnerShare> shares = new ArrayList<>();
        for (TrancheAward award : ended.awards()) {
            Retailer retailer = auction.roster().get(award.bidder());
            if (retailer == null) {
                throw new IllegalStateException("winner " + award.bidder() + " of auction " + auction.id()
                        + " is not on its roster");
            }
            shares.add(new WinnerShare(award.bidder(), award.tranches(), retailer.menuFactor()));
        }
        return AwardReport.of(auction.lot().toLot(), tranches, ended.price(), shares);
    }

    /** The auction's {@code AuctionEnded} event, or {@code null} while it has not ended. */
    static AuctionEnded ended(LiveAuction auction) {
        List<LoggedEvent> log = auction.log().from(0);
        for (int i = log.size() - 1; i >= 0; i--) {
            if (log.get(i).event() instanceof AuctionEnded ended) {
                return ended;
            }
        }
        return null;
    }
}
