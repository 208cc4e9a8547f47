package jp.tomoni.web;

import jp.tomoni.engine.EngineEvent;
import jp.tomoni.engine.LoggedEvent;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders the auction's events for one retailer's stream, or hides them: rounds with price and supply band
 * (never the supply), its own bids' receipts and rejections, OPEN_REVERSE standings as the lowest price and
 * its own rank, closing-time changes, state changes, and the end with its own award.
 */
final class BidderEvents {

    private BidderEvents() {
    }

    /**
     * The event for {@code me}, or {@code null} when {@code me} must not see it. Another bidder's OPEN_REVERSE
     * bid shows only as a new lowest price or rank, and only when one of them changed ({@code standingChanged}),
     * so that nobody learns how often or when the others bid.
     */
    static ObjectNode render(LoggedEvent logged, String me, BidderStanding standing, boolean standingChanged) {
        EngineEvent e = logged.event();
        ObjectNode n = BidderProjection.NODES.objectNode().put("seq", logged.seq()).put("at", logged.at().toString());
        if (e instanceof EngineEvent.RoundOpened o) {
            return n.put("type", "RoundOpened").put("round", o.round()).put("price", o.price().toString())
                    .put("opensAt", o.opensAt().toString()).put("closesAt", o.closesAt().toString());
        } else if (e instanceof EngineEvent.RoundClosed c) {
            n.put("type", "RoundClosed").put("round", c.round()).put("price", c.price().toString())
                    .put("supplyBand", c.band().label());
            if (c.nextPrice() != null) {
                n.put("nextPrice", c.nextPrice().toString()).put("nextOpensAt", c.nextOpensAt().toString());
            }
            return n;
        } else if (e instanceof EngineEvent.RoundRescheduled r) {
            return n.put("type", "RoundRescheduled").put("round", r.round()).put("closesAt", r.closesAt().toString())
                    .put("reason", r.reason());
        } else if (e instanceof EngineEvent.NextRoundRescheduled r) {
            return n.put("type", "NextRoundRescheduled").put("round", r.round()).put("opensAt", r.opensAt().toString())
                    .put("reason", r.reason());
        } else if (e instanceof EngineEvent.ClockBidAccepted a) {
            if (!a.retailerId().equals(me)) {
                return null;
            }
            n.put("type", "BidAccepted").put("round", a.round()).put("quantity", a.quantity());
            return a.exitPrice() == null ? n : n.put("exitPrice", a.exitPrice().toString());
        } else if (e instanceof EngineEvent.ReverseBidAccepted a) {
            if (!a.retailerId().equals(me) && !standingChanged) {
                return null;
            }
            n.put("type", a.retailerId().equals(me) ? "BidAccepted" : "Standing");
            if (a.retailerId().equals(me)) {
                n.put("price", a.price().toString());
            }
            return n.put("lowestPrice", standing.lowestPrice()).put("rank", standing.rankOf(me));
        } else if (e instanceof EngineEvent.BidRejected r) {
            return me.equals(r.retailerId()) ? n.put("type", "BidRejected").put("round", r.round())
                    .put("code", r.code().name()) : null;
        } else if (e instanceof EngineEvent.ClosingMoved m) {
            return n.put("type", "ClosingMoved").put("closesAt", m.closesAt().toString())
                    .put("extensions", m.extensions()).put("reason", m.reason());
        } else if (e instanceof EngineEvent.AuctionStateChanged c) {
            return n.put("type", "AuctionStateChanged").put("state", c.state().name());
        } else if (e instanceof EngineEvent.AuctionEnded end) {
            n.put("type", "AuctionEnded").put("status", end.status().name());
            if (end.status().hasAward()) {
                n.put("price", end.price().toString());
            }
            return n.put("myTranches", end.awards().stream().filter(a -> a.bidder().equals(me))
                    .mapToInt(a -> a.tranches()).sum());
        }
        return null;
    }
}
