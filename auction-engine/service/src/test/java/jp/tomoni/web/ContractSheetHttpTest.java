package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import jp.tomoni.contract.v1.AuctionRequest;
import jp.tomoni.engine.AuctionState;
import jp.tomoni.engine.EngineEvent;
import jp.tomoni.engine.LoggedEvent;
import jp.tomoni.engine.SupplyPeriod;
import jp.tomoni.reference.PublicBodies;
import jp.tomoni.report.ContractSheet;
import jp.tomoni.report.ContractSheetCsv;
import jp.tomoni.web.report.ContractSheetPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;

/**
 * The supply period and the contract sheets over HTTP on the live engine. Given a lot of three facilities of two
 * bodies (Chiyoda and Tokorozawa) and a CLOCK auction of 2 tranches with a stated supply period that two retailers
 * fill in round 1, expect the period in the officers' view and in the bidders' view before any bid, one sheet per
 * body and winner that supplies it, each as the same page and table the renderers write, and refusals as
 * problem+json: 409 without an award, 404 for a body and winner with no sheet, 401 and 403 for others.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractSheetHttpTest extends LiveEngineTestBase {

    private String bidderKey;

    @BeforeAll
    void runAnAuctionToItsAward() {
        String csv = "ward_code,facility_id,name,type,voltage_class,contract_kw,annual_kwh,current_price_yen_per_kwh,"
                + "baseline_factor_kg_per_kwh,baseline_factor_kind,baseline_factor_fiscal_year,name_ja\n"
                + "13101,F-CS-1,Chiyoda office,OFFICE,HIGH,800,3000000,28.00,0.433,adjusted,2022,千代田区役所\n"
                + "13101,F-CS-2,Chiyoda library,LIBRARY,HIGH,100,400000,29.00,0.433,adjusted,2022,千代田図書館\n"
                + "11208,F-CS-3,Tokorozawa city hall,OFFICE,HIGH,700,2500000,,0.433,adjusted,2022,所沢市役所\n";
        officer().post().uri("/api/v1/facilities").contentType(MediaType.parseMediaType("text/csv")).bodyValue(csv)
                .exchange().expectStatus().isCreated();
        officerPost("/api/v1/lots", "{\"lotId\": \"CS-LOT\", \"facilityIds\": [\"F-CS-1\", \"F-CS-2\", \"F-CS-3\"]}",
                201);
        qualify("CS-R1", 2);
        bidderKey = qualify("CS-R2", 2);
        String create = """
                {"auctionId": "%s", "lotId": "CS-LOT", "format": "CLOCK", "bidders": ["CS-R1", "CS-R2"],
                 "clock": {"tranches": 2, "startPrice": "30.00"}, "schedule": {"roundSeconds": 3}%s}""";
        officerPost("/api/v1/auctions", create.formatted("CS-1",
                ", \"supplyPeriod\": {\"start\": \"2027-10-01\", \"end\": \"2029-09-30\"}"), 201);
        officerPost("/api/v1/auctions", create.formatted("CS-DEFAULT", ""), 201);
        officerPost("/api/v1/auctions/CS-1/start", "", 200);
        await(10, () -> runtime.queries().auction("CS-1").log().from(0).stream().map(LoggedEvent::event)
                .anyMatch(EngineEvent.RoundOpened.class::isInstance));
        gatewayBid("CS-1", "{\"retailerId\": \"CS-R1\", \"round\": 1, \"quantity\": 1}");
        gatewayBid("CS-1", "{\"retailerId\": \"CS-R2\", \"round\": 1, \"quantity\": 1}");
        await(10, () -> runtime.queries().auction("CS-1").state() == AuctionState.ENDED);
    }

    @Test
    void theSupplyPeriodIsInTheOfficersViewAndTheBiddersViewAndDefaultsToTheNextFiscalYear() {
        analyst().get().uri("/api/v1/auctions/CS-1").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.supplyPeriod.start").isEqualTo("2027-10-01")
                .jsonPath("$.supplyPeriod.end").isEqualTo("2029-09-30");
        var view = gateway().getAuction(AuctionRequest.newBuilder().setAuctionId("CS-DEFAULT")
                .setRetailerId("CS-R2").build());
        SupplyPeriod expected = SupplyPeriod.fiscalYearAfter(LocalDate.now(ZoneId.of("Asia/Tokyo")));
        assertThat(view.getState()).isEqualTo("CREATED");
        assertThat(view.getSupplyPeriod().getStart()).isEqualTo(expected.start().toString());
        assertThat(view.getSupplyPeriod().getEnd()).isEqualTo(expected.end().toString());
        assertThat(expected.start().getMonthValue()).isEqualTo(4);
    }

    @Test
    void theListHasOneSheetPerBodyAndWinnerWithItsTotalsAndPaths() {
        Map<?, ?> list = analyst().get().uri("/api/v1/auctions/CS-1/contracts").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(list.get("auctionId")).isEqualTo("CS-1");
        assertThat(list.get("supplyPeriod")).isEqualTo(Map.of("start", "2027-10-01", "end", "2029-09-30"));
        List<?> sheets = (List<?>) list.get("sheets");
        List<ContractSheet> expected = expectedSheets();
        assertThat(sheets).hasSize(expected.size());
        long kwh = 0;
        for (int i = 0; i < sheets.size(); i++) {
            Map<?, ?> entry = (Map<?, ?>) sheets.get(i);
            ContractSheet sheet = expected.get(i);
            assertThat(entry.get("bodyCode")).isEqualTo(sheet.bodyCode());
            assertThat(entry.get("winner")).isEqualTo(sheet.winner().retailerId());
            assertThat(((Number) entry.get("annualKwh")).longValue()).isEqualTo(sheet.totals().annualKwh().value());
            assertThat(entry.get("html")).isEqualTo("/api/v1/auctions/CS-1/contracts/" + sheet.bodyCode() + "/"
                    + sheet.winner().retailerId() + "/sheet.html");
            assertThat(entry.get("file")).isEqualTo("tomoni-contract-CS-1-" + sheet.bodyCode() + "-"
                    + sheet.winner().retailerId());
            kwh += ((Number) entry.get("annualKwh")).longValue();
        }
        assertThat(kwh).as("every facility of the lot is on one sheet").isEqualTo(5_900_000);
        assertThat(sheets.stream().map(s -> String.valueOf(((Map<?, ?>) s).get("bodyNameJa"))).toList())
                .contains("千代田区", "所沢市");
    }

    @Test
    void eachSheetIsTheRenderersPageAndTableAsAnAttachment() {
        for (ContractSheet sheet : expectedSheets()) {
            String base = "/api/v1/auctions/CS-1/contracts/" + sheet.bodyCode() + "/" + sheet.winner().retailerId();
            String page = officer().get().uri(base + "/sheet.html").exchange().expectStatus().isOk().expectHeader()
                    .contentType("text/html;charset=UTF-8").expectHeader().valueEquals("Content-Disposition",
                            "attachment; filename=\"" + sheet.fileName() + ".html\"")
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(page).isEqualTo(ContractSheetPage.standalone().render(sheet)).contains("2027-10-01 〜 2029-09-30");
            String csv = analyst().get().uri(base + "/sheet.csv").exchange().expectStatus().isOk().expectHeader()
                    .contentType("text/csv;charset=UTF-8").expectBody(String.class).returnResult().getResponseBody();
            assertThat(csv).isEqualTo(ContractSheetCsv.of(sheet));
        }
    }

    @Test
    void refusalsAreProblemsAndNamesNoInternals() {
        analyst().get().uri("/api/v1/auctions/CS-DEFAULT/contracts").exchange().expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody()
                .jsonPath("$.code").isEqualTo("NO_AWARD");
        analyst().get().uri("/api/v1/auctions/NO-SUCH/contracts").exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
        analyst().get().uri("/api/v1/auctions/CS-1/contracts/13101/%3Cscript%3E/sheet.html").exchange()
                .expectStatus().isBadRequest().expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody()
                .jsonPath("$.code").isEqualTo("REQUEST_REJECTED");
        for (String path : List.of("13102/CS-R1", "13101/NO-SUCH", "11208/script", "1310/CS-R1", "13101/CS-R1.")) {
            analyst().get().uri("/api/v1/auctions/CS-1/contracts/" + path + "/sheet.html").exchange()
                    .expectStatus().isNotFound().expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody()
                    .jsonPath("$.code").isEqualTo("NOT_FOUND");
        }
        client().get().uri("/api/v1/auctions/CS-1/contracts").exchange().expectStatus().isUnauthorized();
        bearer(bidderKey).get().uri("/api/v1/auctions/CS-1/contracts/13101/CS-R1/sheet.csv").exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("FORBIDDEN");
    }

    private List<ContractSheet> expectedSheets() {
        var auction = runtime.queries().auction("CS-1");
        return ContractSheet.of(auction, AwardAssembler.report(auction), PublicBodies.standard());
    }
}
