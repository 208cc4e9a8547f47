package jp.tomoni.web;

import static jp.tomoni.web.HostileBodies.NUL;

import java.util.stream.Stream;
import jp.tomoni.web.HostileBodies.Case;
import org.springframework.http.MediaType;

/**
 * Hostile bodies against the endpoints of procurement groups, users, group lots and the two-step approval:
 * each differs from an accepted body only by its hostile part, and is refused at the edge (400) before any
 * scope check or command.
 */
final class HostileOrganisationBodies {

    private HostileOrganisationBodies() {
    }

    /** A group body of body 13123 (Edogawa) alone; {@code fields} is spliced in with its leading comma. */
    static String group(String groupId, String fields) {
        return "{\"groupId\": \"" + groupId + "\", \"name\": \"Edogawa alone\", \"nameJa\": \"江戸川区のみ\","
                + " \"leadBody\": \"13123\", \"members\": []" + fields + "}";
    }

    /** A user body of a Minato officer; {@code fields} is spliced in with its leading comma. */
    static String user(String userId, String fields) {
        return "{\"userId\": \"" + userId + "\", \"bodyCode\": \"13103\", \"roles\": [\"BODY_OFFICER\"],"
                + " \"password\": \"a-long-enough-password\"" + fields + "}";
    }

    private static Case bad(String name, String path, String body, String code, String field) {
        return new Case(name, path, MediaType.APPLICATION_JSON_VALUE, body, 400, code, field);
    }

    static Stream<Case> groupCases() {
        String path = "/api/v1/groups";
        String ok = "HOSTILE-G";
        return Stream.of(
                bad("an unknown field", path, group(ok, ", \"budget\": 1"), "UNKNOWN_FIELD", "budget"),
                bad("a group id with a NUL", path, group("G" + NUL, ""), "INVALID_ID", "groupId"),
                bad("an empty group id", path, group("", ""), "INVALID_ID", "groupId"),
                bad("a group id with a slash", path, group("G/1", ""), "INVALID_ID", "groupId"),
                bad("a name with a line break", path, group(ok, "").replace("Edogawa alone", "Edogawa\\nalone"),
                        "INVALID_TEXT", "name"),
                bad("no Japanese name", path, group(ok, "").replace(" \"nameJa\": \"江戸川区のみ\",", ""), "REQUIRED",
                        "nameJa"),
                bad("no lead body", path, group(ok, "").replace(" \"leadBody\": \"13123\",", ""), "REQUIRED",
                        "leadBody"),
                bad("a lead body as a number", path, group(ok, "").replace("\"13123\"", "13123"), "INVALID_ID",
                        "leadBody"),
                bad("members as a string", path, group(ok, "").replace("[]", "\"13101\""), "WRONG_TYPE", "members"),
                bad("a member code with a NUL", path, group(ok, "").replace("[]", "[\"131" + NUL + "01\"]"),
                        "INVALID_ID", "members[0]"),
                bad("a hundred and one members", path, group(ok, "").replace("[]", "[" + "\"13101\",".repeat(100)
                        + "\"13101\"]"), "OUT_OF_RANGE", "members"),
                bad("a group id twice", path, group(ok, ", \"groupId\": \"HOSTILE-G2\""), "DUPLICATE_FIELD", "groupId"));
    }

    static Stream<Case> userCases() {
        String path = "/api/v1/users";
        String ok = "hostile-user";
        return Stream.of(
                bad("an unknown field", path, user(ok, ", \"isAdmin\": true"), "UNKNOWN_FIELD", "isAdmin"),
                bad("a password of eleven characters", path, user(ok, "").replace("a-long-enough-password",
                        "elevenchars"), "WEAK_PASSWORD", "password"),
                bad("a password with a NUL", path, user(ok, "").replace("a-long-enough", "a-long" + NUL + "enough"),
                        "INVALID_TEXT", "password"),
                bad("a password as a number", path, user(ok, "").replace("\"a-long-enough-password\"",
                        "123456789012345"), "INVALID_TEXT", "password"),
                bad("an unknown role", path, user(ok, "").replace("BODY_OFFICER", "MAYOR"), "UNKNOWN_ROLE", "roles[0]"),
                bad("no role", path, user(ok, "").replace("[\"BODY_OFFICER\"]", "[]"), "REQUIRED", "roles"),
                bad("no body", path, user(ok, "").replace(" \"bodyCode\": \"13103\",", ""), "REQUIRED", "bodyCode"),
                bad("a user id with a space", path, user("hostile user", ""), "INVALID_ID", "userId"),
                bad("a user id of 65 characters", path, user("u".repeat(65), ""), "INVALID_ID", "userId"),
                bad("a user id twice", path, user(ok, ", \"userId\": \"other\""), "DUPLICATE_FIELD", "userId"));
    }

    static Stream<Case> approvalAndLotCases() {
        String decline = "/api/v1/auctions/HOSTILE-TARGET/parts/13101/decline";
        return Stream.of(
                bad("no reason", decline, "{}", "REQUIRED", "reason"),
                bad("a reason with a NUL", decline, "{\"reason\": \"no" + NUL + "\"}", "INVALID_TEXT", "reason"),
                bad("a reason of 501 characters", decline, "{\"reason\": \"" + "x".repeat(501) + "\"}", "INVALID_TEXT",
                        "reason"),
                bad("an unknown field", decline, "{\"reason\": \"no\", \"signature\": \"x\"}", "UNKNOWN_FIELD",
                        "signature"),
                bad("a lot's group id with a slash", "/api/v1/lots", HostileBodies.lot("HOSTILE-LOT2",
                        ", \"groupId\": \"../G1\""), "INVALID_ID", "groupId"));
    }
}
