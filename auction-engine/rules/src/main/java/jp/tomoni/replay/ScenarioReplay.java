package jp.tomoni.replay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tomoni.core.AuctionStatus;
import jp.tomoni.core.award.AwardReport;
import jp.tomoni.core.award.WinnerShare;
import jp.tomoni.core.clock.ClockAuction;
import jp.tomoni.core.clock.ClockBidder;
import jp.tomoni.core.clock.ClockCommand;
import jp.tomoni.core.clock.ClockEvent;
import jp.tomoni.core.clock.ClockResult;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.core.reverse.OpenReverseAuction;
import jp.tomoni.core.reverse.ReverseCommand;
import jp.tomoni.core.reverse.ReverseEvent;
import jp.tomoni.core.reverse.ReverseResult;
import jp.tomoni.json.InvalidInputException;

/**
 * Computes a scenario's result by feeding its bids to the same auction core a live auction runs.
 *
 * <p>CLOCK: round {@code k} opens, the bids listed for it arrive in order, and it closes; rounds after the
 * last listed one get no bids, so every bidder still in is silent. A bid listed for a round after the auction
 * ended makes the scenario invalid. OPEN_REVERSE: the bids arrive in order; the closing timer fires at the
 * current closing time, before any bid that arrives at or after it.
 */
public final class ScenarioReplay {

    private ScenarioReplay() {
    }

    /** Replays a scenario. */
    public static ReplayOutcome run(Scenario scenario) {
        return scenario.clock() != null ? runClock(scenario) : runOpenReverse(scenario);
    }

    private static ReplayOutcome runClock(Scenario scenario) {
        List<ClockBidder> roster = scenario.bidders().stream()
                .map(b -> new ClockBidder(b.id(), b.eligibility(), b.qualified())).toList();
        ClockAuction auction = new ClockAuction(scenario.clock(), roster, scenario.seed());
        List<ClockEvent.RoundClosed> rounds = new ArrayList<>();
        List<ReplayOutcome.Rejection> rejections = new ArrayList<>();
        List<ClockEvent> events = new ArrayList<>();
        int round = 1;
        while (auction.result() == null) {
            auction.process(new ClockCommand.OpenRound(round), events::add);
            if (round <= scenario.rounds().size()) {
                for (ClockCommand.Bid bid : scenario.rounds().get(round - 1)) {
                    auction.process(bid, events::add);
                }
            }
            auction.process(new ClockCommand.CloseRound(round), events::add);
            round++;
        }
        if (scenario.rounds().size() > auction.round()) {
            throw new InvalidInputException("rounds[" + auction.round() + "]", "the auction ended after round "
                    + auction.round() + ", so no bids can follow");
        }
        for (ClockEvent event : events) {
            if (event instanceof ClockEvent.RoundClosed closed) {
                rounds.add(closed);
            } else if (event instanceof ClockEvent.BidRejected rejected) {
                rejections.add(new ReplayOutcome.Rejection(rejected.round(), rejected.bid().bidder(),
                        rejected.reason()));
            }
        }
        ClockResult result = auction.result();
        AwardReport report = null;
        if (result.status().hasAward()) {
            List<WinnerShare> shares = result.awards().stream()
                    .map(a -> new WinnerShare(a.bidder(), a.tranches(), planFactors(scenario).get(a.bidder())))
                    .toList();
            report = AwardReport.of(scenario.lot(), scenario.clock().tranches(), result.clearingPrice(), shares);
        }
        return new ReplayOutcome(scenario, result.status(), result.clearingPrice(), rounds, null, 0, rejections,
                result.draws(), report);
    }

    private static ReplayOutcome runOpenReverse(Scenario scenario) {
        Map<String, Boolean> roster = new LinkedHashMap<>();
        scenario.bidders().forEach(b -> roster.put(b.id(), b.qualified()));
        OpenReverseAuction auction = new OpenReverseAuction(scenario.openReverse(), roster);
        List<ReplayOutcome.Rejection> rejections = new ArrayList<>();
        List<ReverseCommand.Bid> bids = scenario.bids();
        for (int index = 0; index < bids.size(); index++) {
            ReverseCommand.Bid bid = bids.get(index);
            if (auction.result() == null && !bid.at().isBefore(auction.closesAt())) {
                auction.process(new ReverseCommand.Close(auction.closesAt()), event -> { });
            }
            int position = index;
            auction.process(bid, event -> {
                if (event instanceof ReverseEvent.BidRejected rejected) {
                    rejections.add(new ReplayOutcome.Rejection(position, bid.bidder(), rejected.reason()));
                }
            });
        }
        if (auction.result() == null) {
            auction.process(new ReverseCommand.Close(auction.closesAt()), event -> { });
        }
        ReverseResult result = auction.result();
        AwardReport report = null;
        if (result.status() == AuctionStatus.AWARDED) {
            WinnerShare share = new WinnerShare(result.winner(), 1, planFactors(scenario).get(result.winner()));
            report = AwardReport.of(scenario.lot(), 1, result.winningPrice(), List.of(share));
        }
        return new ReplayOutcome(scenario, result.status(), result.winningPrice(), List.of(), result.closesAt(),
                result.extensions(), rejections, List.of(), report);
    }

    private static Map<String, ReportedFactor> planFactors(Scenario scenario) {
        Map<String, ReportedFactor> factors = new HashMap<>();
        scenario.bidders().forEach(b -> factors.put(b.id(), b.planFactor()));
        return factors;
    }
}
