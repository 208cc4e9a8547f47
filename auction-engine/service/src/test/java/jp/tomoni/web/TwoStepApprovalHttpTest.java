package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.tomoni.web.ScopeFixture.Who;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * 起案・決裁 over HTTP. Given group G1's auction ended with an award, when its lead officer proposes it, Chiyoda
 * (the lead body) and Minato confirm their parts and Shinjuku's officer declines with a reason, expect the
 * auction APPROVED only after the last answer, the trail naming who answered what and when, Shinjuku's facility
 * listed for a new auction and no contract sheet for it, the trail in the events and in the report, and every
 * step in the audit trail.
 * The groups are {@link ScopeFixture}'s, shared with the scope tests on the same engine, which never propose.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoStepApprovalHttpTest extends LiveEngineTestBase {

    private long registered;

    @BeforeAll
    void twoGroupsWithAnAwardEach() {
        ScopeFixture.setUp(this);
        registered = ((Number) officerPost("/api/v1/users", """
                {"userId": "shinjuku-officer", "bodyCode": "13104", "roles": ["BODY_OFFICER"],
                 "password": "%s"}""".formatted(ScopeFixture.PASSWORD), 201).get("seq")).longValue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLeadProposesEachBodyAnswersAndTheAwardIsApprovedWhenAllHave() {
        long before = runtime.queries().lastSeq();
        String shinjukuSheet = ScopeFixture.sheetsByBody(this, "A1").get("13104");
        Map<String, Object> proposed = post(Who.L1, "/api/v1/auctions/A1/propose", "", 200);
        assertThat(proposed.get("proposedBy")).isEqualTo("chiyoda-lead");
        assertThat(proposed.get("state")).isEqualTo("ENDED");
        assertThat(((List<Map<String, Object>>) proposed.get("parts")).stream().map(p -> p.get("bodyCode") + ":"
                + p.get("status"))).containsExactly("13101:PENDING", "13103:PENDING", "13104:PENDING");
        post(Who.L1, "/api/v1/auctions/A1/propose", "", 409);

        post(Who.B1, "/api/v1/auctions/A1/parts/13103/confirm", "", 200);
        post(Who.B1, "/api/v1/auctions/A1/parts/13103/confirm", "", 409);
        post(Who.L1, "/api/v1/auctions/A1/parts/13101/confirm", "", 200);
        assertThat(runtime.queries().auction("A1").state().name()).isEqualTo("ENDED");
        client().mutate().defaultHeaders(h -> h.setBasicAuth("shinjuku-officer", ScopeFixture.PASSWORD)).build()
                .post().uri("/api/v1/auctions/A1/parts/13104/decline").contentType(
                        org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue("{\"reason\": \"the assembly has not passed the budget\"}").exchange()
                .expectStatus().isOk();

        Map<String, Object> trail = as(Who.A1).get().uri("/api/v1/auctions/A1/approval").exchange().expectStatus()
                .isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(trail.get("state")).isEqualTo("APPROVED");
        List<Map<String, Object>> parts = (List<Map<String, Object>>) trail.get("parts");
        assertThat(parts.stream().map(p -> p.get("bodyCode") + ":" + p.get("status") + ":" + p.get("by")))
                .containsExactly("13101:CONFIRMED:chiyoda-lead", "13103:CONFIRMED:minato-officer",
                        "13104:DECLINED:shinjuku-officer");
        assertThat(parts.get(2).get("reason")).isEqualTo("the assembly has not passed the budget");
        assertThat(parts).allSatisfy(p -> assertThat(p.get("at")).isNotNull());
        assertThat(trail.get("declinedFacilities")).isEqualTo(List.of("F-G1-SHINJUKU"));
        assertThat(ScopeFixture.sheetsByBody(this, "A1")).as("no contract for a declined part")
                .containsOnlyKeys("13101", "13103");
        officer().get().uri(shinjukuSheet + ".csv").exchange().expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.code").isEqualTo("PART_DECLINED");
        assertThat(List.of("SC-R1", "SC-R2").stream().flatMap(r -> gateway().getAward(
                jp.tomoni.contract.v1.AuctionRequest.newBuilder().setAuctionId("A1").setRetailerId(r).build())
                .getDeclinedFacilitiesList().stream())).as("the winner learns which facility gets no contract")
                .containsExactly("F-G1-SHINJUKU");

        List<Map<String, Object>> events = as(Who.B1).get().uri("/api/v1/auctions/A1/events").exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        assertThat(events.stream().map(e -> e.get("type")).toList()).containsSubsequence("AuctionEnded",
                "AwardProposed", "PartAnswered", "PartAnswered", "PartAnswered", "AuctionStateChanged");
        String report = new String(as(Who.A1).get().uri("/api/v1/auctions/A1/report.html?lang=en").exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBodyContent(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(report).contains("chiyoda-lead", "shinjuku-officer", "the assembly has not passed the budget");
        List<Map<String, Object>> audit = officer().get().uri("/api/v1/audit?after=" + before + "&limit=1000")
                .exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        assertThat(audit.stream().filter(e -> List.of("ProposeAward", "AnswerPart").contains(e.get("what")))
                .map(e -> e.get("who") + ":" + e.get("what"))).as("every attempt, the refused repeats too")
                .containsExactly("chiyoda-lead:ProposeAward", "chiyoda-lead:ProposeAward", "minato-officer:AnswerPart",
                        "minato-officer:AnswerPart", "chiyoda-lead:AnswerPart", "shinjuku-officer:AnswerPart");
        List<Map<String, Object>> registration = officer().get().uri("/api/v1/audit?after=" + (registered - 1)
                + "&limit=1").exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        assertThat(registration).singleElement().satisfies(e -> {
            assertThat(e.get("what")).isEqualTo("RegisterUser");
            assertThat(((Map<String, Object>) e.get("details")).get("passwordHash")).isEqualTo("(withheld)");
        });
    }

    @Test
    void aGroupsAwardIsNotApprovedInOneStepAndAnAnswerNeedsAProposal() {
        post(Who.L2, "/api/v1/auctions/A2/approve", "", 409);
        post(Who.B2, "/api/v1/auctions/A2/parts/11208/confirm", "", 409);
        post(Who.B2, "/api/v1/auctions/A2/parts/11208/decline", "{}", 400);
        assertThat(runtime.queries().auction("A2").approval()).isNull();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> post(Who who, String path, String json, int status) {
        var request = as(who).post().uri(path);
        var exchange = json.isEmpty() ? request.exchange() : request.contentType(
                org.springframework.http.MediaType.APPLICATION_JSON).bodyValue(json).exchange();
        return exchange.expectStatus().isEqualTo(status).expectBody(Map.class).returnResult().getResponseBody();
    }
}
