package jp.tomoni.web.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tomoni.core.AuctionStatus;
import jp.tomoni.core.unit.Price;
import jp.tomoni.engine.AuctionState;
import jp.tomoni.engine.EngineEvent;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.engine.LiveClockAuction;
import jp.tomoni.engine.LoggedEvent;
import jp.tomoni.engine.Retailer;
import jp.tomoni.facility.FacilityRecord;

/**
 * What the award report tells beside the money and carbon of {@code AwardReport}: the auction's life, its
 * price path and the names behind the ids. Folded from the immutable events of the auction's log and its
 * immutable lot and roster, never from its mutable state, so it is safe on any thread.
 *
 * @param auctionId     the auction's id
 * @param format        {@code CLOCK} or {@code OPEN_REVERSE}
 * @param lotId         its lot's id
 * @param lotName       its lot's readable name
 * @param lotFacilities how many facilities the lot has
 * @param demandKwh     the lot's demand {@code D}, the sum of its facilities' annual kWh
 * @param state         ENDED, or APPROVED once an officer approved the award
 * @param outcome       how the rules ended it
 * @param price         the clearing (CLOCK) or winning (OPEN_REVERSE) price
 * @param timeline      when it was created, started, ended and approved
 * @param tranches      CLOCK: {@code T}, the demand of every round in tranches; OPEN_REVERSE: 1
 * @param rounds        CLOCK: every closed round; empty for OPEN_REVERSE
 * @param bids          OPEN_REVERSE: every accepted bid, in order; empty for CLOCK
 * @param extensions    OPEN_REVERSE: soft-close extensions made
 * @param retailers     the auction's roster by id (names and registration numbers of the winners)
 * @param facilityNames each lot facility's readable name by id
 * @param namesJa       the Japanese names given: of the lot under its id, and of facilities under theirs
 * @param approval      the steps of the two-step approval of a group's award, oldest first (none for a lot of
 *                      no group)
 * @param replay        the replay of the auction's scenario export
 * @param lastSeq       the journal sequence number of the last event folded: the report is as of it
 */
