package jp.tomoni.core.clock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import jp.tomoni.core.AuctionStatus;
import jp.tomoni.core.RejectionCode;
import jp.tomoni.core.clock.ClockCommand.Bid;
import jp.tomoni.core.clock.ClockResult.TrancheAward;
import jp.tomoni.core.draw.DrawRecord;
import jp.tomoni.core.draw.TieBreakSeed;
import jp.tomoni.core.unit.Price;

/** Given an auction, when commands arrive, the events it emits; with short names for commands and events. */
final class ClockFixture {

    static final String SEED_HEX = "6b86b273ff34fce19d6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4b";
    static final TieBreakSeed SEED = TieBreakSeed.parse(SEED_HEX);

    final ClockAuction auction;

    ClockFixture(ClockParameters parameters, ClockBidder... bidders) {
        auction = new ClockAuction(parameters, List.of(bidders), SEED);
    }

    /** Processes the commands and returns every event they caused, in order. */
    List<ClockEvent> when(ClockCommand... commands) {
        List<ClockEvent> events = new ArrayList<>();
        for (ClockCommand command : commands) {
            auction.process(command, events::add);
        }
        return events;
    }

    static ClockParameters params(int tranches, String start) {
        return ClockParameters.withDefaults(tranches, Price.parse(start), null);
    }

    static ClockBidder bidder(String id, int eligibility) {
        return ClockBidder.qualified(id, eligibility);
    }

    static ClockCommand.OpenRound open(int round) {
        return new ClockCommand.OpenRound(round);
    }

    static ClockCommand.CloseRound close(int round) {
        return new ClockCommand.CloseRound(round);
    }

    static Bid bid(String bidder, int round, int quantity) {
        return new Bid(bidder, round, quantity, null);
    }

    static Bid bid(String bidder, int round, int quantity, String exitPrice) {
        return new Bid(bidder, round, quantity, Price.parse(exitPrice));
    }

    static ClockEvent.RoundOpened opened(int round, String price) {
        return new ClockEvent.RoundOpened(round, Price.parse(price));
    }

    static ClockEvent.BidAccepted accepted(Bid bid, String effectiveExit) {
        return new ClockEvent.BidAccepted(bid.round(), bid.bidder(), bid.quantity(),
                effectiveExit == null ? null : Price.parse(effectiveExit));
    }

    static ClockEvent.BidRejected rejected(int round, Bid bid, RejectionCode reason) {
        return new ClockEvent.BidRejected(round, bid, reason);
    }

    static ClockEvent.RoundClosed closed(int round, String price, int supply, SupplyBand band, String next) {
        return new ClockEvent.RoundClosed(round, Price.parse(price), supply, band, next == null ? null : Price.parse(next));
    }

    static ClockEvent.AuctionEnded ended(AuctionStatus status, String price, int round, List<DrawRecord> draws,
                                         TrancheAward... awards) {
        return new ClockEvent.AuctionEnded(new ClockResult(status, price == null ? null : Price.parse(price), round,
                List.of(awards), draws));
    }

    static TrancheAward award(String bidder, int tranches) {
        return new TrancheAward(bidder, tranches);
    }

    /** SHA-256 of {@code SEED:context:key} in lower-case hex, computed here independently of the core. */
    static String drawHash(String context, String key) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest((SEED_HEX + ":" + context + ":" + key).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }
}
