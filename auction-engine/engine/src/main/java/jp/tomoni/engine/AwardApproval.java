package jp.tomoni.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The two-step approval of a group's award (起案・決裁): who proposed it and when, and each participating
 * body's answer. The award is approved once every body has answered; the facilities of a declined part are
 * listed for a new auction.
 *
 * @param proposedBy who proposed it (the lead body's officer)
 * @param proposedAt when
 * @param parts      one part per body with facilities in the lot, in the lot's order
 */
public record AwardApproval(String proposedBy, Instant proposedAt, List<Part> parts) {

    public AwardApproval {
        parts = List.copyOf(parts);
    }

    /**
     * One body's part.
     *
     * @param bodyCode   the body's municipal code
     * @param answer     its answer, or {@code null} while it has not answered
     */
    public record Part(String bodyCode, Answer answer) {
    }

    /**
     * A body's answer.
     *
     * @param confirmed whether it confirmed its part
     * @param reason    why it declined, or {@code null} when it confirmed
     * @param by        who answered
     * @param at        when
     */
    public record Answer(boolean confirmed, String reason, String by, Instant at) {
    }

    /** A fresh proposal to {@code bodies}, none of which has answered. */
    static AwardApproval proposed(String by, Instant at, List<String> bodies) {
        return new AwardApproval(by, at, bodies.stream().map(b -> new Part(b, null)).toList());
    }

    /** The part of body {@code bodyCode}, or {@code null} when the body has no part. */
    public Part part(String bodyCode) {
        return parts.stream().filter(p -> p.bodyCode().equals(bodyCode)).findFirst().orElse(null);
    }

    /** Whether every body has answered. */
    public boolean complete() {
        return parts.stream().allMatch(p -> p.answer() != null);
    }

    /** The municipal codes of the bodies that declined. */
    public List<String> declined() {
        return parts.stream().filter(p -> p.answer() != null && !p.answer().confirmed()).map(Part::bodyCode).toList();
    }

    /** This approval with body {@code bodyCode}'s answer recorded. */
    AwardApproval answered(String bodyCode, Answer answer) {
        List<Part> next = new ArrayList<>(parts.size());
        parts.forEach(p -> next.add(p.bodyCode().equals(bodyCode) ? new Part(bodyCode, answer) : p));
        return new AwardApproval(proposedBy, proposedAt, next);
    }
}
