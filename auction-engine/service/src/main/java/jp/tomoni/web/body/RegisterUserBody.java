package jp.tomoni.web.body;

import static jp.tomoni.web.body.BodyValueException.required;

import java.util.List;
import java.util.Set;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.Role;

/**
 * The body that registers a user of a public body: {@code {userId, bodyCode, roles[], password}}. The password
 * is {@value #MIN_PASSWORD} to {@value Text#MAX_LENGTH} characters; only its bcrypt hash is kept.
 *
 * @param userId   the sign-in name
 * @param bodyCode the municipal code of the user's body
 * @param roles    one or more of {@code ADMIN}, {@code LEAD_OFFICER}, {@code BODY_OFFICER}, {@code ANALYST}
 * @param password the password the user signs in with
 */
public record RegisterUserBody(Identifier userId, Identifier bodyCode, List<Role> roles, Text password) {

    /** The fewest characters a password may have. */
    public static final int MIN_PASSWORD = 12;

    public RegisterUserBody {
        required(userId, "userId");
        required(bodyCode, "bodyCode");
        required(password, "password");
        if (roles == null || roles.isEmpty()) {
            throw new BodyValueException(BodyValueException.REQUIRED, "roles", "a user holds at least one role");
        }
        roles = List.copyOf(roles);
        if (password.value().codePointCount(0, password.value().length()) < MIN_PASSWORD) {
            throw new BodyValueException("WEAK_PASSWORD", "password", "a password has at least " + MIN_PASSWORD
                    + " characters");
        }
    }

    /** The engine's command, with the password already hashed as {@code passwordHash}. */
    public EngineCommand.RegisterUser command(String passwordHash) {
        return new EngineCommand.RegisterUser(userId.value(), bodyCode.value(), Set.copyOf(roles), passwordHash);
    }
}
