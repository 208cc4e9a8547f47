package jp.tomoni.core.clock;

import static jp.tomoni.core.RejectionCode.*;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.tomoni.core.AuctionStatus;
import jp.tomoni.core.RejectionCode;
import jp.tomoni.core.clock.ClockCommand.Bid;
import jp.tomoni.core.clock.ClockCommand.CloseRound;
import jp.tomoni.core.clock.ClockCommand.OpenRound;
import jp.tomoni.core.clock.ClockEvent.AuctionEnded;
import jp.tomoni.core.clock.ClockEvent.BidAccepted;
import jp.tomoni.core.clock.ClockEvent.BidRejected;
import jp.tomoni.core.clock.ClockEvent.RoundClosed;
import jp.tomoni.core.clock.ClockEvent.RoundOpened;
import jp.tomoni.core.clock.ClockResult.TrancheAward;
import jp.tomoni.core.draw.DrawRecord;
import jp.tomoni.core.draw.TieBreakSeed;
import jp.tomoni.core.unit.Price;

/**
 * A deliberately plain CLOCK auction, written from the rules text (shared auction rules, "Format CLOCK" and
 * "Ties", and the choices in docs/auction-rules.md section 9), not from {@link ClockAuction}'s code. State lives
 * in sorted maps keyed by bidder id; clearing sorts every reduction by exit price and then by its draw hash, and
 * records a draw only for a tie group of two or more that the shortfall ends inside, or for the floor. It exists
 * so that tests can compare the two implementations event by event, and so that the benchmarks
 * ({@code jp.tomoni.bench}) can measure the optimised core beside it.
 */
public final class ReferenceClockAuction {

    private final ClockParameters parameters;
    private final String seedHex;
    private final Map<String, ClockBidder> roster = new HashMap<>();
    /** {@code P_1 .. P_r}: the price of every round opened so far. */
    private final List<Long> prices = new ArrayList<>();
    /** {@code q_(r-1)}: every bidder's accepted quantity when the previous round closed. */
    private final TreeMap<String, Integer> previous = new TreeMap<>();
    /** The last accepted bid of each bidder that has one in the current round. */
    private final TreeMap<String, BidAccepted> current = new TreeMap<>();
    private long scheduledPrice;
    private int round;
    private boolean open;
    private ClockResult result;

    /**
     * An auction that has not opened: round 1 will run at the start price {@code P1}.
     *
     * @param parameters the rules' parameters
     * @param bidders    the roster; ids must be unique
     * @param seed       the tie-break seed; only its hex text is used
     */
    public ReferenceClockAuction(ClockParameters parameters, List<ClockBidder> bidders, TieBreakSeed seed) {
        this.parameters = parameters;
        this.seedHex = seed.hex();
        for (ClockBidder bidder : bidders) {
            if (roster.put(bidder.id(), bidder) != null) {
                throw new IllegalArgumentException("duplicate bidder " + bidder.id());
            }
        }
        this.scheduledPrice = parameters.startPrice().hundredths();
    }

    /**
     * Handles one command and returns the events it causes. Opening round {@code r} runs it at the price
     * scheduled by the previous close ({@code P1} for round 1). A bid is accepted unless a rule rejects it
     * ({@link #rejection}); the last accepted bid in a round counts. Closing a round totals {@code S_r}
     * (silence counts as 0) and either schedules the next round or ends the auction ({@link #clear}).
     *
     * @throws IllegalStateException when an open or close command does not fit the auction's state
     */
    public List<ClockEvent> process(ClockCommand command) {
        if (command instanceof Bid bid) {
            return List.of(handle(bid));
        } else if (command instanceof OpenRound openRound) {
            return List.of(open(openRound.round()));
        }
        return close(((CloseRound) command).round());
    }

    private ClockEvent handle(Bid bid) {
        RejectionCode reason = rejection(bid);
        if (reason != null) {
            return new BidRejected(round, bid, reason);
        }
        int before = previous.getOrDefault(bid.bidder(), 0);
        Price exit = null;
        if (round >= 2 && bid.quantity() < before) {
            exit = bid.exitPrice() != null ? bid.exitPrice() : Price.ofHundredths(previousPrice());
        }
        BidAccepted accepted = new BidAccepted(round, bid.bidder(), bid.quantity(), exit);
        current.put(bid.bidder(), accepted);
        return accepted;
    }

