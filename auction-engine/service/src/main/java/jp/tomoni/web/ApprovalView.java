package jp.tomoni.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import jp.tomoni.engine.AwardApproval;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.reference.PublicBodies;

/**
 * The approval trail of an auction's award.
 *
 * @param auctionId          the auction
 * @param groupId            its lot's group; {@code null} for an auction of no group, approved in one step
 * @param state              the auction's state ({@code APPROVED} once every body has answered)
 * @param proposedBy         who proposed the award, or {@code null} while it is not proposed
 * @param proposedAt         when (ISO-8601), or {@code null}
 * @param parts              one per body with facilities in the lot, in the lot's order; empty until proposed
 * @param declinedFacilities the facilities of declined parts, to be auctioned again
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApprovalView(String auctionId, String groupId, String state, String proposedBy, String proposedAt,
                           List<PartView> parts, List<String> declinedFacilities) {

    /**
     * One body's part.
     *
     * @param bodyCode   its municipal code
     * @param bodyNameJa its Japanese name
     * @param bodyNameEn its English name
     * @param facilities how many of its facilities the lot holds
     * @param status     {@code PENDING}, {@code CONFIRMED} or {@code DECLINED}
     * @param by         who answered, or {@code null}
     * @param at         when (ISO-8601), or {@code null}
     * @param reason     why it declined, or {@code null}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PartView(String bodyCode, String bodyNameJa, String bodyNameEn, int facilities, String status,
                           String by, String at, String reason) {
    }

    /** The trail of {@code auction}. */
    static ApprovalView of(LiveAuction auction) {
        AwardApproval approval = auction.approval();
        PublicBodies bodies = PublicBodies.standard();
        List<PartView> parts = approval == null ? List.of() : approval.parts().stream().map(p -> {
            AwardApproval.Answer a = p.answer();
            int facilities = (int) auction.lot().facilities().stream()
                    .filter(f -> f.wardCode().equals(p.bodyCode())).count();
            return new PartView(p.bodyCode(), bodies.nameJa(p.bodyCode()), bodies.nameEn(p.bodyCode()), facilities,
                    a == null ? "PENDING" : a.confirmed() ? "CONFIRMED" : "DECLINED", a == null ? null : a.by(),
                    a == null ? null : a.at().toString(), a == null ? null : a.reason());
        }).toList();
        return new ApprovalView(auction.id(), auction.lot().groupId(), auction.state().name(),
                approval == null ? null : approval.proposedBy(),
                approval == null ? null : approval.proposedAt().toString(), parts,
                ApprovalController.declinedFacilities(auction));
    }
}
