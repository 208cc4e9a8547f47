package jp.tomoni.gateway.view;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import java.util.List;
import jp.tomoni.contract.v1.BidderEvent;
import jp.tomoni.core.unit.Percentage;
import jp.tomoni.core.unit.Price;

/**
 * The contract's messages as the REST API writes them: prices as decimal strings with two decimals (the
 * rules' own {@link Price#toString}), percentages likewise, times ISO-8601 UTC, absent values left out. The
 * engine decided what the retailer may see; this only changes the form.
 */
public final class Views {

    private static final String CONFIDENTIAL = "confidential";

    private Views() {
    }

    /** One auction as the retailer may see it. */
    public static AuctionView auction(jp.tomoni.contract.v1.AuctionView v) {
        return new AuctionView(v.getAuctionId(), v.getFormat(), v.getState(), lot(v.getLot()),
                v.hasSupplyPeriod() ? new AuctionView.SupplyPeriod(v.getSupplyPeriod().getStart(),
                        v.getSupplyPeriod().getEnd()) : null,
                v.hasSecurityPerTrancheYen() ? v.getSecurityPerTrancheYen() : null, parameters(v),
                v.getSeedSha256(), v.hasSeed() ? v.getSeed() : null, current(v.getCurrent()), me(v.getMe()),
                v.hasResult() ? result(v.getResult()) : null, v.getLastSeq());
    }

    private static AuctionView.Lot lot(jp.tomoni.contract.v1.LotSummary lot) {
        return new AuctionView.Lot(lot.getLotId(), lot.getFacilityCount(), lot.getAnnualKwh(),
                lot.hasTrancheKwh() ? lot.getTrancheKwh() : null,
                lot.getByWardList().stream().map(s -> new AuctionView.WardShare(s.getKey(), s.getFacilities(),
                        s.getAnnualKwh())).toList(),
                lot.getByVoltageClassList().stream().map(s -> new AuctionView.VoltageShare(s.getKey(), s.getFacilities(),
                        s.getAnnualKwh())).toList());
    }

    private static AuctionView.Parameters parameters(jp.tomoni.contract.v1.AuctionView v) {
        if (v.hasClock()) {
            var c = v.getClock();
            return new AuctionView.Parameters(c.getTranches(), price(c.getStartPrice()), price(c.getFloorPrice()),
                    new Percentage(c.getDecrementBasisPointsOfCurrent()).decimal(),
                    new Percentage(c.getDecrementBasisPointsOfStart()).decimal(), c.getLoadCap(), c.getAllowPartialAward(),
                    c.getRoundSeconds(), c.getRecessSeconds(), null, null, null, null, null, null, null, CONFIDENTIAL);
        } else if (v.hasReverse()) {
            var r = v.getReverse();
            return new AuctionView.Parameters(null, null, null, null, null, null, null, null, null,
                    time(r.getOpensAt()), time(r.getClosesAt()), price(r.getCeilingPrice()), price(r.getMinStep()),
                    r.getSoftCloseWindowMinutes(), r.getExtensionMinutes(), r.getMaxExtensions(), CONFIDENTIAL);
        }
        return null;
    }

    private static AuctionView.Current current(jp.tomoni.contract.v1.Current c) {
        return new AuctionView.Current(c.hasRound() ? c.getRound() : null, c.hasPrice() ? price(c.getPrice()) : null,
                c.hasRoundOpensAt() ? time(c.getRoundOpensAt()) : null,
                c.hasRoundClosesAt() ? time(c.getRoundClosesAt()) : null,
                c.hasLastSupplyBand() ? c.getLastSupplyBand() : null, c.hasNextPrice() ? price(c.getNextPrice()) : null,
                c.hasNextRoundOpensAt() ? time(c.getNextRoundOpensAt()) : null,
                c.hasOpensAt() ? time(c.getOpensAt()) : null, c.hasClosesAt() ? time(c.getClosesAt()) : null,
                c.hasExtensions() ? c.getExtensions() : null, c.hasLowestPrice() ? price(c.getLowestPrice()) : null);
    }

    private static AuctionView.Me me(jp.tomoni.contract.v1.Me m) {
        return new AuctionView.Me(m.getRetailerId(), m.getQualified(), m.hasEligibility() ? m.getEligibility() : null,
                m.hasLastQuantity() ? m.getLastQuantity() : null, m.hasLastPrice() ? price(m.getLastPrice()) : null,
                m.hasRank() ? m.getRank() : null, m.getStatus());
    }

    private static AuctionView.Result result(jp.tomoni.contract.v1.Result r) {
        return new AuctionView.Result(r.getStatus(), r.hasPrice() ? price(r.getPrice()) : null, r.getMyTranches());
    }

