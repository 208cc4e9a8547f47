package jp.tomoni.engine;

import java.util.Map;
import jp.tomoni.engine.EngineEvent.CommandRejected;

/**
 * The scope rules ({@link Access}) as the engine applies them to a registered user's command, at the moment
 * it is applied: the service checks the same rules before it sends a command, and this guard holds them even
 * when the command's object appeared in the meantime (an id another group created between the check and the
 * command). Something outside the user's group is refused exactly as an unknown id is; something the user
 * sees but may not do is {@code FORBIDDEN}. Bids and timer ticks pass untouched, so the bid path pays nothing
 * for this; so do the commands of the installation's own accounts and of retailers, which the service decided.
 */
final class CommandScope {

    private CommandScope() {
    }

    /** The refusal of {@code entry} by the scope rules, or {@code null} when they allow it. */
    static CommandRejected refusal(Journaled entry, Organisation organisation, Registry registry,
                                   Map<String, LiveAuction> auctions) {
        if (entry.command() instanceof EngineCommand.BidCommand || entry.command() instanceof EngineCommand.Tick) {
            return null;
        }
        UserAccount user = organisation.user(entry.actor());
        if (user == null) {
            return null;
        }
        Actor actor = Actor.member(user);
        Access access = new Access(organisation);
        EngineCommand command = entry.command();
        if (command instanceof EngineCommand.AuctionCreation c) {
            LotRecord lot = registry.lot(c.lotId());
            return lot == null ? null : refused(access.runGroupWork(actor, lot.groupId()), "UNKNOWN_LOT", "lotId",
                    "no lot " + c.lotId());
        } else if (command instanceof EngineCommand.CreateLot c) {
            return c.groupId() == null ? forbidden("groupId") : refused(access.runGroupWork(actor, c.groupId()),
                    "UNKNOWN_GROUP", "groupId", "no group " + c.groupId());
        } else if (command instanceof EngineCommand.DecideApplication c) {
            return refused(access.runGroupWork(actor, c.groupId()), "UNKNOWN_GROUP", "groupId", "no group " + c.groupId());
        } else if (command instanceof EngineCommand.ImportFacilities c) {
            return c.facilities().stream().map(f -> access.manageFacilities(actor, f.wardCode()))
                    .filter(d -> d != Decision.ALLOW).findFirst().map(d -> forbidden("wardCode")).orElse(null);
        } else if (command instanceof EngineCommand.CreateGroup || command instanceof EngineCommand.RegisterUser
                || command instanceof EngineCommand.QualifyRetailer) {
            return access.administer(actor) == Decision.ALLOW ? null : forbidden(null);
        }
        String auctionId = auctionOf(command);
        LiveAuction auction = auctionId == null ? null : auctions.get(auctionId);
        if (auction == null) {
            return auctionId == null ? forbidden(null) : null;
        }
        String group = auction.lot().groupId();
        Decision decision = command instanceof EngineCommand.ProposeAward ? access.propose(actor, group)
                : command instanceof EngineCommand.AnswerPart c ? access.answerPart(actor, group, c.bodyCode())
                : access.runGroupWork(actor, group);
        return refused(decision, "UNKNOWN_AUCTION", "auctionId", "no auction " + auctionId);
    }

    /** The auction a life-cycle or approval command names, or {@code null} for any other command. */
    private static String auctionOf(EngineCommand command) {
        if (command instanceof EngineCommand.StartAuction c) {
            return c.auctionId();
        } else if (command instanceof EngineCommand.ScheduleAuction c) {
            return c.auctionId();
        } else if (command instanceof EngineCommand.PauseAuction c) {
            return c.auctionId();
        } else if (command instanceof EngineCommand.ResumeAuction c) {
            return c.auctionId();
        } else if (command instanceof EngineCommand.CancelAuction c) {
            return c.auctionId();
        } else if (command instanceof EngineCommand.ApproveAward c) {
            return c.auctionId();
        } else if (command instanceof EngineCommand.ProposeAward c) {
            return c.auctionId();
        } else if (command instanceof EngineCommand.AnswerPart c) {
            return c.auctionId();
        }
        return null;
    }

    private static CommandRejected refused(Decision decision, String unknownCode, String field, String unknown) {
        return switch (decision) {
            case ALLOW -> null;
            case FORBID -> forbidden(field);
            case HIDE -> new CommandRejected(unknownCode, field, unknown);
        };
    }

    private static CommandRejected forbidden(String field) {
        return new CommandRejected("FORBIDDEN", field, "your role or your body may not do this here");
    }
}
