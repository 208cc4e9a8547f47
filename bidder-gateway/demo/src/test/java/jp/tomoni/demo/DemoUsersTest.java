package jp.tomoni.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo's users of public bodies, and how their sign-ins are shown. */
class DemoUsersTest {

    @Test
    void everyWardHasItsOfficerAndEachGroupItsLead() {
        List<DemoUsers.User> users = DemoUsers.all();

        assertThat(users).hasSize(28).extracting(DemoUsers.User::userId).doesNotHaveDuplicates()
                .startsWith("lead-chiyoda", "officer-13101", "officer-13102")
                .contains("officer-13123", "analyst-tokyo", "admin", "lead-saitama", "officer-11208");
        assertThat(DemoUsers.WARDS).hasSize(23).startsWith("13101").endsWith("13123");
        assertThat(users).filteredOn(u -> u.role().equals("LEAD_OFFICER")).extracting(DemoUsers.User::bodyCode)
                .containsExactly(DemoOrganisation.TOKYO_LEAD_BODY, DemoOrganisation.SAITAMA_LEAD_BODY);
        assertThat(users).filteredOn(u -> u.role().equals("BODY_OFFICER"))
                .allMatch(u -> u.userId().equals(DemoUsers.officerOf(u.bodyCode())));
        assertThat(DemoUsers.all()).containsAll(DemoUsers.shown().stream()
                .map(id -> users.stream().filter(u -> u.userId().equals(id)).findFirst().orElseThrow()).toList());
    }

    @Test
    void theTableLinesUpItsColumnsAndNamesEachBody() {
        List<String> lines = DemoUsers.table(List.of(
                new DemoUsers.SignIn("lead-chiyoda", "13101", "LEAD_OFFICER", "pw-1"),
                new DemoUsers.SignIn("lead-saitama", "11100", "LEAD_OFFICER", "pw-22")), "  ");

        assertThat(lines).containsExactly(
                "  User          Body                Role          Password",
                "  lead-chiyoda  13101 Chiyoda       LEAD_OFFICER  pw-1",
                "  lead-saitama  11100 Saitama City  LEAD_OFFICER  pw-22");
    }

    @Test
    void theCsvHasOneRowPerSignIn() {
        assertThat(DemoUsers.csv(List.of(new DemoUsers.SignIn("admin", "13101", "ADMIN", "pw"))))
                .isEqualTo("user,body,role,password\nadmin,13101,ADMIN,pw\n");
    }
}
