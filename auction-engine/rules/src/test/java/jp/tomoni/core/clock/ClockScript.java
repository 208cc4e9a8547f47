package jp.tomoni.core.clock;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import jp.tomoni.core.clock.ClockCommand.Bid;
import jp.tomoni.core.clock.ClockCommand.CloseRound;
import jp.tomoni.core.clock.ClockCommand.OpenRound;
import jp.tomoni.core.clock.ClockEvent.AuctionEnded;
import jp.tomoni.core.draw.TieBreakSeed;

/**
 * A generated CLOCK auction and the bids sent to it. The driver sends {@code beforeOpening}, then for each
 * round {@code r = 1, 2, ...}: opens it, sends {@code rounds[r-1]} (no bids once the list runs out, so
 * silence applies), closes it, and sends {@code afterClose[r-1]} during the recess (or after the end). It
 * stops when the auction ends or after {@link #ROUND_LIMIT} rounds.
 *
 * @param style         which generator shape produced it, for statistics
 * @param parameters    the auction's parameters
 * @param roster        the bidders
 * @param seed          the tie-break seed
 * @param beforeOpening bids sent before round 1 opens
 * @param rounds        bids sent while round {@code r} is open, per round
 * @param afterClose    bids sent right after round {@code r} closes, per round
 */
record ClockScript(String style, ClockParameters parameters, List<ClockBidder> roster, TieBreakSeed seed,
                   List<Bid> beforeOpening, List<List<Bid>> rounds, List<List<Bid>> afterClose) {

    /** The driver never opens more rounds than this. */
    static final int ROUND_LIMIT = 60;

    /** All events of the optimised {@link ClockAuction}, in order. */
    List<ClockEvent> runCore() {
        ClockAuction auction = new ClockAuction(parameters, roster, seed);
        return run(command -> {
            List<ClockEvent> events = new ArrayList<>();
            auction.process(command, events::add);
            return events;
        });
    }

    /** All events of {@link ReferenceClockAuction}, in order. */
    List<ClockEvent> runReference() {
        return run(new ReferenceClockAuction(parameters, roster, seed)::process);
    }

    /** Sends this script's commands to an auction that answers each command with its events. */
    List<ClockEvent> run(Function<ClockCommand, List<ClockEvent>> auction) {
        List<ClockEvent> events = new ArrayList<>();
        beforeOpening.forEach(bid -> events.addAll(auction.apply(bid)));
        for (int r = 1; r <= ROUND_LIMIT; r++) {
            events.addAll(auction.apply(new OpenRound(r)));
            for (Bid bid : r <= rounds.size() ? rounds.get(r - 1) : List.<Bid>of()) {
                events.addAll(auction.apply(bid));
            }
            List<ClockEvent> closing = auction.apply(new CloseRound(r));
            events.addAll(closing);
            for (Bid bid : r <= afterClose.size() ? afterClose.get(r - 1) : List.<Bid>of()) {
                events.addAll(auction.apply(bid));
            }
            if (closing.stream().anyMatch(AuctionEnded.class::isInstance)) {
                break;
            }
        }
        return events;
    }

    @Override
    public String toString() {
        ClockParameters p = parameters;
        StringBuilder text = new StringBuilder("ClockScript[").append(style).append("] T=").append(p.tranches())
                .append(" P1=").append(p.startPrice()).append(" R=").append(p.reservePrice())
                .append(" F=").append(p.floorPrice()).append(" a=").append(p.decrementOfCurrent())
                .append(" b=").append(p.decrementOfStart()).append(" L=").append(p.loadCap())
                .append(" partial=").append(p.allowPartialAward())
                .append("\n  seed ").append(seed.hex()).append("\n  roster");
        for (ClockBidder bidder : roster) {
            text.append(' ').append(bidder.id()).append("(E=").append(bidder.eligibility())
                    .append(bidder.qualified() ? "" : ", unqualified").append(')');
        }
        appendBids(text, "before opening", beforeOpening);
        for (int r = 1; r <= rounds.size(); r++) {
            appendBids(text, "round " + r, rounds.get(r - 1));
            appendBids(text, "  after close", afterClose.get(r - 1));
        }
        return text.toString();
    }

    private static void appendBids(StringBuilder text, String label, List<Bid> bids) {
        if (bids.isEmpty() && label.startsWith(" ")) {
            return;
        }
        text.append("\n  ").append(label).append(':');
        for (Bid bid : bids) {
            text.append(' ').append(bid.bidder()).append(" r").append(bid.round()).append('=')
                    .append(bid.quantity());
            if (bid.exitPrice() != null) {
                text.append('@').append(bid.exitPrice());
            }
            text.append(';');
        }
    }
}
