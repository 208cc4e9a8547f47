package jp.tomoni.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The checks on the engine's approval trail and on what another group's lead sees. */
class DemoApprovalTest {

    private static JsonNode approval(String state, String... statuses) {
        StringBuilder json = new StringBuilder("{\"auctionId\": \"A\", \"groupId\": \"TOKYO-23\", \"state\": \"")
                .append(state).append("\", \"parts\": [");
        for (int i = 0; i < statuses.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"bodyCode\": \"131").append(String.format("%02d", i + 1))
                    .append("\", \"status\": \"").append(statuses[i]).append("\"}");
        }
        return DemoHttp.JSON.readTree(json.append("]}").toString());
    }

    @Test
    void anAwardEveryBodyConfirmedIsApproved() {
        JsonNode approved = approval("APPROVED", "CONFIRMED", "CONFIRMED", "CONFIRMED");

        assertThat(DemoApproval.confirmed(approved)).isEqualTo(3);
        assertThat(DemoApproval.problem(approved)).isNull();
    }

    @Test
    void aPendingOrDeclinedPartOrAnotherStateIsAProblem() {
        assertThat(DemoApproval.problem(approval("ENDED", "CONFIRMED", "PENDING")))
                .isEqualTo("the state is ENDED; parts not confirmed: 13102 PENDING");
        assertThat(DemoApproval.problem(approval("APPROVED", "DECLINED", "CONFIRMED")))
                .isEqualTo("the state is APPROVED; parts not confirmed: 13101 DECLINED");
        assertThat(DemoApproval.confirmed(approval("APPROVED", "DECLINED", "CONFIRMED"))).isEqualTo(1);
        assertThat(DemoApproval.problem(approval("APPROVED"))).isEqualTo("the state is APPROVED, with no part to answer");
        assertThat(DemoApproval.problem(DemoHttp.JSON.readTree("{}"))).isEqualTo(
                "the state is missing, with no part to answer");
    }

    @Test
    void theTrailsTimesArePrintedInJapanTime() {
        assertThat(DemoApproval.time("2026-12-02T00:34:32.648568Z")).isEqualTo("09:34:32 JST");
        assertThat(DemoApproval.time("soon")).isEqualTo("soon");
    }

    @Test
    void anotherGroupSeesNeitherTheAuctionNorAnyOfTheLots() {
        JsonNode list = DemoHttp.JSON.readTree("[{\"id\": \"MINE\", \"lotId\": \"SAITAMA-1\"},"
                + " {\"id\": \"X\", \"lotId\": \"WARDS-23-SCHOOLS\"}, {\"id\": \"DEMO-1\", \"lotId\": \"OTHER\"}]");

        assertThat(DemoApproval.leaked(list, "DEMO-1", Set.of("WARDS-23", "WARDS-23-SCHOOLS")))
                .containsExactly("X", "DEMO-1");
        assertThat(DemoApproval.leaked(DemoHttp.JSON.readTree("[]"), "DEMO-1", Set.of("WARDS-23"))).isEmpty();
    }
}
