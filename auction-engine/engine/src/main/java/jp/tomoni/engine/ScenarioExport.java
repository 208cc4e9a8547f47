package jp.tomoni.engine;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import jp.tomoni.core.clock.ClockCommand;
import jp.tomoni.core.reverse.ReverseCommand;
import jp.tomoni.replay.Scenario;

/**
 * A live auction as a scenario file's content, so that anyone with the file can replay it and get the same
 * result. Only an auction that has ENDED (or been APPROVED) can be exported: the scenario holds the seed and
 * every bid, which officers and analysts may see only then, and which bidders never see.
 *
 * <ul>
 *   <li>Bidders: the invited retailers in invitation order, each qualified, then every other retailer of the
 *       auction's roster that sent a bid, by id, not qualified (so its bids replay as {@code NOT_QUALIFIED}).
 *       Eligibility is the retailer's (CLOCK) or 0 (OPEN_REVERSE, where the format has none); the plan factor
 *       is the retailer's menu factor.</li>
 *   <li>CLOCK: the rounds are the bids the core saw while each round was open, late bids included (they name
 *       their own round and replay as {@code ROUND_CLOSED}). The offset is {@code null}: a CLOCK scenario has
 *       no times.</li>
 *   <li>OPEN_REVERSE: the parameters as created and the bids the core saw before the final close, with times
 *       written at +09:00 (Japan); bids that arrived after the close changed nothing and are left out, so the
 *       file does not change once the auction has ended. An auction whose closing time was moved by a pause or
 *       a recovery cannot be exported, since a scenario cannot express that move and its replay could
 *       differ.</li>
 * </ul>
 * Bids refused before reaching the core (while paused or cancelled) or sent while no round was open change
 * nothing and are not part of the scenario. Reads {@code bidsByRound()} / {@code bids()} only once the
 * auction has ended, when they no longer change, so it is safe on any thread.
 */
public final class ScenarioExport {

    /** Japan's offset, used for the times of an OPEN_REVERSE scenario. */
    public static final ZoneOffset JAPAN = ZoneOffset.ofHours(9);

    private ScenarioExport() {
    }

    /**
     * The auction as a scenario.
     *
     * @throws IllegalStateException when the auction is not ENDED or APPROVED, or when it is an OPEN_REVERSE
     *                               auction whose closing time was moved other than by a soft-close extension
     */
    public static Scenario of(LiveAuction auction) {
        AuctionState state = auction.state();
        if (state != AuctionState.ENDED && state != AuctionState.APPROVED) {
            throw new IllegalStateException("auction " + auction.id() + " is " + state
                    + "; only an ENDED or APPROVED auction can be exported as a scenario");
        }
        if (auction instanceof LiveClockAuction clock) {
            List<List<ClockCommand.Bid>> rounds = clock.bidsByRound();
            List<String> bidding = rounds.stream().flatMap(List::stream).map(ClockCommand.Bid::bidder).toList();
            return new Scenario(auction.id(), auction.lot().toLot(), clock.core().parameters(), null, null,
                    auction.seed(), bidders(auction, bidding, true), rounds, List.of());
        }
        LiveReverseAuction reverse = (LiveReverseAuction) auction;
        Instant close = finalClose(reverse);
        List<ReverseCommand.Bid> bids = reverse.bids().stream().filter(b -> b.at().isBefore(close)).toList();
        List<String> bidding = bids.stream().map(ReverseCommand.Bid::bidder).toList();
        return new Scenario(auction.id(), auction.lot().toLot(), null, reverse.parameters(), JAPAN, auction.seed(),
                bidders(auction, bidding, false), List.of(), bids);
    }

    private static List<Scenario.Bidder> bidders(LiveAuction auction, List<String> bidding, boolean clock) {
        Map<String, Retailer> roster = auction.roster();
        List<Scenario.Bidder> bidders = new ArrayList<>();
        List<String> invited = auction.invited();
        for (String id : invited) {
            bidders.add(bidder(roster.get(id), true, clock));
        }
        for (String id : new TreeSet<>(bidding)) {
            if (!invited.contains(id) && roster.containsKey(id)) {
                bidders.add(bidder(roster.get(id), false, clock));
            }
        }
        return bidders;
    }

    private static Scenario.Bidder bidder(Retailer retailer, boolean qualified, boolean clock) {
        return new Scenario.Bidder(retailer.retailerId(), clock ? retailer.eligibility() : 0, qualified,
                retailer.menuFactor());
    }

    /**
     * The final closing time: the scheduled one, or that of the last soft-close extension.
     *
     * @throws IllegalStateException when the close was moved in another way (a pause or a recovery)
     */
    private static Instant finalClose(LiveReverseAuction auction) {
        Instant close = auction.parameters().closesAt();
        int extensions = 0;
        for (LoggedEvent logged : auction.log().from(0)) {
            if (logged.event() instanceof EngineEvent.ClosingMoved moved) {
                if (moved.extensions() == extensions) {
                    throw new IllegalStateException("auction " + auction.id() + " had its closing time moved ("
                            + moved.reason() + "), which a scenario cannot express, so its replay could differ");
                }
                extensions = moved.extensions();
                close = moved.closesAt();
            }
        }
        return close;
    }
}
