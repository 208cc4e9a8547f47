package jp.tomoni.core.clock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.tomoni.core.EventSink;
import jp.tomoni.core.RejectionCode;
import jp.tomoni.core.clock.ClockCommand.Bid;
import jp.tomoni.core.clock.ClockCommand.CloseRound;
import jp.tomoni.core.clock.ClockCommand.OpenRound;
import jp.tomoni.core.clock.ClockEvent.AuctionEnded;
import jp.tomoni.core.clock.ClockEvent.BidAccepted;
import jp.tomoni.core.clock.ClockEvent.BidRejected;
import jp.tomoni.core.clock.ClockEvent.RoundClosed;
import jp.tomoni.core.clock.ClockEvent.RoundOpened;
import jp.tomoni.core.draw.TieBreakSeed;
import jp.tomoni.core.unit.Price;

/**
 * One CLOCK auction: a descending clock selling {@code T} equal tranches at one uniform price.
 *
 * <p>{@link #decide} works out which events a command causes without changing anything; {@link #apply} is
 * the only code that changes state, so a live auction and a replay of its events run the same path. Bidders are held
 * in arrays by roster position, so that a bid costs two map look-ups and a few array writes; the roster's
 * order by id is worked out once here, so that a close lists awards by id without sorting.
 * {@code ReferenceClockAuction} in the tests computes the same events the plain way.
 */
public final class ClockAuction {

    private static final int NO_BID = -1;
    private static final long NO_EXIT = -1;

    private final ClockParameters parameters;
    private final TieBreakSeed seed;
    private final String[] ids;
    private final int[] eligibility;
    private final boolean[] qualified;
    private final Map<String, Integer> indexOf;
    private final int[] byId;

    private final int[] previousQuantity;
    private final int[] currentQuantity;
    private final long[] exitPrice;
    private final List<RoundClosed> closedRounds = new ArrayList<>();
    private int round;
    private boolean roundOpen;
    private long price;
    private long previousPrice;
    private int supply;
    private ClockResult result;