    /**
     * Why a bid is rejected, or {@code null} when it is accepted. The first failing check names the code:
     * unknown id; not qualified; auction ended; not opened yet; the round named (below 1 or in the future:
     * WRONG_ROUND, except the next round during a recess: NOT_OPEN; already closed: ROUND_CLOSED); already
     * out (round 2 on, {@code q_(r-1) = 0}); negative quantity; round 1 above eligibility {@code E_i}, then
     * above the load cap {@code L}; round 2 on above {@code q_(r-1)} (activity rule); an exit price named on
     * a bid that drops tranches in round 2 on, outside {@code (P_r, P_(r-1)]}.
     */
    private RejectionCode rejection(Bid bid) {
        ClockBidder bidder = roster.get(bid.bidder());
        int named = bid.round();
        int q = bid.quantity();
        int before = previous.getOrDefault(bid.bidder(), 0);
        boolean later = round >= 2;
        if (bidder == null) {
            return UNKNOWN_BIDDER;
        } else if (!bidder.qualified()) {
            return NOT_QUALIFIED;
        } else if (result != null) {
            return AUCTION_CLOSED;
        } else if (round == 0) {
            return NOT_OPEN;
        } else if (named < 1) {
            return WRONG_ROUND;
        } else if (named < round || (named == round && !open)) {
            return ROUND_CLOSED;
        } else if (named > round) {
            return named == round + 1 && !open ? NOT_OPEN : WRONG_ROUND;
        } else if (later && before == 0) {
            return NOT_ACTIVE;
        } else if (q < 0) {
            return INVALID_QUANTITY;
        } else if (!later && q > bidder.eligibility()) {
            return ABOVE_ELIGIBILITY;
        } else if (!later && q > parameters.loadCap()) {
            return ABOVE_LOAD_CAP;
        } else if (later && q > before) {
            return ACTIVITY_RULE;
        } else if (later && q < before && bid.exitPrice() != null
                && (bid.exitPrice().hundredths() <= currentPrice() || bid.exitPrice().hundredths() > previousPrice())) {
            return EXIT_PRICE_OUT_OF_RANGE;
        }
        return null;
    }

    private ClockEvent open(int number) {
        if (result != null || open || number != round + 1) {
            throw new IllegalStateException("cannot open round " + number + " after round " + round);
        }
        round = number;
        open = true;
        prices.add(scheduledPrice);
        return new RoundOpened(round, Price.ofHundredths(scheduledPrice));
    }

    private List<ClockEvent> close(int number) {
        if (!open || number != round) {
            throw new IllegalStateException("cannot close round " + number + " while round " + round
                    + (open ? " is open" : " is closed"));
        }
        int supply = quantities().values().stream().mapToInt(Integer::intValue).sum();
        long price = currentPrice();
        Price shown = Price.ofHundredths(price);
        SupplyBand band = band(supply, parameters.tranches());
        List<ClockEvent> events = new ArrayList<>();
        if (supply > parameters.tranches() && price > parameters.floorPrice().hundredths()) {
            scheduledPrice = nextPrice(parameters, price);
            events.add(new RoundClosed(round, shown, supply, band, Price.ofHundredths(scheduledPrice)));
        } else {
            result = clear(supply);
            events.add(new RoundClosed(round, shown, supply, band, null));
            events.add(new AuctionEnded(result));
        }
        previous.clear();
        previous.putAll(quantities());
        current.clear();
        open = false;
        return events;
    }

    /**
     * The result when round {@code r} closes with {@code S_r <= T}, or with {@code S_r > T} at the floor.
     * At the floor the {@code T} tranches go to the first {@code T} keys {@code BIDDERID#k} of the draw
     * {@code floor-r}. In round 1 each bidder wins its {@code q_1} at {@code P1} ({@code S_1 = 0}: NO_BIDS;
     * {@code S_1 < T}: a partial award if allowed, else UNDERSUBSCRIBED). From round 2 on the shortfall
     * {@code T - S_r} is taken from round {@code r}'s reductions, lowest exit price first, ties by the draw
     * {@code exit-r}; the clearing price is the last used exit price, or {@code P_r} with no shortfall.
     * A clearing price above the reserve fails the auction.
     */
    private ClockResult clear(int supply) {
        int tranches = parameters.tranches();
        if (supply > tranches) {
            return rationAtFloor();
        }
        if (round == 1) {
            if (supply == 0) {
                return new ClockResult(AuctionStatus.NO_BIDS, null, 1, List.of(), List.of());
            }
            if (supply == tranches) {
                return finish(AuctionStatus.AWARDED, currentPrice(), quantities(), List.of());
            }
            if (parameters.allowPartialAward()) {
                return finish(AuctionStatus.PARTIALLY_AWARDED, currentPrice(), quantities(), List.of());
            }
            return new ClockResult(AuctionStatus.UNDERSUBSCRIBED, null, 1, List.of(), List.of());
        }
        return fillShortfall(tranches - supply);
    }

    private ClockResult rationAtFloor() {
        String context = "floor-" + round;
        Map<String, String> owner = new HashMap<>();
        List<DrawRecord.Entry> entries = new ArrayList<>();
        for (Map.Entry<String, Integer> bid : quantities().entrySet()) {
            for (int k = 1; k <= bid.getValue(); k++) {
                String key = bid.getKey() + "#" + k;
                owner.put(key, bid.getKey());
                entries.add(new DrawRecord.Entry(key, drawHash(context, key)));
            }
        }
        entries.sort(Comparator.comparing(DrawRecord.Entry::hash));
        TreeMap<String, Integer> won = new TreeMap<>();
        for (DrawRecord.Entry entry : entries.subList(0, parameters.tranches())) {
            won.merge(owner.get(entry.key()), 1, Integer::sum);
        }
        return finish(AuctionStatus.AWARDED, parameters.floorPrice().hundredths(), won,
                List.of(new DrawRecord(context, entries)));
    }

