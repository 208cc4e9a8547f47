package jp.tomoni.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything an auction's rules and timetable hold, as one comparable value: two auctions with equal
 * snapshots decide every later command alike. The bids kept for the export are a record of what arrived,
 * not state, and are left out.
 */
record AuctionSnapshot(List<Object> parts) {

    static AuctionSnapshot of(LiveAuction auction) {
        List<Object> parts = new ArrayList<>();
        if (auction == null) {
            return new AuctionSnapshot(parts);
        }
        parts.add(List.of(auction.id(), auction.state(), String.valueOf(auction.outcome()),
                String.valueOf(auction.startsAt()), String.valueOf(auction.nextDeadline())));
        if (auction instanceof LiveClockAuction clock) {
            var core = clock.core();
            parts.add(List.of(core.round(), core.isRoundOpen(), String.valueOf(core.currentPrice()), core.supply(),
                    core.closedRounds(), String.valueOf(core.result()), String.valueOf(clock.roundClosesAt()),
                    String.valueOf(clock.nextOpensAt())));
            clock.roster().keySet().stream().sorted().forEach(id -> parts.add(id + "=" + core.quantityOf(id)));
        } else if (auction instanceof LiveReverseAuction reverse) {
            var core = reverse.core();
            parts.add(List.of(String.valueOf(core.lowestPrice()), String.valueOf(core.lowestBidder()),
                    core.closesAt(), core.extensions(), String.valueOf(core.result()), reverse.closesAt()));
            reverse.roster().keySet().stream().sorted().forEach(id -> parts.add(id + "#" + core.rankOf(id)));
        }
        return new AuctionSnapshot(parts);
    }
}