    /**
     * A CLOCK auction that has not opened yet.
     *
     * @param parameters the rules' parameters
     * @param roster     every bidder that may bid, with unique ids
     * @param seed       the tie-break seed
     */
    public ClockAuction(ClockParameters parameters, List<ClockBidder> roster, TieBreakSeed seed) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.seed = Objects.requireNonNull(seed, "seed");
        int n = roster.size();
        if (n >= ClockClearing.MAX_BIDDERS || (long) n * parameters.loadCap() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many bidders for a supply count: " + n);
        }
        ids = new String[n];
        eligibility = new int[n];
        qualified = new boolean[n];
        indexOf = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            ClockBidder bidder = roster.get(i);
            if (indexOf.putIfAbsent(bidder.id(), i) != null) {
                throw new IllegalArgumentException("bidder " + bidder.id() + " appears twice on the roster");
            }
            ids[i] = bidder.id();
            eligibility[i] = bidder.eligibility();
            qualified[i] = bidder.qualified();
        }
        byId = positionsById(ids, indexOf);
        previousQuantity = new int[n];
        currentQuantity = new int[n];
        exitPrice = new long[n];
        Arrays.fill(currentQuantity, NO_BID);
        Arrays.fill(exitPrice, NO_EXIT);
    }

    /** Roster positions in the order of the bidders' ids, so that a result lists awards by id without sorting. */
    private static int[] positionsById(String[] ids, Map<String, Integer> indexOf) {
        String[] sorted = ids.clone();
        Arrays.sort(sorted);
        int[] positions = new int[sorted.length];
        for (int k = 0; k < sorted.length; k++) {
            positions[k] = indexOf.get(sorted[k]);
        }
        return positions;
    }

    /**
     * Handles one command: decides its events, applies each, then hands it to {@code sink}.
     *
     * @throws IllegalStateException when a timer command does not fit the auction's state (an engine bug,
     *                               never a bidder's fault); bids are never refused this way
     */
    public void process(ClockCommand command, EventSink<ClockEvent> sink) {
        for (ClockEvent event : decide(command)) {
            apply(event);
            sink.accept(event);
        }
    }

    /**
     * The events a command causes, decided on the current state without changing it: apply them in order
     * to carry the command out. A bid and an opening cause one event; a close causes the round's close and,
     * when the auction ends, its end.
     *
     * @throws IllegalStateException when a timer command does not fit the auction's state
     */
    public List<ClockEvent> decide(ClockCommand command) {
        if (command instanceof Bid bid) {
            return List.of(decide(bid));
        } else if (command instanceof OpenRound open) {
            return List.of(decide(open));
        }
        return decide((CloseRound) command);
    }

    private ClockEvent decide(Bid bid) {
        Integer found = indexOf.get(bid.bidder());
        if (found == null) {
            return reject(bid, RejectionCode.UNKNOWN_BIDDER);
        }
        int i = found;
        if (!qualified[i]) {
            return reject(bid, RejectionCode.NOT_QUALIFIED);
        }
        RejectionCode stateOrRound = checkStateAndRound(bid.round());
        if (stateOrRound != null) {
            return reject(bid, stateOrRound);
        }
        int q = bid.quantity();
        boolean later = round >= 2;
        if (later && previousQuantity[i] == 0) {
            return reject(bid, RejectionCode.NOT_ACTIVE);
        } else if (q < 0) {
            return reject(bid, RejectionCode.INVALID_QUANTITY);
        } else if (later && q > previousQuantity[i]) {
            return reject(bid, RejectionCode.ACTIVITY_RULE);
        } else if (q > eligibility[i]) {
            return reject(bid, RejectionCode.ABOVE_ELIGIBILITY);
        } else if (q > parameters.loadCap()) {
            return reject(bid, RejectionCode.ABOVE_LOAD_CAP);
        }
        Price exit = null;
        if (later && q < previousQuantity[i]) {
            Price named = bid.exitPrice();
            if (named == null) {
                exit = Price.ofHundredths(previousPrice);
            } else if (named.hundredths() <= price || named.hundredths() > previousPrice) {
                return reject(bid, RejectionCode.EXIT_PRICE_OUT_OF_RANGE);
            } else {
                exit = named;
            }
        }
        return new BidAccepted(round, ids[i], q, exit);
    }

    private RejectionCode checkStateAndRound(int named) {
        if (result != null) {
            return RejectionCode.AUCTION_CLOSED;
        } else if (round == 0) {
            return RejectionCode.NOT_OPEN;
        } else if (named < 1) {
            return RejectionCode.WRONG_ROUND;
        } else if (named < round || (named == round && !roundOpen)) {
            return RejectionCode.ROUND_CLOSED;
        } else if (named == round) {
            return null;
        }
        return !roundOpen && named == round + 1 ? RejectionCode.NOT_OPEN : RejectionCode.WRONG_ROUND;
    }

    private BidRejected reject(Bid bid, RejectionCode reason) {
        return new BidRejected(round, bid, reason);
    }

    private ClockEvent decide(OpenRound open) {
        if (result != null || roundOpen || open.round() != round + 1) {
            throw new IllegalStateException("cannot open round " + open.round() + " after round " + round
                    + (roundOpen ? " (still open)" : result != null ? " (auction ended)" : ""));
        }
        Price next = round == 0 ? parameters.startPrice() : closedRounds.get(round - 1).nextPrice();
        return new RoundOpened(open.round(), next);
    }

    private List<ClockEvent> decide(CloseRound close) {
        if (!roundOpen || close.round() != round) {
            throw new IllegalStateException("cannot close round " + close.round() + "; open round: "
                    + (roundOpen ? round : "none"));
        }
        int tranches = parameters.tranches();
        SupplyBand band = SupplyBand.of(supply, tranches);
        Price current = Price.ofHundredths(price);
        if (supply > tranches && price > parameters.floorPrice().hundredths()) {
            return List.of(new RoundClosed(round, current, supply, band, parameters.nextPrice(current)));
        }
        ClockClearing clearing = new ClockClearing(parameters, seed, ids, byId);
        ClockResult ended = clearing.clear(round, price, previousPrice, previousQuantity, currentQuantity,
                exitPrice, supply);
        return List.of(new RoundClosed(round, current, supply, band, null), new AuctionEnded(ended));
    }

    /**
     * Applies one event to the state. Replaying a recorded event stream through this method rebuilds the
     * auction exactly.
     */
    public void apply(ClockEvent event) {
        if (event instanceof BidAccepted accepted) {
            int i = indexOf.get(accepted.bidder());
            int old = currentQuantity[i];
            supply += accepted.quantity() - (old == NO_BID ? 0 : old);
            currentQuantity[i] = accepted.quantity();
            exitPrice[i] = accepted.exitPrice() == null ? NO_EXIT : accepted.exitPrice().hundredths();
        } else if (event instanceof RoundOpened opened) {
            round = opened.round();
            previousPrice = price;
            price = opened.price().hundredths();
            roundOpen = true;
        } else if (event instanceof RoundClosed closed) {
            rollRound(closed);
        } else if (event instanceof AuctionEnded ended) {
            result = ended.result();
        }
        // A BidRejected changes nothing.
    }

    private void rollRound(RoundClosed closed) {
        closedRounds.add(closed);
        roundOpen = false;
        for (int i = 0; i < ids.length; i++) {
            previousQuantity[i] = Math.max(currentQuantity[i], 0);
        }
        Arrays.fill(currentQuantity, NO_BID);
        Arrays.fill(exitPrice, NO_EXIT);
        supply = 0;
    }

    /** The current round, or the last one held; 0 before the auction opens. */
    public int round() {
        return round;
    }

    /** Whether a round is open for bids now. */
    public boolean isRoundOpen() {
        return roundOpen;
    }

    /** The current round's price {@code P_r}; {@code null} before the auction opens. */
    public Price currentPrice() {
        return round == 0 ? null : Price.ofHundredths(price);
    }

    /** The current round's supply so far: the sum of each bidder's last accepted quantity in this round. */
    public int supply() {
        return supply;
    }

    /**
     * A bidder's last accepted quantity in the current round, or {@code -1} when it has not bid in it yet.
     *
     * @throws IllegalArgumentException for a bidder not on the roster
     */
    public int quantityOf(String bidder) {
        Integer i = indexOf.get(bidder);
        if (i == null) {
            throw new IllegalArgumentException("bidder " + bidder + " is not on the roster");
        }
        return currentQuantity[i];
    }

    /** Every round closed so far, in order. */
    public List<RoundClosed> closedRounds() {
        return List.copyOf(closedRounds);
    }

    /** The result once the auction has ended, else {@code null}. */
    public ClockResult result() {
        return result;
    }

    /** The auction's parameters. */
    public ClockParameters parameters() {
        return parameters;
    }
}