    private record Reduction(String bidder, int tranches, long exit, String hash) {
    }

    private ClockResult fillShortfall(int shortfall) {
        String context = "exit-" + round;
        List<Reduction> reductions = new ArrayList<>();
        for (Map.Entry<String, Integer> before : previous.entrySet()) {
            BidAccepted now = current.get(before.getKey());
            int dropped = before.getValue() - (now == null ? 0 : now.quantity());
            if (dropped > 0) {
                long exit = now == null ? previousPrice() : now.exitPrice().hundredths();
                reductions.add(new Reduction(before.getKey(), dropped, exit, drawHash(context, before.getKey())));
            }
        }
        reductions.sort(Comparator.comparingLong(Reduction::exit).thenComparing(Reduction::hash));
        TreeMap<String, Integer> won = quantities();
        long clearing = currentPrice();
        int remaining = shortfall;
        int taken = 0;
        for (Reduction reduction : reductions) {
            if (remaining == 0) {
                break;
            }
            int take = Math.min(reduction.tranches(), remaining);
            won.merge(reduction.bidder(), take, Integer::sum);
            remaining -= take;
            taken = reduction.exit() == clearing ? taken + take : take;
            clearing = reduction.exit();
        }
        List<DrawRecord> draws = new ArrayList<>();
        if (shortfall > 0) {
            long last = clearing;
            List<Reduction> group = reductions.stream().filter(r -> r.exit() == last).toList();
            int groupTotal = group.stream().mapToInt(Reduction::tranches).sum();
            if (group.size() >= 2 && groupTotal > taken) {
                draws.add(new DrawRecord(context,
                        group.stream().map(r -> new DrawRecord.Entry(r.bidder(), r.hash())).toList()));
            }
        }
        return finish(AuctionStatus.AWARDED, clearing, won, draws);
    }

    private ClockResult finish(AuctionStatus status, long clearing, Map<String, Integer> won,
                               List<DrawRecord> draws) {
        Price price = Price.ofHundredths(clearing);
        Price reserve = parameters.reservePrice();
        if (reserve != null && clearing > reserve.hundredths()) {
            return new ClockResult(AuctionStatus.FAILED_RESERVE, price, round, List.of(), draws);
        }
        List<TrancheAward> awards = new TreeMap<>(won).entrySet().stream().filter(w -> w.getValue() > 0)
                .map(w -> new TrancheAward(w.getKey(), w.getValue())).toList();
        return new ClockResult(status, price, round, awards, draws);
    }

    private TreeMap<String, Integer> quantities() {
        TreeMap<String, Integer> quantities = new TreeMap<>();
        current.forEach((bidder, bid) -> quantities.put(bidder, bid.quantity()));
        return quantities;
    }

    private long currentPrice() {
        return prices.get(round - 1);
    }

    private long previousPrice() {
        return prices.get(round - 2);
    }

    /**
     * The price after a round at {@code price} with {@code S_r > T}: {@code max(P_r - d_r, F)} with
     * {@code d_r = max(round(a × P_r), round(b × P1), 0.01)}, where {@code round(x × P) = (P × x_bp + 5000) / 10000}.
     */
    static long nextPrice(ClockParameters parameters, long price) {
        long ofCurrent = percentHalfUp(price, parameters.decrementOfCurrent().basisPoints());
        long ofStart = percentHalfUp(parameters.startPrice().hundredths(), parameters.decrementOfStart().basisPoints());
        long decrement = Math.max(Math.max(ofCurrent, ofStart), 1);
        return Math.max(price - decrement, parameters.floorPrice().hundredths());
    }

    private static long percentHalfUp(long hundredths, int basisPoints) {
        return BigInteger.valueOf(hundredths).multiply(BigInteger.valueOf(basisPoints))
                .add(BigInteger.valueOf(5000)).divide(BigInteger.valueOf(10_000)).longValueExact();
    }

    /** The band of {@code S/T}: {@code <= 1}, {@code (1, 1.25]}, {@code (1.25, 1.5]}, {@code (1.5, 2]}, {@code > 2}. */
    static SupplyBand band(long supply, long tranches) {
        if (supply <= tranches) {
            return SupplyBand.AT_MOST_ONE;
        } else if (4 * supply <= 5 * tranches) {
            return SupplyBand.ONE_TO_ONE_AND_A_QUARTER;
        } else if (2 * supply <= 3 * tranches) {
            return SupplyBand.ONE_AND_A_QUARTER_TO_ONE_AND_A_HALF;
        } else if (supply <= 2 * tranches) {
            return SupplyBand.ONE_AND_A_HALF_TO_TWO;
        }
        return SupplyBand.ABOVE_TWO;
    }

    /** A draw key: the lower-case hex SHA-256 of the UTF-8 text {@code SEED:CONTEXT:KEY}. */
    String drawHash(String context, String key) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest((seedHex + ":" + context + ":" + key).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The result once the auction has ended, else {@code null}. */
    public ClockResult result() {
        return result;
    }
}
