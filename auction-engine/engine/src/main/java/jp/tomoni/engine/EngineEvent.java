package jp.tomoni.engine;

import java.time.Instant;
import java.util.List;
import jp.tomoni.core.AuctionStatus;
import jp.tomoni.core.RejectionCode;
import jp.tomoni.core.clock.ClockResult.TrancheAward;
import jp.tomoni.core.clock.SupplyBand;
import jp.tomoni.core.draw.DrawRecord;
import jp.tomoni.core.unit.Kwh;
import jp.tomoni.core.unit.Price;

/**
 * What the engine tells the world after applying a command. Events are derived: replaying the journal
 * produces them again, identically. Events about an auction name it; who may see which event is decided
 * by the adapters that publish them.
 */
public sealed interface EngineEvent {

    /** The auction an event concerns, or {@code null} for registry events. */
    default String auctionId() {
        return null;
    }

    /** A command was refused as a whole; nothing changed. */
    record CommandRejected(String code, String field, String message) implements EngineEvent {
    }

    /** Facilities were added to the registry. */
    record FacilitiesImported(int count) implements EngineEvent {
    }

    /** A lot was created. */
    record LotCreated(String lotId, int facilities, Kwh demand) implements EngineEvent {
    }

    /** A procurement group was formed. */
    record GroupCreated(String groupId, String leadBody, List<String> members) implements EngineEvent {
        public GroupCreated {
            members = List.copyOf(members);
        }
    }

    /** A user of a public body was registered; the event never carries the password's hash. */
    record UserRegistered(String userId, String bodyCode, java.util.Set<Role> roles) implements EngineEvent {
        public UserRegistered {
            roles = java.util.Set.copyOf(roles);
        }
    }

    /** A retailer applied to a procurement group. */
    record ApplicationFiled(String retailerId, String groupId) implements EngineEvent {
    }

    /** {@code by} approved a retailer's application to a group, or refused it for {@code reason}. */
    record ApplicationDecided(String retailerId, String groupId, boolean approved, String reason, String by)
            implements EngineEvent {
    }

    /** 起案: {@code by} proposed the award to the bodies that must each answer for their part. */
    record AwardProposed(String auctionId, String by, List<String> bodies) implements EngineEvent {
        public AwardProposed {
            bodies = List.copyOf(bodies);
        }
    }

    /** 決裁: {@code by} confirmed or declined (with {@code reason}) the part of body {@code bodyCode}. */
    record PartAnswered(String auctionId, String bodyCode, boolean confirmed, String reason, String by)
            implements EngineEvent {
    }

    /** A retailer was qualified. */
    record RetailerQualified(String retailerId) implements EngineEvent {
    }

    /** An auction was created; the hash of its seed is public from now on. */
    record AuctionCreated(String auctionId, String format, String lotId, String seedSha256)
            implements EngineEvent {
    }

    /**
     * An auction's state changed: scheduled, started, paused, resumed, cancelled or approved.
     * {@code startsAt} is when a SCHEDULED auction starts, and {@code null} for every other state.
     */
    record AuctionStateChanged(String auctionId, AuctionState state, String reason, Instant startsAt)
            implements EngineEvent {

        /** A change to any state but SCHEDULED. */
        public AuctionStateChanged(String auctionId, AuctionState state, String reason) {
            this(auctionId, state, reason, null);
        }
    }

    /** A CLOCK round opened. */
    record RoundOpened(String auctionId, int round, Price price, Instant opensAt, Instant closesAt)
            implements EngineEvent {
    }

    /** A CLOCK round's close moved (pause, resume or recovery). */
    record RoundRescheduled(String auctionId, int round, Instant closesAt, String reason) implements EngineEvent {
    }

    /** The next CLOCK round's opening moved, e.g. after a restart during a recess. */
    record NextRoundRescheduled(String auctionId, int round, Instant opensAt, Instant closesNoEarlierThan, String reason)
            implements EngineEvent {
    }

    /** A CLOCK round closed; {@code nextPrice} and {@code nextOpensAt} are null when the auction ended. */
    record RoundClosed(String auctionId, int round, Price price, int supply, SupplyBand band, Price nextPrice,
                       Instant nextOpensAt) implements EngineEvent {
    }

    /** A CLOCK bid was accepted; {@code exitPrice} applies to the tranches it drops, if any. */
    record ClockBidAccepted(String auctionId, String retailerId, int round, int quantity, Price exitPrice)
            implements EngineEvent {
    }

    /** An OPEN_REVERSE bid was accepted. */
    record ReverseBidAccepted(String auctionId, String retailerId, Price price, boolean newLowest)
            implements EngineEvent {
    }

    /** A repeated request with an idempotency key: it changed nothing; the first one's receipt stands. */
    record DuplicateBid(String auctionId, String retailerId, long originalSeq) implements EngineEvent {
    }

    /** A bid was rejected under the rules and changed nothing. */
    record BidRejected(String auctionId, String retailerId, int round, RejectionCode code) implements EngineEvent {
    }

    /** An OPEN_REVERSE closing time moved: a soft-close extension, or a pause or recovery. */
    record ClosingMoved(String auctionId, Instant closesAt, int extensions, String reason) implements EngineEvent {
    }

    /**
     * An auction ended; awards are tranches per bidder (1 for the OPEN_REVERSE winner), and {@code draws} the
     * CLOCK clearing's tie-break draws, in the order they were made.
     */
    record AuctionEnded(String auctionId, AuctionStatus status, Price price, List<TrancheAward> awards,
                        List<DrawRecord> draws) implements EngineEvent {
        public AuctionEnded {
            awards = List.copyOf(awards);
            draws = List.copyOf(draws);
        }

        /** An end without draws. */
        public AuctionEnded(String auctionId, AuctionStatus status, Price price, List<TrancheAward> awards) {
            this(auctionId, status, price, awards, List.of());
        }
    }
}
