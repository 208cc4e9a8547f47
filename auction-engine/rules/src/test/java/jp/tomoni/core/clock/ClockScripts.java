package jp.tomoni.core.clock;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jp.tomoni.core.clock.ClockCommand.Bid;
import jp.tomoni.core.draw.TieBreakSeed;
import jp.tomoni.core.unit.Percentage;
import jp.tomoni.core.unit.Price;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Generates {@link ClockScript}s. A script is drawn as intentions ("hold", "drop 2 with an exit price just
 * above the current price", "name the next round", ...) that are turned into concrete bids using the price
 * schedule and each bidder's planned quantity, so that most bids are plausible, some are invalid in every way
 * the rules know, and shrinking works on the intentions. Four shapes:
 * <ul>
 *   <li>PLAIN: any parameters; bidders drop often, go silent, and send invalid bids;</li>
 *   <li>FLOOR: small start price, big decrements, high floor, bidders mostly hold, so the floor is reached;</li>
 *   <li>TIES: exit prices drawn from a few values per round, so equal exit prices are common;</li>
 *   <li>MARATHON: tiny decrements and bidders that always hold, so the round limit is hit.</li>
 * </ul>
 */
final class ClockScripts {

    private static final List<String> IDS = List.of("R-A", "R-B", "R-C", "R-D", "R-E", "R-F", "R-G", "R-#1");
    private static final String UNKNOWN = "R-X";

    enum Style { PLAIN, FLOOR, TIES, MARATHON }

    enum Action { HOLD, DROP, ZERO, RAISE, NEGATIVE, OVER_ELIGIBILITY, OVER_CAP, ANY }

    enum Exit { NONE, LOW, MID, HIGH, AT_PRICE, BELOW_PRICE, ABOVE_PREVIOUS }

    enum Named { CURRENT, PREVIOUS, NEXT, AFTER_NEXT, ZERO, NEGATIVE }

    /** One bid a roster bidder means to send in a round. */
    record Move(Action action, int amount, Exit exit, Named named) {
    }

    /** A bid from any bidder (index {@code n} is an unknown id), e.g. in a recess. */
    record Stray(int bidder, int quantity, Named named) {
    }

    /** A round: each roster bidder's moves, stray bids while it is open, and stray bids after its close. */
    record RoundPlan(List<List<Move>> moves, List<Stray> during, List<Stray> after) {
    }

    private ClockScripts() {
    }

    static Arbitrary<ClockScript> scripts() {
        return Arbitraries.frequencyOf(
                        Tuple.of(45, Arbitraries.just(Style.PLAIN)),
                        Tuple.of(25, Arbitraries.just(Style.FLOOR)),
                        Tuple.of(22, Arbitraries.just(Style.TIES)),
                        Tuple.of(8, Arbitraries.just(Style.MARATHON)))
                .flatMap(style -> parameters(style).flatMap(p -> rosters(style, p).flatMap(roster -> {
                    int n = roster.size();
                    int t = p.tranches();
                    int fewest = style == Style.MARATHON ? ClockScript.ROUND_LIMIT : 1;
                    int most = style == Style.MARATHON ? ClockScript.ROUND_LIMIT + 2 : style == Style.FLOOR ? 25 : 10;
                    return Combinators.combine(seeds(), strays(t, n), roundPlans(style, t, n, true),
                                    roundPlans(style, t, n, false).list().ofMinSize(fewest - 1).ofMaxSize(most - 1))
                            .as((seed, before, first, later) -> {
                                List<RoundPlan> plans = new ArrayList<>(later);
                                plans.add(0, first);
                                return interpret(style, p, roster, seed, before, plans);
                            });
                })));
    }

    private static Arbitrary<ClockParameters> parameters(Style style) {
        Arbitrary<Long> start = switch (style) {
            case FLOOR -> longs(100, 400);
            case MARATHON -> longs(2000, 5000);
            default -> longs(100, 5000);
        };
        Arbitrary<Integer> floorPermille = switch (style) {
            case FLOOR -> ints(500, 1000);
            case MARATHON -> ints(0, 10);
            default -> Arbitraries.frequencyOf(Tuple.of(3, ints(0, 50)),
                    Tuple.of(1, ints(0, 1000)));
        };
        Arbitrary<Integer> a = switch (style) {
            case FLOOR -> ints(500, 1000);
            case TIES -> ints(300, 1000);
            case MARATHON -> ints(0, 5);
            default -> ints(0, 1000);
        };
        Arbitrary<Integer> b = style == Style.MARATHON ? ints(0, 5)
                : ints(style == Style.FLOOR ? 100 : 0, 500);
        Arbitrary<Integer> reservePermille = ints(500, 1100).injectNull(0.4);
        Arbitrary<Integer> capCut = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)),
                Tuple.of(1, ints(1, 19)));
        return Combinators.combine(ints(1, 20), start, reservePermille, floorPermille, a, b,
                        capCut, Arbitraries.of(false, true))
                .as((t, p1, rp, fp, ap, bp, cut, partial) -> new ClockParameters(t, Price.ofHundredths(p1),
                        rp == null ? null : Price.ofHundredths(p1 * rp / 1000),
                        Price.ofHundredths(Math.max(1, p1 * fp / 1000)), new Percentage(ap), new Percentage(bp),
                        Math.max(1, t - cut), partial));
    }

    private static Arbitrary<List<ClockBidder>> rosters(Style style, ClockParameters p) {
        int t = p.tranches();
        Arbitrary<Integer> eligibility = style == Style.PLAIN || style == Style.TIES
                ? ints(0, t + 2) : ints(t / 2, t + 2);
        Arbitrary<Boolean> qualified = Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(true)),
                Tuple.of(1, Arbitraries.just(false)));
        Arbitrary<List<ClockBidder>> traits = Combinators.combine(eligibility, qualified)
                .as((e, q) -> new ClockBidder("?", e, q)).list().ofMinSize(1).ofMaxSize(IDS.size());
        return Combinators.combine(traits, Arbitraries.shuffle(IDS)).as((bidders, ids) -> {
            List<ClockBidder> roster = new ArrayList<>();
            for (int i = 0; i < bidders.size(); i++) {
                roster.add(new ClockBidder(ids.get(i), bidders.get(i).eligibility(), bidders.get(i).qualified()));
            }
            return roster;
        });
    }

    private static Arbitrary<TieBreakSeed> seeds() {
        return Arbitraries.bytes().array(byte[].class).ofSize(32).map(TieBreakSeed::of);
    }

    private static Arbitrary<List<Stray>> strays(int t, int n) {
        Arbitrary<Stray> stray = Combinators.combine(ints(0, n),
                ints(0, t), Arbitraries.of(Named.class)).as(Stray::new);
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(List.of())),
                Tuple.of(1, stray.list().ofMinSize(1).ofMaxSize(2)));
    }

    private static Arbitrary<RoundPlan> roundPlans(Style style, int t, int n, boolean first) {
        Arbitrary<List<List<Move>>> moves = Combinators.combine(Collections.nCopies(n, bidderMoves(style, t, first)))
                .as(List::copyOf);
        return Combinators.combine(moves, strays(t, n), strays(t, n)).as(RoundPlan::new);
    }

    private static Arbitrary<List<Move>> bidderMoves(Style style, int t, boolean first) {
        Arbitrary<Move> noise = moves(Arbitraries.of(Action.class), t, exits(style),
                Arbitraries.frequencyOf(Tuple.of(7, Arbitraries.just(Named.CURRENT)),
                        Tuple.of(3, Arbitraries.of(Named.class))));
        if (style == Style.MARATHON) {
            Move hold = new Move(Action.HOLD, 1, Exit.NONE, Named.CURRENT);
            return noise.list().ofMaxSize(1).map(list -> append(list, hold));
        }
        boolean holding = style == Style.FLOOR || first;
        Arbitrary<Action> plausible = Arbitraries.frequencyOf(
                Tuple.of(holding ? 85 : 45, Arbitraries.just(Action.HOLD)),
                Tuple.of(holding ? 15 : 45, Arbitraries.just(Action.DROP)),
                Tuple.of(holding ? 0 : 10, Arbitraries.just(Action.ZERO)));
        Arbitrary<Move> valid = moves(plausible, t, exits(style),
                Arbitraries.frequencyOf(Tuple.of(95, Arbitraries.just(Named.CURRENT)),
                        Tuple.of(5, Arbitraries.of(Named.class))));
        return Arbitraries.frequencyOf(
                Tuple.of(holding ? 3 : 10, Arbitraries.just(List.of())),
                Tuple.of(holding ? 80 : 55, valid.list().ofSize(1)),
                Tuple.of(holding ? 17 : 20, Combinators.combine(noise.list().ofMinSize(1).ofMaxSize(2), valid)
                        .as(ClockScripts::append)),
                Tuple.of(holding ? 0 : 15, noise.list().ofMinSize(1).ofMaxSize(2)));
    }

    private static Arbitrary<Move> moves(Arbitrary<Action> actions, int t, Arbitrary<Exit> exits,
                                         Arbitrary<Named> named) {
        Arbitrary<Integer> amount = Arbitraries.frequencyOf(Tuple.of(4, ints(1, 2)),
                Tuple.of(1, ints(1, t + 2)));
        return Combinators.combine(actions, amount, exits, named).as(Move::new);
    }

    private static Arbitrary<Exit> exits(Style style) {
        if (style == Style.TIES) {
            return Arbitraries.frequencyOf(Tuple.of(40, Arbitraries.just(Exit.NONE)),
                    Tuple.of(40, Arbitraries.just(Exit.MID)), Tuple.of(15, Arbitraries.just(Exit.HIGH)),
                    Tuple.of(5, Arbitraries.of(Exit.AT_PRICE, Exit.BELOW_PRICE, Exit.ABOVE_PREVIOUS)));
        }
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(Exit.NONE)), Tuple.of(4, Arbitraries.of(Exit.class)));
    }

    private static Arbitrary<Integer> ints(int min, int max) {
        return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform());
    }

    private static Arbitrary<Long> longs(long min, long max) {
        return Arbitraries.longs().between(min, max).withDistribution(RandomDistribution.uniform());
    }

    private static <T> List<T> append(List<T> list, T last) {
        List<T> all = new ArrayList<>(list);
        all.add(last);
        return all;
    }

    /** Turns the intentions into bids, following each bidder's planned quantity round by round. */
    private static ClockScript interpret(Style style, ClockParameters p, List<ClockBidder> roster, TieBreakSeed seed,
                                         List<Stray> before, List<RoundPlan> plans) {
        long[] prices = new long[plans.size() + 2];
        prices[1] = p.startPrice().hundredths();
        prices[0] = prices[1] + 100; // round 1 has no previous price; exit prices named in it are ignored
        for (int r = 2; r < prices.length; r++) {
            prices[r] = ReferenceClockAuction.nextPrice(p, prices[r - 1]);
        }
        int[] planned = new int[roster.size()];
        List<List<Bid>> rounds = new ArrayList<>();
        List<List<Bid>> afterClose = new ArrayList<>();
        for (int r = 1; r <= plans.size(); r++) {
            RoundPlan plan = plans.get(r - 1);
            List<Bid> bids = new ArrayList<>();
            for (int i = 0; i < roster.size(); i++) {
                ClockBidder bidder = roster.get(i);
                int base = r == 1 ? Math.min(bidder.eligibility(), p.loadCap()) : planned[i];
                int next = 0;
                for (Move move : plan.moves().get(i)) {
                    int q = quantity(move, base, bidder.eligibility(), p.loadCap());
                    Price exit = exitPrice(move.exit(), prices[r], prices[r - 1]);
                    bids.add(new Bid(bidder.id(), named(move.named(), r), q, exit));
                    boolean badExit = r >= 2 && q < base && exit != null
                            && (exit.hundredths() <= prices[r] || exit.hundredths() > prices[r - 1]);
                    if (move.named() == Named.CURRENT && q >= 0 && q <= base && !badExit) {
                        next = q;
                    }
                }
                planned[i] = next;
            }
            int round = r;
            plan.during().forEach(stray -> bids.add(strayBid(stray, roster, round)));
            rounds.add(bids);
            afterClose.add(plan.after().stream().map(stray -> strayBid(stray, roster, round)).toList());
        }
        List<Bid> beforeOpening = before.stream().map(stray -> strayBid(stray, roster, 1)).toList();
        return new ClockScript(style.name(), p, roster, seed, beforeOpening, rounds, afterClose);
    }

    private static int quantity(Move move, int base, int eligibility, int loadCap) {
        return switch (move.action()) {
            case HOLD -> base;
            case DROP -> Math.max(base - move.amount(), 0);
            case ZERO -> 0;
            case RAISE -> base + move.amount();
            case NEGATIVE -> -move.amount();
            case OVER_ELIGIBILITY -> eligibility + move.amount();
            case OVER_CAP -> loadCap + move.amount();
            case ANY -> move.amount() - 1;
        };
    }

    private static Price exitPrice(Exit exit, long price, long previous) {
        long hundredths = switch (exit) {
            case NONE -> -1;
            case LOW -> price + 1;
            case MID -> (price + previous + 1) / 2;
            case HIGH -> previous;
            case AT_PRICE -> price;
            case BELOW_PRICE -> price - 1;
            case ABOVE_PREVIOUS -> previous + 1;
        };
        return hundredths < 0 ? null : Price.ofHundredths(hundredths);
    }

    private static int named(Named named, int round) {
        return switch (named) {
            case CURRENT -> round;
            case PREVIOUS -> round - 1;
            case NEXT -> round + 1;
            case AFTER_NEXT -> round + 2;
            case ZERO -> 0;
            case NEGATIVE -> -1;
        };
    }

    private static Bid strayBid(Stray stray, List<ClockBidder> roster, int round) {
        String id = stray.bidder() < roster.size() ? roster.get(stray.bidder()).id() : UNKNOWN;
        return new Bid(id, named(stray.named(), round), stray.quantity(), null);
    }
}
