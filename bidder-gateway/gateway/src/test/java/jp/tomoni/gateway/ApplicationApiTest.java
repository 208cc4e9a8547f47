package jp.tomoni.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.tomoni.contract.v1.ApplyRequest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * A retailer's application to a procurement group at the gateway. Given a valid application, expect it relayed
 * to the engine under the caller's own retailer id (whatever the body says) and answered 201 pending; given a
 * hostile one, expect 400 problem+json naming the code and field and nothing relayed; the engine's refusal is
 * relayed with its status. Each hostile case comes from another retailer, so that none is held back by the
 * per-retailer write limit instead.
 */
class ApplicationApiTest extends GatewayTestBase {

    private static final String OK = """
            {"groupId": "TOKYO-23", "registrationNumber": "A0001",
             "plans": [{"name": "Green 100", "factor": "0.000", "factorKind": "adjusted", "fiscalYear": 2024},
                       {"name": "Standard", "factor": "0.433", "factorKind": "basic", "fiscalYear": 2023}],
             "securityYen": 25000000, "securityExpiresOn": "2099-03-31"}""";

    @Test
    void anApplicationIsRelayedForTheCallerAndAnsweredPending() {
        String key = key("apply");
        post(key, OK).expectStatus().isCreated().expectBody().jsonPath("$.groupId").isEqualTo("TOKYO-23")
                .jsonPath("$.status").isEqualTo("PENDING").jsonPath("$.plans.length()").isEqualTo(2)
                .jsonPath("$.plans[1].factorKind").isEqualTo("basic").jsonPath("$.securityYen").isEqualTo(25_000_000)
                .jsonPath("$.filedAt").isEqualTo("2026-12-01T00:00:00Z");
        assertThat(ENGINE.requests("ApplyToGroup")).map(r -> (ApplyRequest) r.request())
                .filteredOn(r -> r.getRetailerId().equals("R-apply")).singleElement()
                .satisfies(r -> assertThat(r.getPlans(0).getName()).isEqualTo("Green 100"));
        problem(post(key, OK.replace("TOKYO-23", "G-NONE")), 404, "UNKNOWN_GROUP", "groupId");
        problem(client.post().uri("/api/v1/applications").contentType(MediaType.APPLICATION_JSON).bodyValue(OK)
                .exchange(), 401, "UNAUTHENTICATED", null);
    }

    @Test
    void hostileApplicationsAreRefusedAtTheEdgeAndNeverRelayed() {
        Map<String, List<String>> cases = new java.util.LinkedHashMap<>();
        cases.put(OK.replace("\"groupId\"", "\"retailerId\": \"R-other\", \"groupId\""), List.of("UNKNOWN_FIELD", "retailerId"));
        cases.put(OK.replace("\"0.433\"", "\"2.001\""), List.of("INVALID_FACTOR", "plans[1].factor"));
        cases.put(OK.replace("\"0.433\"", "0.433"), List.of("WRONG_TYPE", "plans[1].factor"));
        cases.put(OK.replace("\"basic\"", "\"BASIC\""), List.of("INVALID_FACTOR_KIND", "plans[1].factorKind"));
        cases.put(OK.replace("2023", "1999"), List.of("OUT_OF_RANGE", "plans[1].fiscalYear"));
        cases.put(OK.replace("Standard", "Stan\\u0000dard"), List.of("INVALID_TEXT", "plans[1].name"));
        cases.put(OK.replace("A0001", "B0001"), List.of("INVALID_REGISTRATION_NUMBER", "registrationNumber"));
        cases.put(OK.replace("TOKYO-23", "../G1"), List.of("INVALID_ID", "groupId"));
        cases.put(OK.replace("25000000", "0"), List.of("OUT_OF_RANGE", "securityYen"));
        cases.put(OK.replace("25000000", "\"25000000\""), List.of("WRONG_TYPE", "securityYen"));
        cases.put(OK.replace("25000000", "1000000000000001"), List.of("OUT_OF_RANGE", "securityYen"));
        cases.put(OK.replace("2099-03-31", "2020-03-31"), List.of("OUT_OF_RANGE", "securityExpiresOn"));
        cases.put(OK.replace("2099-03-31", "2027-02-30"), List.of("INVALID_DATE", "securityExpiresOn"));
        cases.put(OK.replace("\"securityYen\": 25000000, ", ""), List.of("REQUIRED", "securityYen"));
        cases.put(OK.replaceAll("\\[\\{.*}]", "[]").replaceAll("(?s)\\[\\{.*?}]", "[]"), List.of("OUT_OF_RANGE", "plans"));
        cases.put(OK.replace("\"groupId\": \"TOKYO-23\"", "\"groupId\": \"TOKYO-23\", \"groupId\": \"G2\""),
                List.of("MALFORMED_JSON", ""));
        int n = 0;
        for (Map.Entry<String, List<String>> c : cases.entrySet()) {
            String field = c.getValue().get(1);
            problem(post(key("hostile-" + n++), c.getKey()), 400, c.getValue().get(0), field.isEmpty() ? null : field);
        }
        problem(client.post().uri("/api/v1/applications").header(HttpHeaders.AUTHORIZATION, "Bearer " + key("hostile"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(("\uFEFF" + OK).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)).exchange(), 400, "MALFORMED_JSON", null);
        assertThat(ENGINE.requests("ApplyToGroup")).noneMatch(r -> ((ApplyRequest) r.request()).getRetailerId()
                .startsWith("R-hostile"));
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec post(String key, String body) {
        return client.post().uri("/api/v1/applications").header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
