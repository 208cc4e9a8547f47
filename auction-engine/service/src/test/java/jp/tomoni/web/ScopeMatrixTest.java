package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import jp.tomoni.web.ScopeFixture.Who;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * The scope rules over every endpoint of the officers' API: role × own body / other body of the group / other
 * group. Given two groups, each with an auction ended with an award, and a person of each kind ({@link Who}),
 * expect for every endpoint and person the status in the matrix below: 404 (exactly as for an id that does not
 * exist) for anything of another group, 403 for what the person sees but may not do, and otherwise the
 * engine's own answer (a 409 for an auction in the wrong state shows the request passed its scope). After
 * every refusal the engine's state is unchanged.
 *
 * <p>Columns: operator, installation analyst, administrator (Chiyoda), G1's lead officer (Chiyoda), Minato's
 * officer, Shinjuku's analyst, G2's lead officer (Saitama City), Tokorozawa's officer. {@code --} marks a cell
 * the two-step approval test covers instead (it would change the state the other cells rely on). Every cell
 * holds whether or not that test, on the same engine, has run first: new auctions of L1 confirm a second award.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScopeMatrixTest extends LiveEngineTestBase {

    /** Request bodies the matrix names; {@code %N} becomes a fresh number, {@code %B} a body in no group. */
    private static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("minato-row", ScopeFixture.facilityRow("13103", "F-M-%N")),
            Map.entry("chiyoda-row", ScopeFixture.facilityRow("13101", "F-C-%N")),
            Map.entry("tokorozawa-row", ScopeFixture.facilityRow("11208", "F-T-%N")),
            Map.entry("lot-g1", "{\"lotId\": \"LOT-%N\", \"groupId\": \"G1\", \"facilityIds\": [\"F-G1-CHIYODA\"]}"),
            Map.entry("lot-g2", "{\"lotId\": \"LOT-%N\", \"groupId\": \"G2\", \"facilityIds\": [\"F-G2-SAITAMA\"]}"),
            Map.entry("auction-l1", "{\"auctionId\": \"AUC-%N\", \"lotId\": \"L1\", \"format\": \"CLOCK\","
                    + " \"confirmSecondAward\": true,"
                    + " \"clock\": {\"tranches\": 2, \"startPrice\": \"30.00\"}, \"schedule\": {\"roundSeconds\":"
                    + " 60}}"),
            Map.entry("auction-l2", "{\"auctionId\": \"AUC-%N\", \"lotId\": \"L2\", \"format\": \"CLOCK\","
                    + " \"clock\": {\"tranches\": 2, \"startPrice\": \"30.00\"}, \"schedule\": {\"roundSeconds\":"
                    + " 60}}"),
            Map.entry("reauction", "{\"format\": \"CLOCK\", \"confirmSecondAward\": true,"
                    + " \"clock\": {\"tranches\": 2, \"startPrice\":"
                    + " \"30.00\"}, \"schedule\": {\"roundSeconds\": 60}}"),
            Map.entry("reason", "{\"reason\": \"budget not approved by the assembly\"}"),
            Map.entry("schedule", "{\"startsAt\": \"2099-01-01T09:00:00+09:00\"}"),
            Map.entry("retailer", "{\"retailerId\": \"RX-%N\", \"name\": \"Retailer %N\", \"registrationNumber\":"
                    + " \"A0999\", \"menuFactor\": {\"value\": \"0.000\", \"kind\": \"adjusted\", \"fiscalYear\":"
                    + " 2024}, \"securityYen\": 10000000, \"eligibility\": 1}"),
            Map.entry("group", "{\"groupId\": \"GX-%N\", \"name\": \"One body\", \"nameJa\": \"一団体\","
                    + " \"leadBody\": \"%B\"}"),
            Map.entry("user", "{\"userId\": \"user-%N\", \"bodyCode\": \"13103\", \"roles\": [\"BODY_OFFICER\"],"
                    + " \"password\": \"another-long-password\"}"));

    /** The matrix: method, path, body (or -), then the status per person in {@link Who}'s order. */
    private static final String MATRIX = """
            GET  /api/v1/auctions/A1                          -              200 200 403 200 200 200 404 404
            GET  /api/v1/auctions/A2                          -              200 200 404 404 404 404 200 200
            GET  /api/v1/auctions/A1/events                   -              200 200 403 200 200 200 404 404
            GET  /api/v1/auctions/A2/events                   -              200 200 404 404 404 404 200 200
            GET  /api/v1/auctions/A1/watch                    -              200 200 403 200 200 200 404 404
            GET  /api/v1/auctions/A2/watch                    -              200 200 404 404 404 404 200 200
            GET  /api/v1/auctions/A1/report                   -              200 200 403 200 200 200 404 404
            GET  /api/v1/auctions/A2/report                   -              200 200 404 404 404 404 200 200
            GET  /api/v1/auctions/A1/report/facilities.csv    -              200 200 403 200 200 200 404 404
            GET  /api/v1/auctions/A1/report/wards.csv         -              200 200 403 200 200 200 404 404
            GET  /api/v1/auctions/A2/report/winners.csv       -              200 200 404 404 404 404 200 200
            GET  /api/v1/auctions/A1/report.html              -              200 200 403 200 200 200 404 404
            GET  /api/v1/auctions/A2/report.html              -              200 200 404 404 404 404 200 200
            GET  /api/v1/auctions/A1/scenario                 -              200 200 403 200 200 200 404 404
            GET  /api/v1/auctions/A2/scenario                 -              200 200 404 404 404 404 200 200
            GET  /api/v1/auctions/A1/contracts                -              200 200 403 200 200 200 404 404
            GET  /api/v1/auctions/A2/contracts                -              200 200 404 404 404 404 200 200
            GET  {A1-13103}.html                              -              200 200 403 200 200 200 404 404
            GET  {A1-13103}.csv                               -              200 200 403 200 200 200 404 404
            GET  {A1-13101}.html                              -              200 200 403 200 403 200 404 404
            GET  {A1-13101}.csv                               -              200 200 403 200 403 200 404 404
            GET  {A2-11208}.csv                               -              200 200 404 404 404 404 200 200
            GET  {A2-11100}.html                              -              200 200 404 404 404 404 200 403
            GET  /api/v1/auctions/A1/approval                 -              200 200 403 200 200 200 404 404
            GET  /api/v1/auctions/A2/approval                 -              200 200 404 404 404 404 200 200
            GET  /api/v1/console/auctions/A1/setup            -              200 200 403 200 200 200 404 404
            GET  /api/v1/console/auctions/A2/setup            -              200 200 404 404 404 404 200 200
            GET  /api/v1/lots/L1                              -              200 403 403 200 200 200 404 404
            GET  /api/v1/lots/L2                              -              200 403 404 404 404 404 200 200
            GET  /api/v1/retailers                            -              200 403 200 200 403 403 200 403
            GET  /api/v1/audit                                -              200 403 403 403 403 403 403 403
            GET  /api/v1/users                                -              200 403 200 403 403 403 403 403
            POST /api/v1/facilities                           minato-row     201 403 403 403 201 403 403 403
            POST /api/v1/facilities                           chiyoda-row    201 403 403 201 403 403 403 403
            POST /api/v1/facilities                           tokorozawa-row 201 403 403 403 403 403 403 201
            POST /api/v1/lots                                 lot-g1         201 403 403 201 403 403 404 404
            POST /api/v1/lots                                 lot-g2         201 403 404 404 404 404 201 403
            POST /api/v1/auctions                             auction-l1     201 403 403 201 403 403 404 404
            POST /api/v1/auctions                             auction-l2     201 403 404 404 404 404 201 403
            POST /api/v1/auctions/A1/start                    -              409 403 403 409 403 403 404 404
            POST /api/v1/auctions/A2/start                    -              409 403 404 404 404 404 409 403
            POST /api/v1/auctions/A1/pause                    -              409 403 403 409 403 403 404 404
            POST /api/v1/auctions/A1/resume                   -              409 403 403 409 403 403 404 404
            POST /api/v1/auctions/A2/schedule                 schedule       409 403 404 404 404 404 409 403
            POST /api/v1/auctions/A1/cancel                   reason         409 403 403 409 403 403 404 404
            POST /api/v1/auctions/A2/cancel                   reason         409 403 404 404 404 404 409 403
            POST /api/v1/auctions/A1/approve                  -              409 403 403 409 403 403 404 404
            POST /api/v1/auctions/A1/reauction                reauction      422 403 403 422 403 403 404 404
            POST /api/v1/auctions/A1/propose                  -              403 403 403 --  403 403 404 404
            POST /api/v1/auctions/A2/propose                  -              403 403 404 404 404 404 --  403
            POST /api/v1/auctions/A1/parts/13103/confirm      -              403 403 403 403 409 403 404 404
            POST /api/v1/auctions/A1/parts/13101/confirm      -              403 403 403 409 403 403 404 404
            POST /api/v1/auctions/A1/parts/13103/decline      reason         403 403 403 403 409 403 404 404
            POST /api/v1/auctions/A2/parts/11208/confirm      -              403 403 404 404 404 404 403 409
            GET  /api/v1/groups/G1/applications               -              200 200 403 200 200 200 404 404
            GET  /api/v1/groups/G2/applications               -              200 200 404 404 404 404 200 200
            POST /api/v1/groups/G1/applications/SC-R1/approve -              409 403 403 409 403 403 404 404
            POST /api/v1/groups/G2/applications/SC-R1/refuse  reason         409 403 404 404 404 404 409 403
            POST /api/v1/retailers                            retailer       201 403 201 403 403 403 403 403
            POST /api/v1/groups                               group          201 403 201 403 403 403 403 403
            POST /api/v1/users                                user           201 403 201 403 403 403 403 403
            """;

    private final Deque<String> freeBodies = new ArrayDeque<>(List.of("13102", "13105", "13106", "13107", "13108",
            "13109", "13110", "13111", "13112", "13113", "13114", "13115", "13116", "13117", "13118", "13119"));
    private Map<String, String> sheets;
    private int fresh;

    @BeforeAll
    void twoGroupsWithAnAwardEach() {
        ScopeFixture.setUp(this);
        sheets = new java.util.HashMap<>();
        ScopeFixture.sheetsByBody(this, "A1").forEach((body, path) -> sheets.put("{A1-" + body + "}", path));
        ScopeFixture.sheetsByBody(this, "A2").forEach((body, path) -> sheets.put("{A2-" + body + "}", path));
    }

    @Test
    @Order(1)
    void everyPersonGetsTheMatrixsAnswerOnEveryEndpointAndARefusalChangesNothing() {
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (String line : MATRIX.strip().split("\n")) {
            String[] cells = line.trim().split("\\s+");
            int n = cells.length;
            String path = cells[1];
            for (Map.Entry<String, String> sheet : sheets.entrySet()) {
                path = path.replace(sheet.getKey(), sheet.getValue());
            }
            String bodyKey = cells[2];
            for (Who who : Who.values()) {
                String expected = cells[n - 8 + who.ordinal()];
                if (expected.equals("--")) {
                    continue;
                }
                cases++;
                String before = ScopeFixture.fingerprint(runtime.queries());
                int status = send(who, HttpMethod.valueOf(cells[0]), path, body(bodyKey));
                if (status != Integer.parseInt(expected)) {
                    wrong.add(who + " " + cells[0] + " " + path + ": " + status + ", expected " + expected);
                } else if (status >= 400 && !before.equals(ScopeFixture.fingerprint(runtime.queries()))) {
                    wrong.add(who + " " + cells[0] + " " + path + ": refused with " + status + " but changed state");
                }
            }
        }
        assertThat(wrong).as("cells that differ from the matrix").isEmpty();
        assertThat(cases).isEqualTo(486);
    }

    @Test
    @Order(2)
    void outsideTheGroupIsAnsweredExactlyAsAnUnknownId() {
        for (String suffix : List.of("", "/report", "/contracts", "/approval", "/events", "/scenario")) {
            String hidden = problem(Who.L2, "/api/v1/auctions/A1" + suffix);
            String unknown = problem(Who.L2, "/api/v1/auctions/NO-SUCH" + suffix);
            assertThat(hidden.replace("A1", "ID")).isEqualTo(unknown.replace("NO-SUCH", "ID"));
        }
        assertThat(problem(Who.B2, "/api/v1/lots/L1").replace("L1", "ID"))
                .isEqualTo(problem(Who.B2, "/api/v1/lots/NO-SUCH").replace("NO-SUCH", "ID"));
    }

    @Test
    @Order(3)
    @SuppressWarnings("unchecked")
    void listsHoldOnlyWhatThePersonsScopeHolds() {
        assertThat(ids(Who.L2, "/api/v1/auctions", "id")).contains("A2").doesNotContain("A1");
        assertThat(ids(Who.A1, "/api/v1/auctions", "id")).contains("A1").doesNotContain("A2");
        assertThat(ids(Who.AD, "/api/v1/auctions", "id")).isEmpty();
        assertThat(ids(Who.OP, "/api/v1/auctions", "id")).contains("A1", "A2");
        assertThat(ids(Who.B1, "/api/v1/facilities", "wardCode")).containsOnly("13103");
        assertThat(ids(Who.L1, "/api/v1/facilities", "wardCode")).containsOnly("13101", "13103", "13104");
        assertThat(ids(Who.B2, "/api/v1/console/facilities", "wardCode")).containsOnly("11208");
        assertThat(ids(Who.A1, "/api/v1/console/lots", "lotId")).contains("L1").doesNotContain("L2");
        assertThat(ids(Who.B2, "/api/v1/groups", "groupId")).containsExactly("G2");
        assertThat(ids(Who.AD, "/api/v1/groups", "groupId")).contains("G1", "G2");
        Map<String, Object> contracts = as(Who.B1).get().uri("/api/v1/auctions/A1/contracts").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(((List<Map<String, Object>>) contracts.get("sheets")).stream().map(e -> e.get("bodyCode")))
                .isNotEmpty().containsOnly("13103");
    }

    @Test
    @Order(4)
    void aRetailerAppliesToAGroupIsRefusedAppliesAgainAndOnceApprovedIsInvitedWithItsApplicationsSecurity() {
        qualify("SC-R3", 1);
        var engine = gateway();
        var request = ScopeFixture.application("SC-R3", "G1");
        String before = ScopeFixture.fingerprint(runtime.queries());
        var tooLate = engine.applyToGroup(request.clone().setSecurityExpiresOn("2020-03-31").build());
        assertThat(tooLate.getRefusal().getProblem().getCode()).isEqualTo("OUT_OF_RANGE");
        assertThat(tooLate.getRefusal().getProblem().getField()).isEqualTo("securityExpiresOn");
        assertThat(ScopeFixture.fingerprint(runtime.queries())).isEqualTo(before);
        assertThat(engine.applyToGroup(request.clone().setGroupId("G9").build()).getRefusal().getProblem().getCode())
                .isEqualTo("UNKNOWN_GROUP");

        assertThat(engine.applyToGroup(request.build()).getApplication().getStatus()).isEqualTo("PENDING");
        assertThat(engine.applyToGroup(request.build()).getRefusal().getProblem().getCode())
                .isEqualTo("ALREADY_APPLIED");
        ScopeFixture.post(this, Who.L1, "/api/v1/groups/G1/applications/SC-R3/refuse",
                "{\"reason\": \"the bond is from an unlisted bank\"}", 200);
        var refused = engine.getQualification(jp.tomoni.contract.v1.RetailerRequest.newBuilder()
                .setRetailerId("SC-R3").build()).getApplications(0);
        assertThat(refused.getStatus()).isEqualTo("REFUSED");
        assertThat(refused.getReason()).isEqualTo("the bond is from an unlisted bank");

        engine.applyToGroup(request.setSecurityYen(30_000_000).build());
        ScopeFixture.post(this, Who.L1, "/api/v1/groups/G1/applications/SC-R3/approve", "", 200);
        assertThat(engine.getQualification(jp.tomoni.contract.v1.RetailerRequest.newBuilder().setRetailerId("SC-R3")
                .build()).getApplicationsList()).singleElement().satisfies(a -> {
                    assertThat(a.getStatus()).isEqualTo("APPROVED");
                    assertThat(a.getSecurityYen()).isEqualTo(30_000_000);
                });
        ScopeFixture.post(this, Who.L1, "/api/v1/auctions", """
                {"auctionId": "SC-QUALIFIED", "lotId": "L1", "format": "CLOCK", "securityPerTrancheYen": 10000000,
                 "confirmSecondAward": true,
                 "clock": {"tranches": 2, "startPrice": "30.00"}, "schedule": {"roundSeconds": 60}}""", 201);
        var roster = runtime.queries().auction("SC-QUALIFIED").roster();
        assertThat(roster.keySet()).containsExactlyInAnyOrder("SC-R1", "SC-R2", "SC-R3");
        assertThat(roster.get("SC-R3").eligibility()).as("30 million yen at 10 million a tranche, at most 2")
                .isEqualTo(2);
        assertThat(ids(Who.B1, "/api/v1/groups/G1/applications", "status")).contains("APPROVED");
    }

    @SuppressWarnings("unchecked")
    private List<Object> ids(Who who, String path, String field) {
        List<Map<String, Object>> list = as(who).get().uri(path).exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
        return list.stream().map(e -> e.get(field)).toList();
    }

    private String problem(Who who, String path) {
        return new String(as(who).get().uri(path).exchange().expectStatus().isNotFound().expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody().returnResult()
                .getResponseBodyContent(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private String body(String key) {
        if (key.equals("-")) {
            return null;
        }
        String template = BODIES.get(key);
        fresh++;
        String body = template.replace("%N", Integer.toString(fresh));
        return body.contains("%B") ? body.replace("%B", freeBodies.pop()) : body;
    }

    private int send(Who who, HttpMethod method, String path, String body) {
        if (path.endsWith("/watch")) {
            var result = as(who).get().uri(path).accept(MediaType.TEXT_EVENT_STREAM).exchange()
                    .returnResult(String.class);
            if (result.getStatus().value() == 200) {
                result.getResponseBody().take(1).blockFirst(Duration.ofSeconds(10));
            }
            return result.getStatus().value();
        }
        var request = as(who).method(method).uri(path);
        EntityExchangeResult<byte[]> result = body == null ? request.exchange().expectBody().returnResult()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectBody()
                .returnResult();
        int status = result.getStatus().value();
        if (status >= 400) {
            assertThat(result.getResponseHeaders().getContentType()).as(method + " " + path)
                    .isNotNull().matches(MediaType.APPLICATION_PROBLEM_JSON::isCompatibleWith);
        }
        return status;
    }
}