    /** The caller's own bids. */
    public static List<OwnBid> bids(jp.tomoni.contract.v1.OwnBidList list) {
        return list.getBidsList().stream().map(b -> new OwnBid(b.getSeq(), time(b.getReceivedAt()),
                b.hasRound() ? b.getRound() : null, b.hasQuantity() ? b.getQuantity() : null,
                b.hasExitPrice() ? price(b.getExitPrice()) : null, b.hasPrice() ? price(b.getPrice()) : null,
                b.getAccepted() ? "ACCEPTED" : "REJECTED", b.getAccepted() ? null : b.getCode(),
                b.hasNamedRound() ? b.getNamedRound() : null)).toList();
    }

    /** The caller's own award. */
    public static Award award(jp.tomoni.contract.v1.Award a) {
        return new Award(a.getAuctionId(), a.getStatus(), a.hasPrice() ? price(a.getPrice()) : null, a.getTranches(),
                a.hasAnnualKwh() ? a.getAnnualKwh() : null, a.hasAnnualCostYen() ? a.getAnnualCostYen() : null,
                a.getFacilitiesCount() == 0 ? null : List.copyOf(a.getFacilitiesList()),
                a.getDeclinedFacilitiesCount() == 0 ? null : List.copyOf(a.getDeclinedFacilitiesList()));
    }

    /** One event of the retailer's stream, or {@code null} for a heartbeat. */
    public static RetailerEvent event(BidderEvent e) {
        long seq = e.getSeq();
        String at = time(e.getAt());
        return switch (e.getKindCase()) {
            case ROUND_OPENED -> {
                var o = e.getRoundOpened();
                yield new RetailerEvent.RoundOpened(seq, at, "RoundOpened", o.getRound(), price(o.getPrice()),
                        time(o.getOpensAt()), time(o.getClosesAt()));
            }
            case ROUND_CLOSED -> {
                var c = e.getRoundClosed();
                yield new RetailerEvent.RoundClosed(seq, at, "RoundClosed", c.getRound(), price(c.getPrice()),
                        c.getSupplyBand(), c.hasNextPrice() ? price(c.getNextPrice()) : null,
                        c.hasNextOpensAt() ? time(c.getNextOpensAt()) : null);
            }
            case ROUND_RESCHEDULED -> {
                var r = e.getRoundRescheduled();
                yield new RetailerEvent.RoundRescheduled(seq, at, "RoundRescheduled", r.getRound(),
                        time(r.getClosesAt()), r.getReason());
            }
            case NEXT_ROUND_RESCHEDULED -> {
                var r = e.getNextRoundRescheduled();
                yield new RetailerEvent.NextRoundRescheduled(seq, at, "NextRoundRescheduled", r.getRound(),
                        time(r.getOpensAt()), r.getReason());
            }
            case BID_ACCEPTED -> {
                var a = e.getBidAccepted();
                yield new RetailerEvent.BidAccepted(seq, at, "BidAccepted", a.hasRound() ? a.getRound() : null,
                        a.hasQuantity() ? a.getQuantity() : null, a.hasExitPrice() ? price(a.getExitPrice()) : null,
                        a.hasPrice() ? price(a.getPrice()) : null, a.hasLowestPrice() ? price(a.getLowestPrice()) : null,
                        a.hasRank() ? a.getRank() : null);
            }
            case STANDING -> new RetailerEvent.Standing(seq, at, "Standing", price(e.getStanding().getLowestPrice()),
                    e.getStanding().getRank());
            case BID_REJECTED -> new RetailerEvent.BidRejected(seq, at, "BidRejected", e.getBidRejected().getRound(),
                    e.getBidRejected().getCode());
            case CLOSING_MOVED -> {
                var m = e.getClosingMoved();
                yield new RetailerEvent.ClosingMoved(seq, at, "ClosingMoved", time(m.getClosesAt()), m.getExtensions(),
                        m.getReason());
            }
            case AUCTION_STATE_CHANGED -> new RetailerEvent.AuctionStateChanged(seq, at, "AuctionStateChanged",
                    e.getAuctionStateChanged().getState());
            case AUCTION_ENDED -> {
                var end = e.getAuctionEnded();
                yield new RetailerEvent.AuctionEnded(seq, at, "AuctionEnded", end.getStatus(),
                        end.hasPrice() ? price(end.getPrice()) : null, end.getMyTranches());
            }
            case HEARTBEAT, KIND_NOT_SET -> null;
        };
    }

    /** A price in hundredths as the API writes it: {@code "27.30"}. */
    public static String price(long hundredths) {
        return Price.ofHundredths(hundredths).toString();
    }

    /** A protobuf time as the API writes it: ISO-8601 UTC, e.g. {@code 2026-12-01T00:00:00Z}. */
    public static String time(Timestamp at) {
        return Instant.ofEpochSecond(at.getSeconds(), at.getNanos()).toString();
    }
}
