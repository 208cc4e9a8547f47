package jp.tomoni.web.bidder;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import jp.tomoni.contract.v1.Award;
import jp.tomoni.contract.v1.AuctionView;
import jp.tomoni.contract.v1.Current;
import jp.tomoni.contract.v1.Me;
import jp.tomoni.contract.v1.OwnBid;
import jp.tomoni.contract.v1.Result;
import jp.tomoni.core.clock.ClockResult.TrancheAward;
import jp.tomoni.engine.AuctionState;
import jp.tomoni.engine.EngineEvent;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.engine.LiveClockAuction;
import jp.tomoni.engine.LiveReverseAuction;
import jp.tomoni.engine.LoggedEvent;
import jp.tomoni.engine.Retailer;

/**
 * What one retailer may see of one auction, folded from the auction's immutable log (the rules' "What each
 * party sees"). While it runs: the round, its price and times, the band of aggregate supply (never the
 * supply itself), its own bids and their status; in OPEN_REVERSE the lowest price, its own rank and the
 * closing time. Never another bidder's bids, quantities or identity, never the reserve, and the seed only as
 * its hash until the end. At the end: the clearing or winning price (when there is an award) and its own
 * award. The view's last position is that of the last event this retailer's stream shows, so that polling
 * the view tells nothing about when or how often others bid.
 */
public final class BidderProjection {

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
    public AuctionView view() {
        Fold fold = fold();
        AuctionView.Builder view = AuctionView.newBuilder().setAuctionId(auction.id()).setFormat(auction.format())
                .setState(fold.state.name()).setLot(BidderLot.summary(auction))
                .setSeedSha256(auction.seed().publishedHash());
        if (auction.securityPerTrancheYen() != null) {
            view.setSecurityPerTrancheYen(auction.securityPerTrancheYen());
        }
        if (auction.supplyPeriod() != null) {
            view.setSupplyPeriod(jp.tomoni.contract.v1.SupplyPeriod.newBuilder()
                    .setStart(auction.supplyPeriod().start().toString()).setEnd(auction.supplyPeriod().end().toString()));
        }
        if (auction instanceof LiveClockAuction clock) {
            view.setClock(BidderLot.clock(clock));
        } else if (auction instanceof LiveReverseAuction reverse) {
            view.setReverse(BidderLot.reverse(reverse));
        }
        if (fold.state == AuctionState.ENDED || fold.state == AuctionState.APPROVED || fold.state == AuctionState.CANCELLED) {
            view.setSeed(auction.seed().hex());
        }
        view.setCurrent(fold.current).setMe(me(fold)).setLastSeq(fold.lastVisibleSeq);
        if (fold.ended != null) {
            view.setResult(result(fold.ended));
        }
        return view.build();
    }

    private Me me(Fold fold) {
        Retailer retailer = auction.roster().get(retailerId);
        boolean invited = auction.isInvited(retailerId);
        Me.Builder me = Me.newBuilder().setRetailerId(retailerId).setQualified(invited);
        if ("CLOCK".equals(auction.format())) {
            me.setEligibility(retailer == null ? 0 : retailer.eligibility());
            if (!fold.myQuantity.isEmpty()) {
                me.setLastQuantity(fold.myQuantity.lastEntry().getValue());
            }
        } else if (fold.myPrice != null) {
            me.setLastPrice(fold.myPrice).setRank(fold.standing.rankOf(retailerId));
        }
        return me.setStatus(BidderStanding.status(invited, fold.ended, retailerId, fold.myQuantity, fold.openRound,
                auction.format())).build();
    }

    private Result result(EngineEvent.AuctionEnded ended) {
        Result.Builder result = Result.newBuilder().setStatus(ended.status().name());
        if (ended.status().hasAward()) {
            result.setPrice(ended.price().hundredths());
        }
        return result.setMyTranches(ended.awards().stream().filter(a -> a.bidder().equals(retailerId))
                .mapToInt(TrancheAward::tranches).sum()).build();
    }

    /**
     * This retailer's own bids, each with its sequence number, time and status. A rejected CLOCK bid is listed
     * under the round it named; one that named a round that did not exist when it arrived (0, or a round not
     * yet opened) is listed under the round open then, or the last one opened, with the round it named.
     */
    public List<OwnBid> bids() {
        List<OwnBid> bids = new ArrayList<>();
        int opened = 0;
        int open = 0;
        for (LoggedEvent logged : log) {
            EngineEvent e = logged.event();
            if (e instanceof EngineEvent.RoundOpened r) {
                opened = Math.max(opened, r.round());
                open = r.round();
            } else if (e instanceof EngineEvent.RoundClosed) {
                open = 0;
            }
            OwnBid bid = ownBid(logged);
            if (bid != null && e instanceof EngineEvent.BidRejected r && auction instanceof LiveClockAuction
                    && (r.round() < 1 || r.round() > opened)) {
                bid = bid.toBuilder().setRound(open != 0 ? open : opened).setNamedRound(r.round()).build();
            }
            if (bid != null) {
                bids.add(bid);
            }
        }
        return bids;
    }

