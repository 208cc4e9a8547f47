package jp.tomoni.engine;

/**
 * What a user of a public body may do. A user holds one or more roles; each applies within the procurement
 * group of the user's body, except {@link #ADMIN}, which applies to the installation.
 */
public enum Role {
    /** Manages groups, bodies' users and retailers' registrations; reads no auction. */
    ADMIN,
    /** An officer of a group's lead body: pools the group's lots, runs its auctions and proposes awards. */
    LEAD_OFFICER,
    /** An officer of a body: manages the body's own facilities and confirms or declines its own part of an award. */
    BODY_OFFICER,
    /** Reads the group's lots, auctions and reports; changes nothing. */
    ANALYST
}
