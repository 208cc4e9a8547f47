package jp.tomoni.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.tomoni.core.AuctionStatus;
import jp.tomoni.core.clock.ClockResult.TrancheAward;
import jp.tomoni.core.unit.Price;
import jp.tomoni.engine.AuctionState;
import jp.tomoni.engine.EngineEvent;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.engine.LiveClockAuction;
import jp.tomoni.engine.LiveReverseAuction;
import jp.tomoni.engine.LoggedEvent;
import jp.tomoni.engine.SupplyPeriod;

/**
 * One auction as officers and analysts see it: everything, including the confidential reserve, exact supply
 * and every bidder's identity. It must never be served to a bidder. The seed itself appears only once the
 * auction is ENDED, APPROVED or CANCELLED; its SHA-256 always.
 *
 * <p>The view is a consistent snapshot at {@code lastSeq}: it is folded from the immutable events of the
 * auction's log, never read from the live auction's mutable state, so it may be built on any thread. Prices
 * are decimal strings ({@code "27.30"}), times ISO-8601 in UTC; a field that does not apply is {@code null}.
 * While the auction is PAUSED its times are frozen and move when it resumes.
 *
 * @param id               the auction's id
 * @param format           {@code CLOCK} or {@code OPEN_REVERSE}
 * @param lotId            its lot
 * @param reauctionOf      the failed auction it re-auctions, or {@code null}
 * @param supplyPeriod     the period the winners supply the lot, or {@code null} for an auction created before
 *                         auctions stated one
 * @param securityPerTrancheYen the security a retailer must have posted per tranche, or {@code null} when the
 *                         auction takes each retailer's eligibility as it was qualified
 * @param state            its life-cycle state as of {@code lastSeq}
 * @param outcome          how the rules ended it, or {@code null} while it has not ended
 * @param seedSha256       the published SHA-256 of the tie-break seed
 * @param seed             the seed, only once the auction is ENDED, APPROVED or CANCELLED
 * @param reservePrice     the confidential reserve, or {@code null} for none
 * @param round            CLOCK: the open round, or the last one held (0 before round 1)
 * @param price            CLOCK: that round's price
 * @param roundOpensAt     CLOCK: when the open round opened; {@code null} when no round is open
 * @param roundClosesAt    CLOCK: when the open round closes; {@code null} when no round is open
 * @param nextPrice        CLOCK: during a recess, the next round's price
 * @param nextRoundOpensAt CLOCK: during a recess, when the next round opens
 * @param supply           CLOCK: exact supply {@code S_r} of the last closed round
 * @param supplyBand       CLOCK: that supply's band of {@code S_r / T}, e.g. {@code "(1.5,2]"}
 * @param rounds           CLOCK: every closed round; empty for OPEN_REVERSE
 * @param opensAt          OPEN_REVERSE: when bids are first accepted
 * @param closesAt         OPEN_REVERSE: the current (or final) closing time
 * @param extensions       OPEN_REVERSE: soft-close extensions made
 * @param lowestPrice      OPEN_REVERSE: the lowest accepted price so far
 * @param lowestBidder     OPEN_REVERSE: who bid it first
 * @param bidsReceived     every bid the auction received, accepted or rejected
 * @param bidsRejected     of those, how many were rejected
 * @param finalPrice       once ended: the clearing (CLOCK) or winning (OPEN_REVERSE) price, or on
 *                         {@code FAILED_RESERVE} the price that was above the reserve; otherwise {@code null}
 * @param awards           once ended: tranches won per bidder (empty without an award); {@code null} before
 * @param lastSeq          the journal sequence number of the last event folded (0 when none yet)
 */
