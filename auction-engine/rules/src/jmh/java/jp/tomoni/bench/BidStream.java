package jp.tomoni.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import jp.tomoni.core.clock.ClockBidder;
import jp.tomoni.core.clock.ClockCommand;
import jp.tomoni.core.clock.ClockCommand.Bid;
import jp.tomoni.core.clock.ClockParameters;
import jp.tomoni.core.draw.TieBreakSeed;
import jp.tomoni.core.unit.Price;

/**
 * The workload of {@link BidApplyBenchmark}: a CLOCK auction of {@value #BIDDERS} bidders in round 2, and a
 * fixed stream of {@value #LENGTH} round-2 bids, about 70% valid (holds and reductions, half of them naming an
 * exit price) and 30% that a rule rejects (activity rule, exit price out of range, not active, unknown bidder,
 * closed or wrong round, negative quantity, not qualified). The stream is replayed in a loop, so after the
 * first pass every valid bid is a re-bid that replaces the bidder's earlier bid in the round.
 */
final class BidStream {

    static final int BIDDERS = 1000;
    static final int LENGTH = 1 << 12;
    static final TieBreakSeed SEED =
            TieBreakSeed.parse("6b86b273ff34fce19d6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4b");
    static final ClockParameters PARAMETERS = ClockParameters.withDefaults(2 * BIDDERS, Price.parse("30.00"), null);

    private BidStream() {
    }

    /** Bidder {@code i}: eligibility 6; every 50th is not qualified. */
    static List<ClockBidder> roster() {
        List<ClockBidder> roster = new ArrayList<>(BIDDERS);
        for (int i = 0; i < BIDDERS; i++) {
            roster.add(new ClockBidder(id(i), 6, i % 50 != 49));
        }
        return roster;
    }

    /** Opens round 1, where bidder {@code i} offers {@link #firstQuantity}, closes it and opens round 2. */
    static List<ClockCommand> toRoundTwo() {
        List<ClockCommand> commands = new ArrayList<>();
        commands.add(new ClockCommand.OpenRound(1));
        for (int i = 0; i < BIDDERS; i++) {
            commands.add(new Bid(id(i), 1, firstQuantity(i), null));
        }
        commands.add(new ClockCommand.CloseRound(1));
        commands.add(new ClockCommand.OpenRound(2));
        return commands;
    }

    /** Round 1's offer of bidder {@code i}: 0 for every tenth bidder (out from round 2 on), else 1 to 6. */
    static int firstQuantity(int i) {
        return i % 10 == 9 ? 0 : 1 + i % 6;
    }

    /** The round-2 stream; bidder ids are fresh strings, as if just decoded from a request. */
    static Bid[] bids() {
        long p2 = PARAMETERS.nextPrice(PARAMETERS.startPrice()).hundredths();
        long p1 = PARAMETERS.startPrice().hundredths();
        SplittableRandom random = new SplittableRandom(20_260_501L);
        Bid[] bids = new Bid[LENGTH];
        for (int k = 0; k < LENGTH; k++) {
            int roll = random.nextInt(100);
            int active = activeBidder(random);
            int q1 = firstQuantity(active);
            if (roll < 70) {
                int q = random.nextInt(q1 + 1);
                Price exit = q < q1 && random.nextBoolean()
                        ? Price.ofHundredths(p2 + 1 + random.nextInt((int) (p1 - p2))) : null;
                bids[k] = bid(id(active), 2, q, exit);
            } else if (roll < 78) {
                bids[k] = bid(id(active), 2, q1 + 1, null);
            } else if (roll < 84) {
                bids[k] = bid(id(active), 2, q1 - 1, Price.ofHundredths(random.nextBoolean() ? p2 : p1 + 1));
            } else if (roll < 88) {
                bids[k] = bid(id(outBidder(random)), 2, 1, null);
            } else if (roll < 91) {
                bids[k] = bid("X-" + k, 2, 1, null);
            } else if (roll < 94) {
                bids[k] = bid(id(active), 1, q1, null);
            } else if (roll < 96) {
                bids[k] = bid(id(active), 3, q1, null);
            } else if (roll < 98) {
                bids[k] = bid(id(active), 2, -1, null);
            } else {
                bids[k] = bid(id(50 * random.nextInt(BIDDERS / 50) + 49), 2, 1, null);
            }
        }
        return bids;
    }

    /** A qualified bidder that offered something in round 1. */
    private static int activeBidder(SplittableRandom random) {
        int i;
        do {
            i = random.nextInt(BIDDERS);
        } while (firstQuantity(i) == 0);
        return i;
    }

    /** A qualified bidder that offered 0 in round 1, so is out in round 2. */
    private static int outBidder(SplittableRandom random) {
        int i = 10 * random.nextInt(BIDDERS / 10) + 9;
        return i % 50 == 49 ? i - 10 : i;
    }

    private static Bid bid(String bidder, int round, int quantity, Price exit) {
        return new Bid(new String(bidder), round, quantity, exit);
    }

    static String id(int i) {
        return String.format("R-%04d", i);
    }
}
