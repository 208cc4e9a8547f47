package jp.tomoni.engine;

/**
 * The scope rules: who may read and do what, by role, body and procurement group. Plain Java over the
 * engine's organisation; the service asks it on every read and write, and the engine again as it applies a
 * registered user's command ({@code CommandScope}). A lot, its auctions and everything
 * derived from them (events, streams, reports, exports, contract sheets) belong to the lot's group; a lot of
 * no group belongs to the installation, which only its own accounts see. Facilities belong to their body.
 */
public final class Access {

    private final OrganisationQueries organisation;

    public Access(OrganisationQueries organisation) {
        this.organisation = organisation;
    }

    /** Reading a lot or auction of {@code groupId} (or of none): members of the group but administrators only. */
    public Decision readGroupWork(Actor actor, String groupId) {
        if (!sees(actor, groupId)) {
            return Decision.HIDE;
        }
        return actor.kind() != Actor.Kind.MEMBER || actor.has(Role.LEAD_OFFICER) || actor.has(Role.BODY_OFFICER)
                || actor.has(Role.ANALYST) ? Decision.ALLOW : Decision.FORBID;
    }

    /** Pooling a lot or running an auction in {@code groupId}: the lead body's officer, or the operator. */
    public Decision runGroupWork(Actor actor, String groupId) {
        if (!sees(actor, groupId)) {
            return Decision.HIDE;
        } else if (actor.kind() == Actor.Kind.OPERATOR) {
            return Decision.ALLOW;
        }
        ProcurementGroup group = organisation.group(groupId);
        return actor.has(Role.LEAD_OFFICER) && group != null && group.leadBody().equals(actor.bodyCode())
                ? Decision.ALLOW : Decision.FORBID;
    }

    /**
     * Proposing the award of an auction of {@code groupId} (起案): the lead body's officer alone, whose name the
     * trail then carries. The installation's operator proposes for no group (an auction of no group is approved
     * in one step, which the engine then says).
     */
    public Decision propose(Actor actor, String groupId) {
        Decision run = runGroupWork(actor, groupId);
        return run == Decision.ALLOW && groupId != null && actor.kind() == Actor.Kind.OPERATOR ? Decision.FORBID : run;
    }

    /**
     * Seeing a facility of body {@code bodyCode}: a body's officers see its own; the lead's officers and the
     * analysts of a group see the group's.
     */
    public Decision readFacility(Actor actor, String bodyCode) {
        if (actor.kind() != Actor.Kind.MEMBER) {
            return Decision.ALLOW;
        } else if (bodyCode.equals(actor.bodyCode()) && (actor.has(Role.BODY_OFFICER) || actor.has(Role.LEAD_OFFICER)
                || actor.has(Role.ANALYST))) {
            return Decision.ALLOW;
        }
        ProcurementGroup own = organisation.groupOfBody(actor.bodyCode());
        return own != null && own.includes(bodyCode) && (actor.has(Role.LEAD_OFFICER) || actor.has(Role.ANALYST))
                ? Decision.ALLOW : Decision.HIDE;
    }

    /** Registering facilities of body {@code bodyCode}: that body's officers (a lead officer is one of its body's). */
    public Decision manageFacilities(Actor actor, String bodyCode) {
        if (actor.kind() == Actor.Kind.OPERATOR) {
            return Decision.ALLOW;
        }
        return bodyCode.equals(actor.bodyCode()) && (actor.has(Role.BODY_OFFICER) || actor.has(Role.LEAD_OFFICER))
                ? Decision.ALLOW : Decision.FORBID;
    }

    /**
     * Confirming or declining body {@code bodyCode}'s part of an award in {@code groupId}: only that body's own
     * officer. The installation's operator signs for no body.
     */
    public Decision answerPart(Actor actor, String groupId, String bodyCode) {
        if (!sees(actor, groupId)) {
            return Decision.HIDE;
        }
        return bodyCode.equals(actor.bodyCode()) && (actor.has(Role.BODY_OFFICER) || actor.has(Role.LEAD_OFFICER))
                ? Decision.ALLOW : Decision.FORBID;
    }

    /** Reading body {@code bodyCode}'s contract sheets in {@code groupId}: that body, the lead, the analysts. */
    public Decision readContract(Actor actor, String groupId, String bodyCode) {
        Decision work = readGroupWork(actor, groupId);
        if (work != Decision.ALLOW || actor.kind() != Actor.Kind.MEMBER || actor.has(Role.LEAD_OFFICER)
                || actor.has(Role.ANALYST)) {
            return work;
        }
        return bodyCode.equals(actor.bodyCode()) ? Decision.ALLOW : Decision.FORBID;
    }

    /** Managing groups, users and retailers' registrations: the operator and administrators. */
    public Decision administer(Actor actor) {
        return actor.kind() == Actor.Kind.OPERATOR || actor.has(Role.ADMIN) ? Decision.ALLOW : Decision.FORBID;
    }

    /** Reading the registered retailers (to invite them): the operator, administrators and lead officers. */
    public Decision readRetailers(Actor actor) {
        return administer(actor) == Decision.ALLOW || actor.has(Role.LEAD_OFFICER) ? Decision.ALLOW : Decision.FORBID;
    }

    /** Reading the journal of every command of every group: the operator alone. */
    public Decision audit(Actor actor) {
        return actor.kind() == Actor.Kind.OPERATOR ? Decision.ALLOW : Decision.FORBID;
    }

    /** Reading group {@code groupId}'s membership: its members, the operator, the installation's analyst, admins. */
    public Decision readGroup(Actor actor, String groupId) {
        return sees(actor, groupId) || actor.has(Role.ADMIN) ? Decision.ALLOW : Decision.HIDE;
    }

    /** Whether {@code groupId} (or the installation, for {@code null}) is within the actor's scope. */
    private boolean sees(Actor actor, String groupId) {
        if (actor.kind() != Actor.Kind.MEMBER) {
            return true;
        }
        ProcurementGroup own = organisation.groupOfBody(actor.bodyCode());
        return groupId != null && own != null && own.groupId().equals(groupId);
    }
}