public record AuctionView(String id, String format, String lotId, String reauctionOf, SupplyPeriodView supplyPeriod,
                          Long securityPerTrancheYen, AuctionState state,
                          AuctionStatus outcome, String seedSha256, String seed, String reservePrice,
                          Integer round, String price, String roundOpensAt, String roundClosesAt, String nextPrice,
                          String nextRoundOpensAt, Integer supply, String supplyBand, List<RoundView> rounds,
                          String opensAt, String closesAt, Integer extensions, String lowestPrice,
                          String lowestBidder, int bidsReceived, int bidsRejected, String finalPrice,
                          List<AwardView> awards, long lastSeq) {

    /**
     * A closed CLOCK round, with its exact supply (officers and analysts only; bidders see just the band).
     *
     * @param round  the round
     * @param price  its price
     * @param supply its supply {@code S_r} in tranches
     * @param band   the band of {@code S_r / T}
     */
    public record RoundView(int round, String price, int supply, String band) {
    }

    /**
     * What one winner won.
     *
     * @param bidder   the winner's id
     * @param tranches tranches won (1 for the OPEN_REVERSE winner, who takes the whole lot)
     */
    public record AwardView(String bidder, int tranches) {
    }

    /**
     * The supply period: its first and last days, ISO dates, both included.
     *
     * @param start the first day of supply
     * @param end   the last day of supply
     */
    public record SupplyPeriodView(String start, String end) {

        /** The view of a period, or {@code null} for none. */
        public static SupplyPeriodView of(SupplyPeriod period) {
            return period == null ? null : new SupplyPeriodView(period.start().toString(), period.end().toString());
        }
    }

    /** Folds the auction's log into a view; safe on any thread. */
    public static AuctionView of(LiveAuction auction) {
        Fold fold = new Fold(auction);
        auction.log().from(0).forEach(fold::apply);
        return fold.view();
    }

    private static String text(Price price) {
        return price == null ? null : price.toString();
    }

    private static String text(Instant time) {
        return time == null ? null : time.toString();
    }

    /** The state being folded; one per view. */
    private static final class Fold {

        private final LiveAuction auction;
        private final boolean clock;
        private AuctionState state = AuctionState.CREATED;
        private AuctionStatus outcome;
        private String seedSha256;
        private int round;
        private Price price;
        private Instant roundOpensAt;
        private Instant roundClosesAt;
        private Price nextPrice;
        private Instant nextRoundOpensAt;
        private Integer supply;
        private String band;
        private final List<RoundView> rounds = new ArrayList<>();
        private Instant closesAt;
        private int extensions;
        private Price lowestPrice;
        private String lowestBidder;
        private int received;
        private int rejected;
        private Price finalPrice;
        private List<AwardView> awards;
        private Instant pausedAt;
        private long lastSeq;

        Fold(LiveAuction auction) {
            this.auction = auction;
            this.clock = auction instanceof LiveClockAuction;
            this.seedSha256 = auction.seed().publishedHash();
            if (auction instanceof LiveReverseAuction reverse) {
                closesAt = reverse.parameters().closesAt();
            }
        }

        void apply(LoggedEvent logged) {
            lastSeq = logged.seq();
            EngineEvent event = logged.event();
            if (event instanceof EngineEvent.AuctionCreated created) {
                seedSha256 = created.seedSha256();
            } else if (event instanceof EngineEvent.AuctionStateChanged changed) {
                stateChanged(changed.state(), logged.at());
            } else if (event instanceof EngineEvent.RoundOpened opened) {
                round = opened.round();
                price = opened.price();
                roundOpensAt = opened.opensAt();
                roundClosesAt = opened.closesAt();
                nextPrice = null;
                nextRoundOpensAt = null;
            } else if (event instanceof EngineEvent.RoundRescheduled moved) {
                roundClosesAt = moved.closesAt();
            } else if (event instanceof EngineEvent.RoundClosed closed) {
                roundOpensAt = null;
                roundClosesAt = null;
                nextPrice = closed.nextPrice();
                nextRoundOpensAt = closed.nextOpensAt();
                supply = closed.supply();
                band = closed.band().label();
                rounds.add(new RoundView(closed.round(), text(closed.price()), closed.supply(), band));
            } else if (event instanceof EngineEvent.ClockBidAccepted) {
                received++;
            } else if (event instanceof EngineEvent.ReverseBidAccepted accepted) {
                received++;
                if (lowestPrice == null || accepted.price().isBelow(lowestPrice)) {
                    lowestPrice = accepted.price();
                    lowestBidder = accepted.retailerId();
                }
            } else if (event instanceof EngineEvent.BidRejected) {
                received++;
                rejected++;
            } else if (event instanceof EngineEvent.ClosingMoved moved) {
                closesAt = moved.closesAt();
                extensions = moved.extensions();
            } else if (event instanceof EngineEvent.AuctionEnded ended) {
                ended(ended);
            }
        }

        private void stateChanged(AuctionState next, Instant at) {
            if (next == AuctionState.PAUSED) {
                pausedAt = at;
            } else if (next == AuctionState.RUNNING && state == AuctionState.PAUSED && pausedAt != null
                    && nextRoundOpensAt != null && roundClosesAt == null) {
                nextRoundOpensAt = at.plus(Duration.between(pausedAt, nextRoundOpensAt));
            } else if (next == AuctionState.CANCELLED) {
                roundOpensAt = null;
                roundClosesAt = null;
                nextPrice = null;
                nextRoundOpensAt = null;
            }
            state = next;
        }

        private void ended(EngineEvent.AuctionEnded ended) {
            state = AuctionState.ENDED;
            outcome = ended.status();
            finalPrice = ended.price();
            awards = new ArrayList<>();
            for (TrancheAward award : ended.awards()) {
                awards.add(new AwardView(award.bidder(), award.tranches()));
            }
            roundOpensAt = null;
            roundClosesAt = null;
            nextPrice = null;
            nextRoundOpensAt = null;
        }

        AuctionView view() {
            boolean revealed = state == AuctionState.ENDED || state == AuctionState.APPROVED
                    || state == AuctionState.CANCELLED;
            Price reserve;
            Instant opensAt = null;
            if (auction instanceof LiveClockAuction live) {
                reserve = live.core().parameters().reservePrice();
            } else {
                LiveReverseAuction reverse = (LiveReverseAuction) auction;
                reserve = reverse.parameters().reservePrice();
                opensAt = reverse.parameters().opensAt();
            }
            return new AuctionView(auction.id(), auction.format(), auction.lot().lotId(), auction.reauctionOf(),
                    SupplyPeriodView.of(auction.supplyPeriod()), auction.securityPerTrancheYen(), state, outcome, seedSha256, revealed ? auction.seed().hex() : null, text(reserve),
                    clock ? round : null, text(price), text(roundOpensAt), text(roundClosesAt), text(nextPrice),
                    text(nextRoundOpensAt), supply, band, List.copyOf(rounds), text(opensAt),
                    clock ? null : text(closesAt), clock ? null : extensions, text(lowestPrice), lowestBidder,
                    received, rejected, text(finalPrice), awards == null ? null : List.copyOf(awards), lastSeq);
        }
    }
}
