package jp.tomoni.web;

import java.util.List;
import java.util.TreeMap;
import jp.tomoni.core.clock.ClockResult.TrancheAward;
import jp.tomoni.engine.AuctionState;
import jp.tomoni.engine.EngineEvent;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.engine.LoggedEvent;
import jp.tomoni.engine.Retailer;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What one retailer may see of one auction, folded from the auction's immutable log (the rules' "What each
 * party sees"). While it runs: the round, its price and times, the band of aggregate supply (never the
 * supply itself), its own bids and their status; in OPEN_REVERSE the lowest price, its own rank and the
 * closing time. Never another bidder's bids, quantities or identity, never the reserve, and the seed only as
 * its hash until the end. At the end: the clearing or winning price (when there is an award) and its own award.
 */
public final class BidderProjection {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final LiveAuction auction;
    private final String retailerId;
    private final List<LoggedEvent> log;

    private BidderProjection(LiveAuction auction, String retailerId) {
        this.auction = auction;
        this.retailerId = retailerId;
        this.log = auction.log().from(0);
    }

    /** The projection of {@code auction} for {@code retailerId}, as of now. */
    public static BidderProjection of(LiveAuction auction, String retailerId) {
        return new BidderProjection(auction, retailerId);
    }

    /** The auction as this retailer may see it now. */
    public ObjectNode view() {
        ObjectNode view = NODES.objectNode();
        view.put("auctionId", auction.id()).put("format", auction.format());
        Fold fold = fold();
        view.put("state", fold.state.name());
        view.set("lot", BidderLot.summary(auction));
        view.set("parameters", BidderLot.parameters(auction));
        view.put("seedSha256", auction.seed().publishedHash());
        if (fold.state == AuctionState.ENDED || fold.state == AuctionState.APPROVED || fold.state == AuctionState.CANCELLED) {
            view.put("seed", auction.seed().hex());
        }
        view.set("current", fold.current);
        view.set("me", me(fold));
        if (fold.ended != null) {
            view.set("result", result(fold.ended));
        }
        view.put("lastSeq", log.isEmpty() ? 0 : log.get(log.size() - 1).seq());
        return view;
    }

    private ObjectNode me(Fold fold) {
        Retailer retailer = auction.roster().get(retailerId);
        ObjectNode me = NODES.objectNode().put("retailerId", retailerId);
        boolean invited = auction.isInvited(retailerId);
        me.put("qualified", invited);
        if ("CLOCK".equals(auction.format())) {
            me.put("eligibility", retailer == null ? 0 : retailer.eligibility());
            Integer last = fold.myQuantity.isEmpty() ? null : fold.myQuantity.lastEntry().getValue();
            if (last != null) {
                me.put("lastQuantity", last);
            }
        } else if (fold.myPrice != null) {
            me.put("lastPrice", fold.myPrice);
            me.put("rank", fold.standing.rankOf(retailerId));
        }
        me.put("status", BidderStanding.status(invited, fold.ended, retailerId, fold.myQuantity, fold.openRound,
                auction.format()));
        return me;
    }

    private ObjectNode result(EngineEvent.AuctionEnded ended) {
        ObjectNode result = NODES.objectNode().put("status", ended.status().name());
        if (ended.status().hasAward()) {
            result.put("price", ended.price().toString());
        }
        result.put("myTranches", ended.awards().stream().filter(a -> a.bidder().equals(retailerId))
                .mapToInt(TrancheAward::tranches).sum());
        return result;
    }

    /** This retailer's own bids, each with its sequence number, time and status. */
    public List<ObjectNode> bids() {
        return log.stream().map(this::ownBid).filter(n -> n != null).toList();
    }

    private ObjectNode ownBid(LoggedEvent logged) {
        EngineEvent e = logged.event();
        ObjectNode bid = NODES.objectNode().put("seq", logged.seq()).put("receivedAt", logged.at().toString());
        if (e instanceof EngineEvent.ClockBidAccepted a && a.retailerId().equals(retailerId)) {
            bid.put("round", a.round()).put("quantity", a.quantity()).put("status", "ACCEPTED");
            if (a.exitPrice() != null) {
                bid.put("exitPrice", a.exitPrice().toString());
            }
            return bid;
        } else if (e instanceof EngineEvent.ReverseBidAccepted a && a.retailerId().equals(retailerId)) {
            return bid.put("price", a.price().toString()).put("status", "ACCEPTED");
        } else if (e instanceof EngineEvent.BidRejected r && retailerId.equals(r.retailerId())) {
            return bid.put("round", r.round()).put("status", "REJECTED").put("code", r.code().name());
        }
        return null;
    }

    /** This retailer's award, once an officer approved it; {@code null} before. */
    public ObjectNode approvedAward() {
        Fold fold = fold();
        if (fold.state != AuctionState.APPROVED || fold.ended == null) {
            return null;
        }
        return BidderLot.award(auction, fold.ended, retailerId);
    }

    private Fold fold() {
        Fold fold = new Fold();
        fold.current = NODES.objectNode();
        if (auction instanceof jp.tomoni.engine.LiveReverseAuction reverse) {
            fold.current.put("opensAt", reverse.parameters().opensAt().toString())
                    .put("closesAt", reverse.parameters().closesAt().toString()).put("extensions", 0);
        }
        for (LoggedEvent logged : log) {
            fold.apply(logged.event(), retailerId);
        }
        return fold;
    }

    /** The state folded from the log for one retailer. */
    static final class Fold {
        AuctionState state = AuctionState.CREATED;
        ObjectNode current;
        EngineEvent.AuctionEnded ended;
        Integer openRound;
        String myPrice;
        final TreeMap<Integer, Integer> myQuantity = new TreeMap<>();
        final BidderStanding standing = new BidderStanding();

        void apply(EngineEvent e, String me) {
            standing.apply(e);
            if (e instanceof EngineEvent.AuctionStateChanged c) {
                state = c.state();
            } else if (e instanceof EngineEvent.AuctionEnded end) {
                state = AuctionState.ENDED;
                ended = end;
                openRound = null;
            } else if (e instanceof EngineEvent.RoundOpened o) {
                openRound = o.round();
                current.put("round", o.round()).put("price", o.price().toString())
                        .put("roundOpensAt", o.opensAt().toString()).put("roundClosesAt", o.closesAt().toString());
                current.remove(List.of("nextPrice", "nextRoundOpensAt"));
            } else if (e instanceof EngineEvent.RoundRescheduled r) {
                current.put("roundClosesAt", r.closesAt().toString());
            } else if (e instanceof EngineEvent.NextRoundRescheduled r) {
                current.put("nextRoundOpensAt", r.opensAt().toString());
            } else if (e instanceof EngineEvent.RoundClosed c) {
                openRound = null;
                current.remove("roundClosesAt");
                current.put("lastSupplyBand", c.band().label());
                if (c.nextPrice() != null) {
                    current.put("nextPrice", c.nextPrice().toString()).put("nextRoundOpensAt", c.nextOpensAt().toString());
                }
            } else if (e instanceof EngineEvent.ClockBidAccepted a && a.retailerId().equals(me)) {
                myQuantity.put(a.round(), a.quantity());
            } else if (e instanceof EngineEvent.ReverseBidAccepted a) {
                if (a.retailerId().equals(me)) {
                    myPrice = a.price().toString();
                }
                current.put("lowestPrice", standing.lowestPrice());
            } else if (e instanceof EngineEvent.ClosingMoved m) {
                current.put("closesAt", m.closesAt().toString()).put("extensions", m.extensions());
            }
        }
    }
}
