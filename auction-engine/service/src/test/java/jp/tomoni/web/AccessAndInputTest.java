package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.tomoni.contract.ApiKeys;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Each role reaches exactly what it should, and bad input gets a problem naming its code and field. */
class AccessAndInputTest extends LiveEngineTestBase {

    @Test
    void withoutCredentialsNothingButHealthAndTheApiDocumentIsReachable() {
        client().get().uri("/api/v1/facilities").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
        client().get().uri("/actuator/health").exchange().expectStatus().isOk();
        client().get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.paths['/api/v1/auctions']").exists();
        client().get().uri("/api/v1/facilities").headers(h -> h.setBasicAuth("officer", "wrong")).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void anOfficerMayDoEverything() {
        officer().get().uri("/api/v1/facilities").exchange().expectStatus().isOk();
        officer().get().uri("/api/v1/auctions").exchange().expectStatus().isOk();
        officer().get().uri("/api/v1/retailers").exchange().expectStatus().isOk();
        officerPost("/api/v1/lots", "{\"lotId\": \"EMPTY\", \"wards\": [\"99999\"]}", 422);
    }

    @Test
    void anAnalystMayOnlyReadAuctions() {
        analyst().get().uri("/api/v1/auctions").exchange().expectStatus().isOk();
        analyst().get().uri("/api/v1/facilities").exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("FORBIDDEN");
        analyst().post().uri("/api/v1/lots").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"lotId\": \"X\"}")
                .exchange().expectStatus().isForbidden();
        analyst().post().uri("/api/v1/auctions/ANY/approve").exchange().expectStatus().isForbidden();
    }

    @Test
    void aRetailersKeyGetsForbiddenHereAndTheGatewayKeyMeansNothingOverHttp() {
        String key = qualify("ROLE-TEST", 2);
        bearer(key).get().uri("/api/v1/auctions").exchange().expectStatus().isForbidden();
        bearer(key).post().uri("/internal/v1/auctions/ANY/bids").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange().expectStatus().isForbidden();
        bearer(GATEWAY_KEY).get().uri("/api/v1/auctions").exchange().expectStatus().isUnauthorized();
        bearer(GATEWAY_KEY).post().uri("/internal/v1/auctions/NO-SUCH/bids").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange().expectStatus().isUnauthorized();
        bearer("tmk_not-a-key").get().uri("/api/v1/auctions").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void everyWriteIsInTheAuditTrailWithWhoWhatAndWhenAndOnlyOfficersReadIt() {
        qualify("AUDITED", 1);
        String trail = officer().get().uri("/api/v1/audit?limit=1000").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(trail).contains("\"who\":\"officer\"").contains("\"what\":\"QualifyRetailer\"")
                .contains("AUDITED").doesNotContain("\"what\":\"Tick\"");
        analyst().get().uri("/api/v1/audit").exchange().expectStatus().isForbidden();
    }

    @Test
    void theApiKeyIsShownOnceAndNeverListed() {
        String key = qualify("KEY-ONCE", 2);
        assertThat(key).startsWith("tmk_");
        String listed = officer().get().uri("/api/v1/retailers").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(listed).contains("KEY-ONCE").doesNotContain(key).doesNotContain(ApiKeys.hash(key));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFileWithABadRowImportsNothingAndNamesTheLineAndField() {
        String csv = "ward_code,facility_id,name,type,voltage_class,contract_kw,annual_kwh,current_price_yen_per_kwh,"
                + "baseline_factor_kg_per_kwh,baseline_factor_kind,baseline_factor_fiscal_year\n"
                + "11208,F-TOKOROZAWA-HQ,Tokorozawa city hall,OFFICE,HIGH,800,3000000,27.50,0.433,adjusted,2022\n"
                + "11208,F-TOKOROZAWA-LIB,Tokorozawa library,LIBRARY,HIGH,100,400000,27.505,0.433,adjusted,2022\n";
        Map<String, Object> problem = officer().post().uri("/api/v1/facilities").contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(csv).exchange().expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem).containsEntry("code", "IMPORT_REJECTED").containsEntry("field", "current_price_yen_per_kwh");
        List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.get("errors");
        assertThat(errors).singleElement().satisfies(e -> assertThat(e).containsEntry("line", 3)
                .containsEntry("field", "current_price_yen_per_kwh").containsEntry("code", "INVALID_PRICE"));
        List<Map<String, Object>> tokorozawa = officer().get().uri("/api/v1/facilities?ward=11208").exchange()
                .expectStatus().isOk().expectBodyList(Map.class).returnResult().getResponseBody().stream()
                .map(f -> (Map<String, Object>) f).toList();
        assertThat(tokorozawa).extracting(f -> f.get("id")).doesNotContain("F-TOKOROZAWA-HQ", "F-TOKOROZAWA-LIB");
    }

    @Test
    void badRequestBodiesNameTheirField() {
        Map<String, Object> malformed = officerPost("/api/v1/lots", "{\"lotId\": ", 400);
        assertThat(malformed).containsEntry("code", "MALFORMED_JSON");
        Map<String, Object> price = officerPost("/api/v1/auctions", """
                {"lotId": "WARDS", "format": "CLOCK", "clock": {"tranches": 10, "startPrice": 30.5},
                 "schedule": {"roundSeconds": 60}}""", 400);
        assertThat(price).containsEntry("code", "INVALID_PRICE").containsEntry("field", "clock.startPrice");
        Map<String, Object> decimals = officerPost("/api/v1/auctions", """
                {"lotId": "WARDS", "format": "CLOCK", "clock": {"tranches": 10, "startPrice": "30.505"},
                 "schedule": {"roundSeconds": 60}}""", 400);
        assertThat(decimals).containsEntry("code", "INVALID_PRICE").containsEntry("field", "clock.startPrice");
        Map<String, Object> unknownLot = officerPost("/api/v1/auctions", """
                {"lotId": "NO-SUCH-LOT", "format": "CLOCK", "clock": {"tranches": 10, "startPrice": "30.00"},
                 "schedule": {"roundSeconds": 60}}""", 404);
        assertThat(unknownLot).containsEntry("code", "UNKNOWN_LOT").containsEntry("field", "lotId");
        Map<String, Object> unknownField = officerPost("/api/v1/lots", "{\"lotId\": \"X\", \"ward\": [\"13101\"]}", 400);
        assertThat(unknownField).containsEntry("field", "ward");
    }

    @Test
    void springsOwnRefusalsCarryACodeAndTheFieldAtFault() {
        officer().get().uri("/api/v1/auctions/NO-SUCH-AUCTION/report").exchange().expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
        officer().put().uri("/api/v1/lots").exchange().expectStatus().isEqualTo(405)
                .expectBody().jsonPath("$.code").isEqualTo("METHOD_NOT_ALLOWED");
        officer().get().uri("/api/v1/auctions/NO-SUCH-AUCTION/events?after=soon").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("MALFORMED_REQUEST").jsonPath("$.field").isEqualTo("after");
    }
}
