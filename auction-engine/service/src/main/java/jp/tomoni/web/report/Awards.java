package jp.tomoni.web.report;

import java.security.Principal;
import jp.tomoni.core.award.AwardReport;
import jp.tomoni.engine.AuctionState;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.web.ApiException;
import jp.tomoni.web.AwardAssembler;
import jp.tomoni.web.Scopes;
import org.springframework.http.HttpStatus;

/**
 * How the report pages and the contract sheets find what they show: an unknown auction is 404 {@code NOT_FOUND};
 * an auction without an award (not ended yet, or ended without one: failed reserve, undersubscribed, no bids; or
 * cancelled) is 409 {@code NO_AWARD}, whose detail says which.
 */
final class Awards {

    private Awards() {
    }

    /** The auction with this id. @throws ApiException 404 when there is none, or it is outside who's scope */
    static LiveAuction auction(Scopes scopes, Principal who, String id) {
        return scopes.readableAuction(who, id);
    }

    /** The auction's award report. @throws ApiException 409 when it has no award */
    static AwardReport award(LiveAuction auction) {
        AwardReport report = AwardAssembler.report(auction);
        if (report == null) {
            throw new ApiException(HttpStatus.CONFLICT, "NO_AWARD", null, "auction " + auction.id() + " has no award"
                    + (auction.outcome() != null ? ": it ended " + auction.outcome()
                    : auction.state() == AuctionState.CANCELLED ? ": it was cancelled"
                    : " yet: it is " + auction.state()));
        }
        return report;
    }
}
