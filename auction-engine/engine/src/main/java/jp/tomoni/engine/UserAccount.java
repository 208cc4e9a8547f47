package jp.tomoni.engine;

import java.util.Set;

/**
 * A person who signs in, belonging to one public body.
 *
 * @param userId       the sign-in name
 * @param bodyCode     the municipal code of the body the user works for
 * @param roles        what the user may do there
 * @param passwordHash the password as Spring Security stores it, with its encoding prefix ({@code {bcrypt}…});
 *                     never the password itself
 */
public record UserAccount(String userId, String bodyCode, Set<Role> roles, String passwordHash) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    /** Whether the user holds {@code role}. */
    public boolean has(Role role) {
        return roles.contains(role);
    }
}