    private OwnBid ownBid(LoggedEvent logged) {
        EngineEvent e = logged.event();
        OwnBid.Builder bid = OwnBid.newBuilder().setSeq(logged.seq()).setReceivedAt(Wire.time(logged.at()));
        if (e instanceof EngineEvent.ClockBidAccepted a && a.retailerId().equals(retailerId)) {
            bid.setRound(a.round()).setQuantity(a.quantity()).setAccepted(true);
            if (a.exitPrice() != null) {
                bid.setExitPrice(a.exitPrice().hundredths());
            }
            return bid.build();
        } else if (e instanceof EngineEvent.ReverseBidAccepted a && a.retailerId().equals(retailerId)) {
            return bid.setPrice(a.price().hundredths()).setAccepted(true).build();
        } else if (e instanceof EngineEvent.BidRejected r && retailerId.equals(r.retailerId())) {
            return bid.setRound(r.round()).setAccepted(false).setCode(r.code().name()).build();
        }
        return null;
    }

    /** This retailer's award, once an officer approved it; {@code null} before. */
    public Award approvedAward() {
        Fold fold = fold();
        if (fold.state != AuctionState.APPROVED || fold.ended == null) {
            return null;
        }
        return BidderLot.award(auction, fold.ended, retailerId);
    }

    private Fold fold() {
        Fold fold = new Fold(retailerId);
        if (auction instanceof LiveReverseAuction reverse) {
            fold.current.setOpensAt(Wire.time(reverse.parameters().opensAt()))
                    .setClosesAt(Wire.time(reverse.parameters().closesAt())).setExtensions(0);
        }
        for (LoggedEvent logged : log) {
            fold.apply(logged);
        }
        return fold;
    }

    /** The state folded from the log for one retailer. */
    private static final class Fold {
        final String me;
        final Current.Builder current = Current.newBuilder();
        final TreeMap<Integer, Integer> myQuantity = new TreeMap<>();
        final BidderStanding standing = new BidderStanding();
        final BidderStream stream;
        AuctionState state = AuctionState.CREATED;
        EngineEvent.AuctionEnded ended;
        Integer openRound;
        Long myPrice;
        long lastVisibleSeq;

        Fold(String me) {
            this.me = me;
            this.stream = new BidderStream(me);
        }

        void apply(LoggedEvent logged) {
            if (stream.render(logged) != null) {
                lastVisibleSeq = logged.seq();
            }
            EngineEvent e = logged.event();
            standing.apply(e);
            if (e instanceof EngineEvent.AuctionStateChanged c) {
                state = c.state();
            } else if (e instanceof EngineEvent.AuctionEnded end) {
                state = AuctionState.ENDED;
                ended = end;
                openRound = null;
            } else if (e instanceof EngineEvent.RoundOpened o) {
                openRound = o.round();
                current.setRound(o.round()).setPrice(o.price().hundredths()).setRoundOpensAt(Wire.time(o.opensAt()))
                        .setRoundClosesAt(Wire.time(o.closesAt())).clearNextPrice().clearNextRoundOpensAt();
            } else if (e instanceof EngineEvent.RoundRescheduled r) {
                current.setRoundClosesAt(Wire.time(r.closesAt()));
            } else if (e instanceof EngineEvent.NextRoundRescheduled r) {
                current.setNextRoundOpensAt(Wire.time(r.opensAt()));
            } else if (e instanceof EngineEvent.RoundClosed c) {
                openRound = null;
                current.clearRoundClosesAt().setLastSupplyBand(c.band().label());
                if (c.nextPrice() != null) {
                    current.setNextPrice(c.nextPrice().hundredths()).setNextRoundOpensAt(Wire.time(c.nextOpensAt()));
                }
            } else if (e instanceof EngineEvent.ClockBidAccepted a && a.retailerId().equals(me)) {
                myQuantity.put(a.round(), a.quantity());
            } else if (e instanceof EngineEvent.ReverseBidAccepted a) {
                if (a.retailerId().equals(me)) {
                    myPrice = a.price().hundredths();
                }
                current.setLowestPrice(standing.lowestPrice());
            } else if (e instanceof EngineEvent.ClosingMoved m) {
                current.setClosesAt(Wire.time(m.closesAt())).setExtensions(m.extensions());
            }
        }
    }
}
