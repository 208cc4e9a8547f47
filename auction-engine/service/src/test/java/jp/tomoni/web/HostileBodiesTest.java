package jp.tomoni.web;

import static jp.tomoni.web.HostileBodies.clock;
import static jp.tomoni.web.HostileBodies.facilities;
import static jp.tomoni.web.HostileBodies.lot;
import static jp.tomoni.web.HostileBodies.retailer;
import static jp.tomoni.web.HostileBodies.reverse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.tomoni.engine.AuctionState;
import jp.tomoni.engine.EngineQueries;
import jp.tomoni.web.HostileBodies.Case;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Hostile bodies against every officers' endpoint that reads one: each is refused with a 4xx problem+json
 * naming its code and field, and changes nothing: no command reaches the journal, no auction, lot, retailer or
 * facility appears, and the target auction keeps its state. {@link #theBaseBodiesAreAccepted} shows that each
 * case differs from an accepted body only by its hostile part.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileBodiesTest extends LiveEngineTestBase {

    @Autowired
    DatabaseClient db;

    @BeforeAll
    void aLotARetailerACreatedAuctionAndACancelledOne() {
        officer().post().uri("/api/v1/facilities").contentType(MediaType.APPLICATION_JSON).bodyValue(facilities(""))
                .exchange().expectStatus().isCreated();
        officerPost("/api/v1/lots", "{\"lotId\": \"HOSTILE-LOT\", \"facilityIds\": [\"F-HOSTILE-1\"]}", 201);
        qualify("HOSTILE-R1", 2);
        officerPost("/api/v1/auctions", clock("HOSTILE-TARGET", "", "", ""), 201);
        officerPost("/api/v1/auctions", clock("HOSTILE-CANCELLED", "", "", ""), 201);
        officerPost("/api/v1/auctions/HOSTILE-CANCELLED/cancel", "{\"reason\": \"set-up\"}", 200);
    }

    @TestFactory
    Stream<DynamicTest> hostileBodiesAreRefusedAndChangeNothing() {
        return Stream.of(HostileBodies.createCases("/api/v1/auctions"),
                        HostileBodies.createCases("/api/v1/auctions/HOSTILE-CANCELLED/reauction"),
                        HostileBodies.lifeCycleCases(), HostileBodies.lotCases(), HostileBodies.retailerCases(),
                        HostileBodies.importCases(), HostileOrganisationBodies.groupCases(),
                        HostileOrganisationBodies.userCases(), HostileOrganisationBodies.approvalAndLotCases())
                .flatMap(cases -> cases)
                .map(c -> DynamicTest.dynamicTest(c.path() + ": " + c.name(), () -> refused(c)));
    }

    @SuppressWarnings("unchecked")
    private void refused(Case c) {
        long journaled = lastAuditedSeq();
        String before = registry();
        Map<String, Object> problem = officer().post().uri(c.path())
                .contentType(MediaType.parseMediaType(c.contentType())).bodyValue(c.body()).exchange()
                .expectStatus().isEqualTo(c.status())
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem).as(c.name()).containsEntry("code", c.code()).containsEntry("status", c.status());
        if (c.field() == null) {
            assertThat(problem).as(c.name()).doesNotContainKey("field");
        } else {
            assertThat(problem).as(c.name()).containsEntry("field", c.field());
        }
        assertThat((String) problem.get("detail")).as(c.name()).isNotBlank().doesNotContain("jp.tomoni")
                .doesNotContain("java.");
        assertThat(lastAuditedSeq()).as("nothing reached the journal").isEqualTo(journaled);
        assertThat(registry()).as("nothing changed").isEqualTo(before);
    }

    /** The last command anyone sent that the journal holds, timer ticks aside. */
    private long lastAuditedSeq() {
        return db.sql("select coalesce(max(seq), 0) as last from audit_trail").map(row -> row.get("last", Long.class))
                .one().block();
    }

    /** What the hostile bodies aim at: the ids of every auction, lot and retailer, facilities, the target's state. */
    private String registry() {
        EngineQueries engine = runtime.queries();
        return String.join("\n", engine.auctions().stream().map(a -> a.id()).sorted().toList().toString(),
                engine.lots().stream().map(l -> l.lotId()).sorted().toList().toString(),
                engine.retailers().stream().map(r -> r.retailerId()).sorted().toList().toString(),
                engine.facilities().stream().map(f -> f.id()).sorted().toList().toString(),
                engine.auction("HOSTILE-TARGET").state().name(),
                String.valueOf(engine.auction("HOSTILE-TARGET").log().from(0).size()));
    }

    @Test
    void aCsvThatIsNotUtf8IsRefusedAndChangesNothing() {
        String header = "ward_code,facility_id,name,type,voltage_class,contract_kw,annual_kwh,"
                + "current_price_yen_per_kwh,baseline_factor_kg_per_kwh,baseline_factor_kind,baseline_factor_fiscal_year\r\n";
        String row = "13101,F-HOSTILE-SJIS,千代田区役所,OFFICE,HIGH,900,3800000,28.10,0.433,adjusted,2022\r\n";
        byte[] shiftJis = (header + row).getBytes(java.nio.charset.Charset.forName("Shift_JIS"));
        long journaled = lastAuditedSeq();
        String before = registry();
        officer().post().uri("/api/v1/facilities").contentType(MediaType.parseMediaType("text/csv")).bodyValue(shiftJis)
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("NOT_UTF8");
        officer().post().uri("/api/v1/facilities").contentType(MediaType.parseMediaType("text/csv; charset=Shift_JIS"))
                .bodyValue(shiftJis).exchange().expectStatus().isEqualTo(415)
                .expectBody().jsonPath("$.code").isEqualTo("UNSUPPORTED_MEDIA_TYPE").jsonPath("$.field")
                .isEqualTo("Content-Type");
        officer().post().uri("/api/v1/facilities").contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue((header + row.replace("千代田区役所", "=1+2")).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .exchange().expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("IMPORT_REJECTED")
                .jsonPath("$.field").isEqualTo("name");
        assertThat(lastAuditedSeq()).isEqualTo(journaled);
        assertThat(registry()).isEqualTo(before);
        officer().post().uri("/api/v1/facilities").contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(("\uFEFF" + header + row).getBytes(java.nio.charset.StandardCharsets.UTF_8)).exchange()
                .expectStatus().isCreated();
        assertThat(runtime.queries().facilities()).anyMatch(f -> f.id().equals("F-HOSTILE-SJIS")
                && f.name().equals("千代田区役所"));
    }

    @Test
    void theBaseBodiesAreAccepted() {
        assertThat(officerPost("/api/v1/auctions", clock("HOSTILE-OK-CLOCK", "", "", ""), 201))
                .containsEntry("auctionId", "HOSTILE-OK-CLOCK").containsEntry("format", "CLOCK")
                .containsEntry("lotId", "HOSTILE-LOT")
                .containsOnlyKeys("auctionId", "format", "lotId", "seedSha256", "seq");
        assertThat(officerPost("/api/v1/auctions", reverse("HOSTILE-OK-REVERSE", ""), 201))
                .containsEntry("format", "OPEN_REVERSE");
        assertThat(officerPost("/api/v1/auctions/HOSTILE-CANCELLED/reauction", clock("HOSTILE-OK-AGAIN", "", "", ""),
                201)).containsEntry("lotId", "HOSTILE-LOT");
        String tomorrow = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(1).withNano(0).toString();
        assertThat(officerPost("/api/v1/auctions/HOSTILE-OK-CLOCK/schedule", "{\"startsAt\": \"" + tomorrow + "\"}",
                200)).containsOnlyKeys("auctionId", "state", "seq").containsEntry("auctionId", "HOSTILE-OK-CLOCK")
                .containsEntry("state", "SCHEDULED");
        assertThat(officerPost("/api/v1/auctions/HOSTILE-OK-CLOCK/cancel", "{\"reason\": \"test over\"}", 200))
                .containsEntry("state", "CANCELLED");
        assertThat(officerPost("/api/v1/lots", lot("HOSTILE-OK-LOT", ", \"types\": [\"office\"]"), 201))
                .containsEntry("lotId", "HOSTILE-OK-LOT").containsEntry("facilities", 1)
                .containsEntry("demandKwh", 3_800_000).containsOnlyKeys("lotId", "facilities", "demandKwh", "seq");
        assertThat(officerPost("/api/v1/retailers", retailer("HOSTILE-OK-R", "", ""), 201))
                .containsEntry("retailerId", "HOSTILE-OK-R").containsOnlyKeys("retailerId", "apiKey", "note", "seq");
        assertThat(officerPost("/api/v1/facilities", facilities("").replace("F-HOSTILE-1", "F-HOSTILE-OK"), 201))
                .containsEntry("imported", 1).containsOnlyKeys("imported", "seq");
        assertThat(runtime.queries().auction("HOSTILE-TARGET").state()).isEqualTo(AuctionState.CREATED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListsKeepTheirShape() {
        Map<String, Object> lot = officer().get().uri("/api/v1/lots/HOSTILE-LOT").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(lot).containsOnlyKeys("lotId", "name", "facilityCount", "demandKwh", "wards", "facilities")
                .containsEntry("name", "HOSTILE-LOT").containsEntry("facilityCount", 1)
                .containsEntry("wards", List.of("13199"));
        assertThat((List<Map<String, Object>>) lot.get("facilities")).singleElement()
                .satisfies(f -> assertThat(f).containsEntry("id", "F-HOSTILE-1")
                        .containsEntry("currentPrice", "28.00"));
        List<Map<String, Object>> lots = officer().get().uri("/api/v1/lots").exchange().expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody().stream().map(m -> (Map<String, Object>) m)
                .toList();
        assertThat(lots).filteredOn(l -> "HOSTILE-LOT".equals(l.get("lotId"))).singleElement()
                .satisfies(l -> assertThat(l).containsOnlyKeys("lotId", "name", "facilityCount", "demandKwh", "wards"));
        List<Map<String, Object>> retailers = officer().get().uri("/api/v1/retailers").exchange().expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody().stream().map(m -> (Map<String, Object>) m)
                .toList();
        assertThat(retailers).filteredOn(r -> "HOSTILE-R1".equals(r.get("retailerId"))).singleElement()
                .satisfies(r -> assertThat(r).containsOnlyKeys("retailerId", "name", "registrationNumber", "menuFactor",
                        "securityYen", "eligibility").containsEntry("menuFactor",
                        Map.of("value", "0.000", "kind", "adjusted", "fiscalYear", 2024)));
    }

    @Test
    void aReauctionNamingAnotherLotIsRefusedByTheEngine() {
        officerPost("/api/v1/lots", lot("HOSTILE-OTHER-LOT", ""), 201);
        officerPost("/api/v1/auctions", clock("HOSTILE-CANCELLED-2", "", "", ""), 201);
        officerPost("/api/v1/auctions/HOSTILE-CANCELLED-2/cancel", "{\"reason\": \"set-up\"}", 200);
        Map<String, Object> problem = officerPost("/api/v1/auctions/HOSTILE-CANCELLED-2/reauction",
                clock("HOSTILE-ELSEWHERE", "", "", "").replace("\"lotId\": \"HOSTILE-LOT\"",
                        "\"lotId\": \"HOSTILE-OTHER-LOT\""), 422);
        assertThat(problem).containsEntry("code", "INVALID_AUCTION");
        assertThat(runtime.queries().auction("HOSTILE-ELSEWHERE")).isNull();
        assertThat(List.of(problem.get("detail"))).singleElement().asString().contains("HOSTILE-LOT");
    }
}
