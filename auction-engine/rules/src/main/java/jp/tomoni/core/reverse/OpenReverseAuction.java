package jp.tomoni.core.reverse;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.tomoni.core.AuctionStatus;
import jp.tomoni.core.EventSink;
import jp.tomoni.core.RejectionCode;
import jp.tomoni.core.reverse.ReverseEvent.AuctionEnded;
import jp.tomoni.core.reverse.ReverseEvent.BidAccepted;
import jp.tomoni.core.reverse.ReverseEvent.BidRejected;
import jp.tomoni.core.reverse.ReverseEvent.ClosingExtended;
import jp.tomoni.core.reverse.ReverseEvent.ClosingRescheduled;
import jp.tomoni.core.unit.Price;

/**
 * One OPEN_REVERSE auction: open descending bids for the whole lot, a soft close, one winner paid its own price.
 *
 * <ul>
 *   <li>Bids are accepted from the opening time (inclusive) to the closing time (exclusive).</li>
 *   <li>A bid must be positive, at most the ceiling, and, after the bidder's first, at least the minimum step
 *       below its own previous bid.</li>
 *   <li>A bid that becomes the new lowest price within the soft-close window before the closing time moves
 *       the closing time to the later of itself and arrival + extension, while fewer than the cap of
 *       extensions have been made. Only a move counts as an extension. A bid that does not beat the lowest
 *       price never extends.</li>
 *   <li>At the close the lowest price wins, the earlier on equal prices; above the reserve the auction fails.</li>
 * </ul>
 * {@link #decide} changes nothing; {@link #apply} is the only code that changes state.
 */
public final class OpenReverseAuction {

    private final OpenReverseParameters parameters;
    private final Map<String, Boolean> roster;
    private final Map<String, Standing> standings = new HashMap<>();
    private Standing lowest;
    private Instant closesAt;
    private int extensions;
    private long received;
    private ReverseResult result;

    /**
     * An auction with its roster: bidder id mapped to whether it is qualified.
     */
    public OpenReverseAuction(OpenReverseParameters parameters, Map<String, Boolean> roster) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.roster = Map.copyOf(roster);
        this.closesAt = parameters.closesAt();
    }

    /** Handles one command: decides its events, applies each, then hands it to {@code sink}. */
    public void process(ReverseCommand command, EventSink<ReverseEvent> sink) {
        for (ReverseEvent event : decide(command)) {
            apply(event);
            sink.accept(event);
        }
    }

    /**
     * The events a command causes, decided on the current state without changing it: apply them in order
     * to carry the command out. A bid causes its acceptance or rejection and, when it extends the close, the
     * extension; a reschedule or a due close causes one event, and nothing once the auction has ended.
     */
    public List<ReverseEvent> decide(ReverseCommand command) {
        if (command instanceof ReverseCommand.Bid bid) {
            return decide(bid);
        } else if (command instanceof ReverseCommand.Reschedule reschedule) {
            return result == null ? List.of(new ClosingRescheduled(reschedule.closesAt())) : List.of();
        }
        ReverseCommand.Close close = (ReverseCommand.Close) command;
        return result == null && !close.at().isBefore(closesAt) ? List.of(new AuctionEnded(outcome())) : List.of();
    }

    private List<ReverseEvent> decide(ReverseCommand.Bid bid) {
        RejectionCode reason = check(bid);
        if (reason != null) {
            return List.of(new BidRejected(bid, reason));
        }
        boolean newLowest = lowest == null || bid.price().isBelow(lowest.price);
        BidAccepted accepted = new BidAccepted(bid.bidder(), bid.at(), bid.price(), newLowest);
        boolean inWindow = !bid.at().isBefore(closesAt.minus(parameters.softCloseWindow()));
        Instant extended = bid.at().plus(parameters.extension());
        if (newLowest && inWindow && extensions < parameters.maxExtensions() && extended.isAfter(closesAt)) {
            return List.of(accepted, new ClosingExtended(extended, extensions + 1));
        }
        return List.of(accepted);
    }

    private RejectionCode check(ReverseCommand.Bid bid) {
        Boolean qualified = roster.get(bid.bidder());
        if (qualified == null) {
            return RejectionCode.UNKNOWN_BIDDER;
        } else if (!qualified) {
            return RejectionCode.NOT_QUALIFIED;
        } else if (result != null || !bid.at().isBefore(closesAt)) {
            return RejectionCode.AUCTION_CLOSED;
        } else if (bid.at().isBefore(parameters.opensAt())) {
            return RejectionCode.NOT_OPEN;
        } else if (bid.price().hundredths() <= 0) {
            return RejectionCode.INVALID_PRICE;
        } else if (bid.price().isAbove(parameters.ceilingPrice())) {
            return RejectionCode.ABOVE_CEILING;
        }
        Standing own = standings.get(bid.bidder());
        if (own != null && own.price.hundredths() - bid.price().hundredths() < parameters.minStep().hundredths()) {
            return RejectionCode.STEP_TOO_SMALL;
        }
        return null;
    }

    private ReverseResult outcome() {
        if (lowest == null) {
            return new ReverseResult(AuctionStatus.NO_BIDS, null, null, closesAt, extensions);
        }
        AuctionStatus status = parameters.exceedsReserve(lowest.price) ? AuctionStatus.FAILED_RESERVE
                : AuctionStatus.AWARDED;
        return new ReverseResult(status, lowest.bidder, lowest.price, closesAt, extensions);
    }


    /** Applies one event to the state; replaying recorded events through it rebuilds the auction. */
    public void apply(ReverseEvent event) {
        if (event instanceof BidAccepted accepted) {
            Standing standing = new Standing(accepted.bidder(), accepted.price(), received++);
            standings.put(accepted.bidder(), standing);
            if (accepted.newLowest()) {
                lowest = standing;
            }
        } else if (event instanceof ClosingRescheduled rescheduled) {
            closesAt = rescheduled.closesAt();
        } else if (event instanceof ClosingExtended extended) {
            closesAt = extended.closesAt();
            extensions = extended.extensions();
        } else if (event instanceof AuctionEnded ended) {
            result = ended.result();
        }
    }

    /**
     * A bidder's rank: 1 for the lowest price, counting earlier bids first on equal prices; 0 without a bid.
     */
    public int rankOf(String bidder) {
        Standing own = standings.get(bidder);
        if (own == null) {
            return 0;
        }
        int rank = 1;
        for (Standing other : standings.values()) {
            if (other.price.isBelow(own.price) || (other.price.equals(own.price) && other.order < own.order)) {
                rank++;
            }
        }
        return rank;
    }

    /** The current lowest price, or {@code null} before the first accepted bid. */
    public Price lowestPrice() {
        return lowest == null ? null : lowest.price;
    }

    /** Who holds the current lowest price, or {@code null} before the first accepted bid. */
    public String lowestBidder() {
        return lowest == null ? null : lowest.bidder;
    }

    /** The current closing time, after any extension. */
    public Instant closesAt() {
        return closesAt;
    }

    /** How many soft-close extensions have been made. */
    public int extensions() {
        return extensions;
    }

    /** The ids on the roster. */
    public Set<String> roster() {
        return roster.keySet();
    }

    /** The result once the auction has ended, else {@code null}. */
    public ReverseResult result() {
        return result;
    }

    private record Standing(String bidder, Price price, long order) {
    }
}
