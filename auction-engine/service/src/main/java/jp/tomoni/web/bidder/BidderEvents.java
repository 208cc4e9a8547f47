package jp.tomoni.web.bidder;

import jp.tomoni.contract.v1.AuctionEnded;
import jp.tomoni.contract.v1.AuctionStateChanged;
import jp.tomoni.contract.v1.BidAccepted;
import jp.tomoni.contract.v1.BidRejected;
import jp.tomoni.contract.v1.BidderEvent;
import jp.tomoni.contract.v1.ClosingMoved;
import jp.tomoni.contract.v1.NextRoundRescheduled;
import jp.tomoni.contract.v1.RoundClosed;
import jp.tomoni.contract.v1.RoundOpened;
import jp.tomoni.contract.v1.RoundRescheduled;
import jp.tomoni.contract.v1.Standing;
import jp.tomoni.engine.EngineEvent;
import jp.tomoni.engine.LoggedEvent;

/**
 * The auction's events as one retailer may see them, or hidden: rounds with price and supply band (never the
 * supply), its own bids' receipts and rejections, OPEN_REVERSE standings as the lowest price and its own rank,
 * closing-time changes, state changes, and the end with its own award.
 */
final class BidderEvents {

    private BidderEvents() {
    }

    /**
     * The event for {@code me}, or {@code null} when {@code me} must not see it. Another bidder's OPEN_REVERSE
     * bid shows only as a new lowest price or rank, and only when one of them changed ({@code standingChanged}),
     * so that nobody learns how often or when the others bid. {@code standing} is already folded up to and
     * including this event.
     */
    static BidderEvent render(LoggedEvent logged, String me, BidderStanding standing, boolean standingChanged) {
        BidderEvent.Builder n = BidderEvent.newBuilder().setSeq(logged.seq()).setIndex(logged.index())
                .setAt(Wire.time(logged.at()));
        EngineEvent e = logged.event();
        if (e instanceof EngineEvent.RoundOpened o) {
            return n.setRoundOpened(RoundOpened.newBuilder().setRound(o.round()).setPrice(o.price().hundredths())
                    .setOpensAt(Wire.time(o.opensAt())).setClosesAt(Wire.time(o.closesAt()))).build();
        } else if (e instanceof EngineEvent.RoundClosed c) {
            RoundClosed.Builder closed = RoundClosed.newBuilder().setRound(c.round()).setPrice(c.price().hundredths())
                    .setSupplyBand(c.band().label());
            if (c.nextPrice() != null) {
                closed.setNextPrice(c.nextPrice().hundredths()).setNextOpensAt(Wire.time(c.nextOpensAt()));
            }
            return n.setRoundClosed(closed).build();
        } else if (e instanceof EngineEvent.RoundRescheduled r) {
            return n.setRoundRescheduled(RoundRescheduled.newBuilder().setRound(r.round())
                    .setClosesAt(Wire.time(r.closesAt())).setReason(r.reason())).build();
        } else if (e instanceof EngineEvent.NextRoundRescheduled r) {
            return n.setNextRoundRescheduled(NextRoundRescheduled.newBuilder().setRound(r.round())
                    .setOpensAt(Wire.time(r.opensAt())).setReason(r.reason())).build();
        } else if (e instanceof EngineEvent.ClockBidAccepted a) {
            if (!a.retailerId().equals(me)) {
                return null;
            }
            BidAccepted.Builder accepted = BidAccepted.newBuilder().setRound(a.round()).setQuantity(a.quantity());
            if (a.exitPrice() != null) {
                accepted.setExitPrice(a.exitPrice().hundredths());
            }
            return n.setBidAccepted(accepted).build();
        } else if (e instanceof EngineEvent.ReverseBidAccepted a) {
            return reverseBid(n, a, me, standing, standingChanged);
        } else if (e instanceof EngineEvent.BidRejected r) {
            return me.equals(r.retailerId()) ? n.setBidRejected(BidRejected.newBuilder().setRound(r.round())
                    .setCode(r.code().name())).build() : null;
        } else if (e instanceof EngineEvent.ClosingMoved m) {
            return n.setClosingMoved(ClosingMoved.newBuilder().setClosesAt(Wire.time(m.closesAt()))
                    .setExtensions(m.extensions()).setReason(m.reason())).build();
        } else if (e instanceof EngineEvent.AuctionStateChanged c) {
            return n.setAuctionStateChanged(AuctionStateChanged.newBuilder().setState(c.state().name())).build();
        } else if (e instanceof EngineEvent.AuctionEnded end) {
            AuctionEnded.Builder ended = AuctionEnded.newBuilder().setStatus(end.status().name())
                    .setMyTranches(end.awards().stream().filter(a -> a.bidder().equals(me)).mapToInt(a -> a.tranches()).sum());
            if (end.status().hasAward()) {
                ended.setPrice(end.price().hundredths());
            }
            return n.setAuctionEnded(ended).build();
        }
        return null;
    }

    private static BidderEvent reverseBid(BidderEvent.Builder n, EngineEvent.ReverseBidAccepted a, String me,
                                          BidderStanding standing, boolean standingChanged) {
        boolean own = a.retailerId().equals(me);
        if (!own && !standingChanged) {
            return null;
        }
        Long lowest = standing.lowestPrice();
        int rank = standing.rankOf(me);
        if (own) {
            BidAccepted.Builder accepted = BidAccepted.newBuilder().setPrice(a.price().hundredths()).setRank(rank);
            if (lowest != null) {
                accepted.setLowestPrice(lowest);
            }
            return n.setBidAccepted(accepted).build();
        }
        return n.setStanding(Standing.newBuilder().setLowestPrice(lowest).setRank(rank)).build();
    }
}