public record ReportFacts(String auctionId, String format, String lotId, String lotName, int lotFacilities,
                          long demandKwh, AuctionState state, AuctionStatus outcome, Price price, Timeline timeline,
                          int tranches, List<RoundLine> rounds, List<BidLine> bids, int extensions,
                          Map<String, Retailer> retailers, Map<String, String> facilityNames, ReplayCheck replay,
                          long lastSeq, Map<String, String> namesJa, List<ApprovalStep> approval) {

    /**
     * One step of a group award's two-step approval, from the auction's log.
     *
     * @param at       when
     * @param by       who (a user's sign-in name)
     * @param step     {@code PROPOSED}, {@code CONFIRMED} or {@code DECLINED}
     * @param bodyCode the body that answered, or {@code null} for the proposal
     * @param reason   why a body declined, or {@code null}
     */
    public record ApprovalStep(Instant at, String by, String step, String bodyCode, String reason) {
    }

    /** Each lot facility's name in {@code language}: in Japanese, the Japanese name where one was given. */
    public Map<String, String> facilityNames(ReportLanguage language) {
        if (language != ReportLanguage.JA) {
            return facilityNames;
        }
        Map<String, String> names = new LinkedHashMap<>(facilityNames);
        names.replaceAll((id, name) -> namesJa.getOrDefault(id, name));
        return names;
    }

    /** The lot's name in {@code language}: in Japanese, the Japanese name where one was given. */
    public String lotName(ReportLanguage language) {
        return language == ReportLanguage.JA ? namesJa.getOrDefault(lotId, lotName) : lotName;
    }

    /**
     * When things happened; {@code null} for what has not.
     *
     * @param created  the auction was created
     * @param started  it was first started
     * @param ended    the rules ended it
     * @param approved an officer approved the award
     */
    public record Timeline(Instant created, Instant started, Instant ended, Instant approved) {
    }

    /**
     * A closed CLOCK round: supply against the demand {@code T}.
     *
     * @param round  the round
     * @param price  its price
     * @param supply the tranches offered at that price, {@code S_r}
     * @param band   the band of {@code S_r / T} bidders were shown
     */
    public record RoundLine(int round, Price price, int supply, String band) {
    }

    /**
     * An accepted OPEN_REVERSE bid.
     *
     * @param at        when the engine received it
     * @param bidder    who sent it
     * @param price     its price
     * @param newLowest whether it became the lowest price
     */
    public record BidLine(Instant at, String bidder, Price price, boolean newLowest) {
    }

    /**
     * The facts of an auction that has ended with an award.
     *
     * @throws IllegalStateException when the auction has not ended
     */
    public static ReportFacts of(LiveAuction auction) {
        Instant created = null;
        Instant started = null;
        Instant approved = null;
        Instant endedAt = null;
        EngineEvent.AuctionEnded ended = null;
        long lastSeq = 0;
        int extensions = 0;
        List<RoundLine> rounds = new ArrayList<>();
        List<BidLine> bids = new ArrayList<>();
        List<ApprovalStep> approval = new ArrayList<>();
        for (LoggedEvent logged : auction.log().from(0)) {
            EngineEvent event = logged.event();
            lastSeq = logged.seq();
            if (event instanceof EngineEvent.AuctionCreated) {
                created = logged.at();
            } else if (event instanceof EngineEvent.AuctionStateChanged changed) {
                if (changed.state() == AuctionState.RUNNING && started == null) {
                    started = logged.at();
                } else if (changed.state() == AuctionState.APPROVED) {
                    approved = logged.at();
                }
            } else if (event instanceof EngineEvent.RoundClosed closed) {
                rounds.add(new RoundLine(closed.round(), closed.price(), closed.supply(), closed.band().label()));
            } else if (event instanceof EngineEvent.ReverseBidAccepted accepted) {
                bids.add(new BidLine(logged.at(), accepted.retailerId(), accepted.price(), accepted.newLowest()));
            } else if (event instanceof EngineEvent.ClosingMoved moved) {
                extensions = moved.extensions();
            } else if (event instanceof EngineEvent.AuctionEnded end) {
                ended = end;
                endedAt = logged.at();
            } else if (event instanceof EngineEvent.AwardProposed proposed) {
                approval.add(new ApprovalStep(logged.at(), proposed.by(), "PROPOSED", null, null));
            } else if (event instanceof EngineEvent.PartAnswered answered) {
                approval.add(new ApprovalStep(logged.at(), answered.by(), answered.confirmed() ? "CONFIRMED"
                        : "DECLINED", answered.bodyCode(), answered.reason()));
            }
        }
        if (ended == null) {
            throw new IllegalStateException("auction " + auction.id() + " has not ended");
        }
        long demand = 0;
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> namesJa = new LinkedHashMap<>();
        for (FacilityRecord facility : auction.lot().facilities()) {
            demand = Math.addExact(demand, facility.annualKwh().value());
            names.put(facility.id(), facility.name());
            if (facility.nameJa() != null) {
                namesJa.put(facility.id(), facility.nameJa());
            }
        }
        if (auction.lot().nameJa() != null) {
            namesJa.put(auction.lot().lotId(), auction.lot().nameJa());
        }
        int tranches = auction instanceof LiveClockAuction clock ? clock.core().parameters().tranches() : 1;
        AuctionState state = approved != null ? AuctionState.APPROVED : AuctionState.ENDED;
        return new ReportFacts(auction.id(), auction.format(), auction.lot().lotId(), auction.lot().name(),
                auction.lot().facilities().size(), demand, state, ended.status(), ended.price(),
                new Timeline(created, started, endedAt, approved), tranches, List.copyOf(rounds), List.copyOf(bids),
                extensions, auction.roster(), Map.copyOf(names), ReplayCheck.of(auction, ended),
                lastSeq, Map.copyOf(namesJa), List.copyOf(approval));
    }

    /** Whether this is a CLOCK auction. */
    public boolean clock() {
        return "CLOCK".equals(format);
    }
}
