package jp.tomoni.demo;

import java.util.ArrayList;
import java.util.List;
import jp.tomoni.reference.PublicBodies;

/**
 * The users of public bodies the demo registers, and how their sign-ins are shown. The 23 wards' group has a
 * lead officer of Chiyoda, one body officer per ward named {@code officer-<code>}, an analyst of Shibuya and an
 * administrator of Chiyoda; the second group has a lead officer of Saitama City and an officer of Tokorozawa.
 * Each has one role, and a password made new every run ({@link DemoSecrets}).
 */
final class DemoUsers {

    /** The lead officer of the 23 wards' group, who proposes the award (起案). */
    static final String TOKYO_LEAD = "lead-chiyoda";
    /** The analyst of the 23 wards' group. */
    static final String TOKYO_ANALYST = "analyst-tokyo";
    /** The administrator, of Chiyoda. */
    static final String ADMIN = "admin";
    /** The lead officer of the second group, who must not see the 23 wards' auctions. */
    static final String SAITAMA_LEAD = "lead-saitama";

    /** The 23 special wards' municipal codes, 13101 (Chiyoda) to 13123 (Edogawa). */
    static final List<String> WARDS = wards();

    private static final String SHIBUYA = "13113";
    private static final String TOKOROZAWA = "11208";

    private DemoUsers() {
    }

    /**
     * One user the demo registers.
     *
     * @param userId   the sign-in name, as in a run on an empty database
     * @param bodyCode the municipal code of the user's body
     * @param role     the user's one role: {@code LEAD_OFFICER}, {@code BODY_OFFICER}, {@code ANALYST} or
     *                 {@code ADMIN}
     */
    record User(String userId, String bodyCode, String role) {
    }

    /**
     * One row of the sign-in table.
     *
     * @param user     the sign-in name
     * @param bodyCode the municipal code of the user's body
     * @param role     the user's role
     * @param password the password, this run only
     */
    record SignIn(String user, String bodyCode, String role, String password) {
    }

    /** Every user, in registration order: the 23 wards' lead, their officers, analyst and admin, then Saitama's. */
    static List<User> all() {
        List<User> users = new ArrayList<>();
        users.add(new User(TOKYO_LEAD, DemoOrganisation.TOKYO_LEAD_BODY, "LEAD_OFFICER"));
        WARDS.forEach(ward -> users.add(new User(officerOf(ward), ward, "BODY_OFFICER")));
        users.add(new User(TOKYO_ANALYST, SHIBUYA, "ANALYST"));
        users.add(new User(ADMIN, DemoOrganisation.TOKYO_LEAD_BODY, "ADMIN"));
        users.add(new User(SAITAMA_LEAD, DemoOrganisation.SAITAMA_LEAD_BODY, "LEAD_OFFICER"));
        users.add(new User(officerOf(TOKOROZAWA), TOKOROZAWA, "BODY_OFFICER"));
        return List.copyOf(users);
    }

    /** The users the sign-in table shows: both leads, two ward officers, the analyst and the admin. */
    static List<String> shown() {
        return List.of(TOKYO_LEAD, officerOf(DemoOrganisation.TOKYO_LEAD_BODY), officerOf(SHIBUYA), TOKYO_ANALYST,
                ADMIN, SAITAMA_LEAD);
    }

    /** The body officer of {@code bodyCode}: {@code officer-13102} for Chuo. */
    static String officerOf(String bodyCode) {
        return "officer-" + bodyCode;
    }

    /**
     * The sign-in table as lines to print, each indented by {@code indent}: a header, then one row per sign-in
     * with the body's code and English name, columns as wide as their longest entry.
     */
    static List<String> table(List<SignIn> rows, String indent) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"User", "Body", "Role", "Password"});
        PublicBodies bodies = PublicBodies.standard();
        for (SignIn row : rows) {
            cells.add(new String[] {row.user(), row.bodyCode() + " " + bodies.nameEn(row.bodyCode()), row.role(),
                    row.password()});
        }
        int[] widths = new int[4];
        for (String[] line : cells) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] line : cells) {
            StringBuilder text = new StringBuilder(indent);
            for (int i = 0; i < line.length; i++) {
                text.append(i == line.length - 1 ? line[i] : String.format("%-" + (widths[i] + 2) + "s", line[i]));
            }
            lines.add(text.toString());
        }
        return lines;
    }

    /** A CSV of every sign-in ({@code user,body,role,password}), for {@code demo-output/sign-ins.csv}. */
    static String csv(List<SignIn> rows) {
        StringBuilder csv = new StringBuilder("user,body,role,password\n");
        rows.forEach(r -> csv.append(r.user()).append(',').append(r.bodyCode()).append(',').append(r.role())
                .append(',').append(r.password()).append('\n'));
        return csv.toString();
    }

    private static List<String> wards() {
        List<String> codes = new ArrayList<>();
        for (int code = 13101; code <= 13123; code++) {
            codes.add(Integer.toString(code));
        }
        return List.copyOf(codes);
    }
}
