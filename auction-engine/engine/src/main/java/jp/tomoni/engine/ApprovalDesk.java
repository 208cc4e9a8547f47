package jp.tomoni.engine;

import java.time.Instant;
import java.util.List;
import jp.tomoni.engine.EngineEvent.CommandRejected;

/**
 * Decides the two-step approval of a group's award (起案・決裁); the auction applies the events. An award of
 * a lot of no group is approved in one step ({@code ApproveAward}); a group's award only in two.
 */
final class ApprovalDesk {

    private ApprovalDesk() {
    }

    /** The one-step approval: refused for a group's award, which the bodies approve part by part. */
    static CommandRejected oneStepProblem(LiveAuction auction) {
        return auction.lot().groupId() == null ? null : new CommandRejected("TWO_STEP_APPROVAL", "auctionId",
                "auction " + auction.id() + " belongs to group " + auction.lot().groupId()
                        + ": its lead proposes the award and each body confirms its own part");
    }

    /** 起案 by {@code by}: the auction must have ended with an award, belong to a group, and not be proposed yet. */
    static void propose(LiveAuction auction, String by, Instant at, Emitter out) {
        if (auction.lot().groupId() == null) {
            out.emit(new CommandRejected("ONE_STEP_APPROVAL", "auctionId", "auction " + auction.id()
                    + " belongs to no group; approve its award in one step"));
        } else if (auction.state() != AuctionState.ENDED || auction.outcome() == null || !auction.outcome().hasAward()) {
            out.emit(new CommandRejected("WRONG_STATE", "state", "auction " + auction.id() + " is " + auction.state()
                    + (auction.outcome() == null ? "" : " (" + auction.outcome() + ")")
                    + "; only an award of an ended auction can be proposed"));
        } else if (auction.approval() != null) {
            out.emit(new CommandRejected("WRONG_STATE", "state", "the award of auction " + auction.id()
                    + " was already proposed"));
        } else {
            auction.commit(List.of(new EngineEvent.AwardProposed(auction.id(), by, auction.lot().bodies())), at, out);
        }
    }

    /** 決裁 by {@code by}: the body must have a part in the proposal, still unanswered; a decline needs a reason. */
    static void answer(LiveAuction auction, EngineCommand.AnswerPart command, String by, Instant at, Emitter out) {
        AwardApproval approval = auction.approval();
        AwardApproval.Part part = approval == null ? null : approval.part(command.bodyCode());
        if (approval == null) {
            out.emit(new CommandRejected("WRONG_STATE", "state", "the award of auction " + auction.id()
                    + " has not been proposed"));
        } else if (part == null) {
            out.emit(new CommandRejected("NO_PART", "bodyCode", "body " + command.bodyCode()
                    + " has no facility in auction " + auction.id()));
        } else if (part.answer() != null) {
            out.emit(new CommandRejected("ALREADY_ANSWERED", "bodyCode", "body " + command.bodyCode()
                    + " already answered for its part"));
        } else if (!command.confirmed() && (command.reason() == null || command.reason().isBlank())) {
            out.emit(new CommandRejected("REASON_REQUIRED", "reason", "a body that declines its part says why"));
        } else {
            String reason = command.confirmed() ? null : command.reason();
            auction.commit(List.of(new EngineEvent.PartAnswered(auction.id(), command.bodyCode(), command.confirmed(),
                    reason, by)), at, out);
            if (auction.approval().complete()) {
                List<String> declined = auction.approval().declined();
                auction.commit(auction.changingTo(AuctionState.APPROVED, declined.isEmpty()
                        ? "award approved by every body" : "award approved; declined by " + String.join(", ", declined)),
                        at, out);
            }
        }
    }
}
