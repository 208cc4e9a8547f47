package jp.tomoni.engine;

/**
 * Who is asking. An installation's own accounts (configured, not registered) are not bound to a body: its
 * operator may do what any officer may, its analyst read everything. Every registered user is a member of a
 * public body, scoped by that body's group.
 *
 * @param name the sign-in name, as journaled with each command
 * @param kind which of these it is
 * @param user the registered account of a {@link Kind#MEMBER}, else {@code null}
 */
public record Actor(String name, Kind kind, UserAccount user) {

    /** Which kind of person is asking. */
    public enum Kind {
        /** The installation's operator (configured role {@code OFFICER}): every scope; no body's signature. */
        OPERATOR,
        /** The installation's analyst (configured role {@code ANALYST}): reads every scope. */
        INSTALLATION_ANALYST,
        /** A registered user of a public body. */
        MEMBER
    }

    /** The installation's operator. */
    public static Actor operator(String name) {
        return new Actor(name, Kind.OPERATOR, null);
    }

    /** The installation's analyst. */
    public static Actor installationAnalyst(String name) {
        return new Actor(name, Kind.INSTALLATION_ANALYST, null);
    }

    /** A registered user of a body. */
    public static Actor member(UserAccount user) {
        return new Actor(user.userId(), Kind.MEMBER, user);
    }

    /** Whether this is a member holding {@code role}. */
    public boolean has(Role role) {
        return user != null && user.has(role);
    }

    /** The municipal code of a member's body, or {@code null} for an installation account. */
    public String bodyCode() {
        return user == null ? null : user.bodyCode();
    }
}
