package jp.tomoni.engine;

import java.util.List;
import java.util.Map;
import jp.tomoni.core.draw.TieBreakSeed;
import jp.tomoni.engine.EngineCommand.CreateClockAuction;
import jp.tomoni.engine.EngineCommand.CreateReverseAuction;
import jp.tomoni.engine.EngineEvent.CommandRejected;

/**
 * Decides whether an auction can be created (bounds, ids, lot, invited retailers, the re-auction rule) and
 * builds it with its roster; the processor then keeps it.
 */
final class AuctionCreator {

    private AuctionCreator() {
    }

    /**
     * The new auction, its creation announced on {@code out}; or {@code null} with the refusal on {@code out}.
     *
     * @param candidates the retailers qualified for the lot: every registered one for a lot of no group, those
     *                   the group approved (with their application's security and plan) for a group's lot
     */
    static LiveAuction create(EngineCommand.AuctionCreation command, Registry registry, List<Retailer> candidates,
                              Map<String, LiveAuction> auctions, Emitter out) {
        LotRecord lot = registry.lot(command.lotId());
        CommandRejected refused = creationProblem(command, lot, candidates, auctions);
        if (refused != null) {
            out.emit(refused);
            return null;
        }
        int tranches = command instanceof CreateClockAuction c ? c.parameters().tranches() : 1;
        AuctionRoster taking = AuctionRoster.of(candidates, command.bidders(),
                command.securityPerTrancheYen(), tranches);
        Map<String, Retailer> roster = taking.roster();
        List<String> invited = taking.invited();
        TieBreakSeed seed = TieBreakSeed.parse(command.seedHex());
        LiveAuction auction = command instanceof CreateClockAuction c
                ? new LiveClockAuction(c.auctionId(), lot, c.parameters(), c.roundLength(), c.recess(), seed,
                        c.reauctionOf(), c.supplyPeriod(), c.securityPerTrancheYen(), roster, invited)
                : new LiveReverseAuction(command.auctionId(), lot, ((CreateReverseAuction) command).parameters(), seed,
                        command.reauctionOf(), command.supplyPeriod(), command.securityPerTrancheYen(), roster,
                        invited);
        out.emit(new EngineEvent.AuctionCreated(auction.id(), auction.format(), lot.lotId(), seed.publishedHash()));
        return auction;
    }

    private static CommandRejected creationProblem(EngineCommand.AuctionCreation command, LotRecord lot,
                                                   List<Retailer> candidates, Map<String, LiveAuction> auctions) {
        Limits.OutOfBounds bounds = boundsProblem(command);
        if (bounds != null) {
            return new CommandRejected("OUT_OF_RANGE", bounds.field(), bounds.reason());
        } else if (auctions.containsKey(command.auctionId())) {
            return new CommandRejected("DUPLICATE_ID", "auctionId", "auction " + command.auctionId() + " already exists");
        } else if (lot == null) {
            return new CommandRejected("UNKNOWN_LOT", "lotId", "no lot " + command.lotId());
        }
        String stranger = command.bidders().stream()
                .filter(id -> candidates.stream().noneMatch(r -> r.retailerId().equals(id))).findFirst().orElse(null);
        if (stranger != null) {
            return new CommandRejected("INVALID_AUCTION", "bidders", "retailer " + stranger + " is not qualified"
                    + (lot.groupId() == null ? "" : " in group " + lot.groupId()));
        }
        if (command.reauctionOf() == null) {
            return null;
        }
        String again = auctions.values().stream().filter(a -> command.reauctionOf().equals(a.reauctionOf()))
                .map(LiveAuction::id).findFirst().orElse(null);
        if (again != null) {
            return new CommandRejected("ALREADY_REAUCTIONED", "auctionId", "auction " + command.reauctionOf()
                    + " was already re-auctioned as " + again + "; re-auction that one if it failed too");
        }
        String reauction = reauctionProblem(command.reauctionOf(), command.lotId(), auctions);
        return reauction == null ? null : new CommandRejected("INVALID_AUCTION", "auctionId", reauction);
    }

    private static Limits.OutOfBounds boundsProblem(EngineCommand.AuctionCreation command) {
        Long security = command.securityPerTrancheYen();
        if (security != null && (security < 1 || security > Limits.MAX_SECURITY_PER_TRANCHE_YEN)) {
            return new Limits.OutOfBounds("securityPerTrancheYen", "the security per tranche lies between 1 and "
                    + Limits.MAX_SECURITY_PER_TRANCHE_YEN + " yen");
        }
        if (command instanceof CreateClockAuction c) {
            String round = Limits.roundLengthProblem(c.roundLength());
            String recess = Limits.recessProblem(c.recess());
            return round != null ? new Limits.OutOfBounds("roundSeconds", round)
                    : recess != null ? new Limits.OutOfBounds("recessSeconds", recess) : null;
        }
        return Limits.reverseProblem(((CreateReverseAuction) command).parameters());
    }

    private static String reauctionProblem(String failedId, String lotId, Map<String, LiveAuction> auctions) {
        LiveAuction failed = auctions.get(failedId);
        if (failed == null) {
            return "no auction " + failedId + " to re-auction";
        } else if (!failed.lot().lotId().equals(lotId)) {
            return "auction " + failedId + " was for lot " + failed.lot().lotId() + ", not " + lotId;
        }
        boolean failedOrCancelled = failed.state() == AuctionState.CANCELLED
                || (failed.state() == AuctionState.ENDED && !failed.outcome().hasAward());
        return failedOrCancelled ? null : "auction " + failedId + " is " + failed.state()
                + (failed.outcome() == null ? "" : " (" + failed.outcome() + ")")
                + "; only a cancelled auction or one that ended without an award can be re-auctioned";
    }
}
