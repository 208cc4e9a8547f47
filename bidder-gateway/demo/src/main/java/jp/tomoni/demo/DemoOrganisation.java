package jp.tomoni.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.tomoni.reference.PublicBodies;
import tools.jackson.databind.JsonNode;

/**
 * The demo's organisation, set up by the installation's officer before the auction: two procurement groups of
 * the reference data's public bodies (the 23 special wards led by Chiyoda, and Saitama City with Tokorozawa and
 * Ome) and the users of their bodies ({@link DemoUsers}), each with this run's password. It then signs in as
 * any of them. On a database that already holds the users (yours, from an earlier run) every name gets this
 * run's stamp, as the retailers' ids do, since their old passwords are unknown.
 */
final class DemoOrganisation {

    /** The 23 wards' group, whose lots the demo auctions. */
    static final String TOKYO_GROUP = "TOKYO-23";
    /** The second group, which must not see the 23 wards' work. */
    static final String SAITAMA_GROUP = "SAITAMA-TAMA";
    /** The lead body of the 23 wards' group: Chiyoda. */
    static final String TOKYO_LEAD_BODY = "13101";
    /** The lead body of the second group: Saitama City. */
    static final String SAITAMA_LEAD_BODY = "11100";

    /** The file, in the output directory, that lists every user's sign-in for this run. */
    static final String SIGN_INS_FILE = "sign-ins.csv";

    private static final List<String> SAITAMA_MEMBERS = List.of("11208", "13205");

    private final OfficerClient operator;
    private final DemoHttp http;
    private final URI engine;
    private final DemoSecrets secrets;
    private final String stamp;
    private final PrintStream out;
    /** What ends every user's name: empty, or {@code -stamp} on a database that has the usual names. */
    private String suffix = "";

    DemoOrganisation(OfficerClient operator, DemoHttp http, URI engine, DemoSecrets secrets, String stamp,
                     PrintStream out) {
        this.operator = operator;
        this.http = http;
        this.engine = engine;
        this.secrets = secrets;
        this.stamp = stamp;
        this.out = out;
    }

    /**
     * Forms both groups, registers every user, prints the sign-in table and writes every sign-in to
     * {@value #SIGN_INS_FILE} in {@code dir}; answers that file.
     */
    Path setUp(Path dir) {
        formGroup(TOKYO_GROUP, "Tokyo 23 special wards", "特別区（23区）", TOKYO_LEAD_BODY, DemoUsers.WARDS);
        formGroup(SAITAMA_GROUP, "Saitama and Tama cities", "埼玉・多摩の市", SAITAMA_LEAD_BODY,
                SAITAMA_MEMBERS);
        Set<String> existing = operator.userIds();
        List<DemoUsers.User> users = DemoUsers.all();
        if (users.stream().anyMatch(u -> existing.contains(u.userId()))) {
            suffix = "-" + stamp;
        }
        for (DemoUsers.User user : users) {
            operator.registerUser(name(user.userId()), user.bodyCode(), user.role(), password(user.userId()));
        }
        long bodies = users.stream().map(DemoUsers.User::bodyCode).distinct().count();
        out.println("  Registered " + users.size() + " users of " + bodies + " bodies"
                + (suffix.isEmpty() ? "" : ", with names ending " + suffix + " as this database has the usual ones")
                + "; their sign-ins, new this run (console or HTTP Basic):");
        printSignIns("    ");
        Path file = dir.resolve(SIGN_INS_FILE);
        try {
            Files.writeString(file, DemoUsers.csv(signIns(users.stream().map(DemoUsers.User::userId).toList())),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DemoException("Could not write " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        return file.toAbsolutePath();
    }

    /**
     * Prints the sign-in table of {@link DemoUsers#shown()}, then one line on the other users' names and where
     * every sign-in is, each line starting with {@code indent}.
     */
    void printSignIns(String indent) {
        DemoUsers.table(signIns(DemoUsers.shown()), indent).forEach(out::println);
        List<String> wards = DemoUsers.WARDS;
        out.println(indent + "Every ward has a body officer: " + name(DemoUsers.officerOf(wards.get(0))) + " to "
                + name(DemoUsers.officerOf(wards.get(wards.size() - 1))) + "; Tokorozawa's is "
                + name(DemoUsers.officerOf("11208")) + ". Every sign-in is in " + Path.of("demo-output", SIGN_INS_FILE)
                + ".");
    }

    /** The name {@code userId} of {@link DemoUsers#all()} signs in with in this run. */
    String name(String userId) {
        return userId + suffix;
    }

    /** The password of {@code userId} of {@link DemoUsers#all()}, this run's. */
    String password(String userId) {
        return secrets.userPassword(userId);
    }

    /** A client signed in as the user {@code userId} of {@link DemoUsers#all()}. */
    OfficerClient as(String userId) {
        if (!secrets.userPasswords().containsKey(userId)) {
            throw new DemoException("The demo has no user " + userId + " to sign in as");
        }
        return new OfficerClient(http, engine, name(userId), password(userId));
    }

    private List<DemoUsers.SignIn> signIns(List<String> userIds) {
        return userIds.stream().map(id -> DemoUsers.all().stream().filter(u -> u.userId().equals(id)).findFirst()
                .map(u -> new DemoUsers.SignIn(name(id), u.bodyCode(), u.role(), password(id)))
                .orElseThrow(() -> new IllegalArgumentException("no demo user " + id))).toList();
    }

    /**
     * Forms a group; a group of the same id and lead from an earlier run on this database is used as it is, and
     * any other refusal fails the demo.
     */
    private void formGroup(String groupId, String name, String nameJa, String lead, List<String> members) {
        PublicBodies bodies = PublicBodies.standard();
        String leadName = bodies.nameEn(lead) + " (" + lead + ")";
        JsonNode formed = operator.createGroup(groupId, name, nameJa, lead, members);
        if (formed == null) {
            boolean same = false;
            for (JsonNode group : operator.groups()) {
                same |= groupId.equals(group.path("groupId").asString()) && lead.equals(group.path("leadBody")
                        .asString());
            }
            if (!same) {
                throw new DemoException("Forming the group " + groupId + " failed: this database has another group of"
                        + " that id or of one of its bodies (" + lead + ", " + String.join(", ", members) + ")");
            }
            out.println("  Group " + groupId + " exists already in this database, led by " + leadName + "; using it.");
            return;
        }
        List<String> others = new ArrayList<>();
        formed.path("members").forEach(m -> others.add(m.path("nameEn").asString()));
        others.remove(bodies.nameEn(lead));
        out.println("  Formed the procurement group " + groupId + " \"" + name + "\" (" + nameJa + "): "
                + formed.path("members").size() + " bodies, lead " + leadName
                + (others.size() > 3 ? "" : ", with " + String.join(" and ", others)) + ".");
    }
}
