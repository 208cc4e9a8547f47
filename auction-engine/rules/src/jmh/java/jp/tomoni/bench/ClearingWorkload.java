package jp.tomoni.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Function;
import jp.tomoni.core.AuctionStatus;
import jp.tomoni.core.EventSink;
import jp.tomoni.core.clock.ClockAuction;
import jp.tomoni.core.clock.ClockBidder;
import jp.tomoni.core.clock.ClockCommand;
import jp.tomoni.core.clock.ClockCommand.Bid;
import jp.tomoni.core.clock.ClockCommand.CloseRound;
import jp.tomoni.core.clock.ClockEvent;
import jp.tomoni.core.clock.ClockEvent.AuctionEnded;
import jp.tomoni.core.clock.ClockParameters;
import jp.tomoni.core.clock.ClockResult;
import jp.tomoni.core.clock.ReferenceClockAuction;
import jp.tomoni.core.unit.Price;

/**
 * The workload of {@link RoundClearingBenchmark}: {@code n} bidders with eligibility 4 and {@code T = 2n}, on a
 * roster in shuffled order (registration order, not id order). Round 1 at 30.00: everyone offers 4. Round 2
 * at 28.50: one bidder in ten is silent (drops 4 at the default exit 30.00); the others offer 1 or 2 and name
 * an exit price among the lowest {@code min(150, max(2, n/8))} hundredths above 28.50, so exit prices tie in
 * groups. Supply falls to about {@code 1.35n < T}, so closing round 2 must clear: order the reductions by
 * exit price and fill the shortfall, drawing by SHA-256 inside the tie group where it ends.
 */
final class ClearingWorkload {

    static final int ROUND = 2;

    final int bidders;
    final ClockParameters parameters;
    final List<ClockBidder> roster = new ArrayList<>();
    final List<ClockCommand> prelude = new ArrayList<>();
    final CloseRound close = new CloseRound(ROUND);

    ClearingWorkload(int bidders) {
        this.bidders = bidders;
        parameters = ClockParameters.withDefaults(2 * bidders, Price.parse("30.00"), Price.parse("30.00"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < bidders; i++) {
            ids.add(String.format("R-%05d", i));
        }
        Collections.shuffle(ids, new Random(bidders));
        for (String id : ids) {
            roster.add(ClockBidder.qualified(id, 4));
        }
        round(1, ids, id -> new Bid(id, 1, 4, null));
        prelude.add(new CloseRound(1));
        long p2 = parameters.nextPrice(parameters.startPrice()).hundredths();
        int groups = Math.min(150, Math.max(2, bidders / 8));
        SplittableRandom random = new SplittableRandom(bidders);
        round(2, ids, id -> random.nextInt(10) == 0 ? null
                : new Bid(id, 2, 1 + random.nextInt(2), Price.ofHundredths(p2 + 1 + random.nextInt(groups))));
    }

    private void round(int round, List<String> ids, Function<String, Bid> bid) {
        prelude.add(new ClockCommand.OpenRound(round));
        for (String id : ids) {
            Bid made = bid.apply(id);
            if (made != null) {
                prelude.add(made);
            }
        }
    }

    /** A fresh optimised auction with round 2 open and every round-2 bid in. */
    ClockAuction core() {
        ClockAuction auction = new ClockAuction(parameters, roster, BidStream.SEED);
        for (ClockCommand command : prelude) {
            auction.process(command, EventSink.ignore());
        }
        return auction;
    }

    /** The same auction in the reference implementation. */
    ReferenceClockAuction reference() {
        ReferenceClockAuction auction = new ReferenceClockAuction(parameters, roster, BidStream.SEED);
        for (ClockCommand command : prelude) {
            auction.process(command);
        }
        return auction;
    }

    /**
     * Closes round 2 once in both implementations and fails unless they emit the same events and the result
     * is an award decided by a draw among two or more tied reductions; returns a one-line description.
     */
    String check() {
        List<ClockEvent> core = new ArrayList<>();
        core().process(close, core::add);
        List<ClockEvent> reference = reference().process(close);
        if (!core.equals(reference)) {
            throw new IllegalStateException(bidders + " bidders: core and reference close differently");
        }
        ClockResult result = ((AuctionEnded) core.get(core.size() - 1)).result();
        if (result.status() != AuctionStatus.AWARDED || result.draws().size() != 1
                || result.draws().get(0).order().size() < 2) {
            throw new IllegalStateException(bidders + " bidders: the close is not decided by a tie draw: " + result);
        }
        return bidders + " bidders: clears at " + result.clearingPrice() + ", " + result.awards().size()
                + " winners, draw " + result.draws().get(0).context() + " among "
                + result.draws().get(0).order().size() + " tied reductions";
    }
}
