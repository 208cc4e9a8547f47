package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import jp.tomoni.client.ApiClient;
import jp.tomoni.client.ApiException;
import jp.tomoni.client.api.AuctionCommandsApi;
import jp.tomoni.client.api.AuctionsApi;
import jp.tomoni.client.api.AuditApi;
import jp.tomoni.client.api.FacilitiesApi;
import jp.tomoni.client.api.LotsApi;
import jp.tomoni.client.api.RetailersApi;
import jp.tomoni.client.model.AuctionCreated;
import jp.tomoni.client.model.AuctionView;
import jp.tomoni.client.model.ClockSection;
import jp.tomoni.client.model.CreateAuctionBody;
import jp.tomoni.client.model.CreateLotBody;
import jp.tomoni.client.model.Factor;
import jp.tomoni.client.model.MenuFactor;
import jp.tomoni.client.model.QualifyRetailerBody;
import jp.tomoni.client.model.Row;
import jp.tomoni.client.model.ScheduleSection;
import jp.tomoni.core.AuctionStatus;
import jp.tomoni.replay.ReplayOutcome;
import jp.tomoni.replay.ScenarioReader;
import jp.tomoni.replay.ScenarioReplay;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * An officer's whole path, driven only through the Java client generated from the committed OpenAPI document
 * ({@code openapi/engine-api.json}): import facilities of two wards, pool them into a lot, qualify two
 * retailers, create and start a CLOCK auction, watch it, approve its award, export it (and replay the export
 * to the same award) and read its report.
 * The retailers bid as the gateway does (gRPC), the one part that is not this API. If the document and the
 * service part ways, this test does not compile or fails.
 */
class OfficerClientPathTest extends LiveEngineTestBase {

    private FacilitiesApi facilities;
    private LotsApi lots;
    private RetailersApi retailers;
    private AuctionCommandsApi commands;
    private AuctionsApi auctions;
    private AuditApi audit;

    @BeforeEach
    void signInAsOfficer() {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        String basic = "Basic " + Base64.getEncoder().encodeToString("officer:officer-pw".getBytes());
        client.setRequestInterceptor(request -> request.header("Authorization", basic));
        facilities = new FacilitiesApi(client);
        lots = new LotsApi(client);
        retailers = new RetailersApi(client);
        commands = new AuctionCommandsApi(client);
        auctions = new AuctionsApi(client);
        audit = new AuditApi(client);
    }

    @Test
    void anOfficerRunsAnAuctionFromImportToReport() throws ApiException {
        assertThat(facilities.importFacilities(List.of(office("13101", "F-CLIENT-1", 3_800_000L),
                office("13102", "F-CLIENT-2", 2_600_000L))).getImported()).isEqualTo(2);
        assertThat(facilities.listFacilities("13101", null, null)).asString().contains("F-CLIENT-1")
                .doesNotContain("F-CLIENT-2");
        assertThat(lots.createLot(new CreateLotBody().lotId("CLIENT-LOT").name("Chiyoda and Chuo offices")
                .facilityIds(List.of("F-CLIENT-1", "F-CLIENT-2"))).getFacilities()).isEqualTo(2);
        String key = retailers.qualifyRetailer(retailer("CLIENT-R1")).getApiKey();
        retailers.qualifyRetailer(retailer("CLIENT-R2"));
        assertThat(key).isNotBlank();
        assertThat(retailers.listRetailers()).extracting(r -> r.getRetailerId()).contains("CLIENT-R1", "CLIENT-R2");

        AuctionCreated created = commands.createAuction(clock("CLIENT-AUC"));
        assertThat(created.getSeedSha256()).hasSize(64);
        assertThat(commands.startAuction("CLIENT-AUC").getState()).isEqualTo("RUNNING");
        assertThat(types(auctions.getEvents("CLIENT-AUC", 0L))).contains("AuctionCreated", "AuctionStateChanged",
                "RoundOpened");

        gatewayBid("CLIENT-AUC", "{\"retailerId\": \"CLIENT-R1\", \"round\": 1, \"quantity\": 2}");
        gatewayBid("CLIENT-AUC", "{\"retailerId\": \"CLIENT-R2\", \"round\": 1, \"quantity\": 2}");
        await(20, () -> state("CLIENT-AUC") == AuctionView.StateEnum.ENDED);
        AuctionView ended = auctions.getAuction("CLIENT-AUC");
        assertThat(ended.getOutcome()).isEqualTo(AuctionView.OutcomeEnum.AWARDED);
        assertThat(ended.getAwards()).extracting(a -> a.getBidder()).containsExactlyInAnyOrder("CLIENT-R1",
                "CLIENT-R2");

        assertThat(commands.approveAward("CLIENT-AUC").getState()).isEqualTo("APPROVED");
        String scenario = JsonMapper.builder().build().writeValueAsString(auctions.exportScenario("CLIENT-AUC"));
        ReplayOutcome replayed = ScenarioReplay.run(ScenarioReader.read(scenario));
        assertThat(replayed.status()).isEqualTo(AuctionStatus.AWARDED);
        assertThat(replayed.price().toString()).isEqualTo(ended.getFinalPrice());
        @SuppressWarnings("unchecked")
        Map<String, Object> report = (Map<String, Object>) auctions.getReport("CLIENT-AUC");
        assertThat(report).containsKey("winners");
        assertThat(auctions.getFacilitiesCsv("CLIENT-AUC")).content(StandardCharsets.UTF_8).contains("F-CLIENT-1",
                "F-CLIENT-2");
        assertThat(auctions.getReportPage("CLIENT-AUC", "en", null)).content(StandardCharsets.UTF_8)
                .contains("CLIENT-AUC", "<html");
        assertThat(audit.getAuditTrail(0L, 100)).anySatisfy(entry -> assertThat(entry).containsEntry("who",
                "officer"));
    }

    @Test
    void aRefusalReachesTheClientAsItsProblem() throws ApiException {
        lotOfOneFacility("CLIENT-REFUSED-LOT", "F-CLIENT-REFUSED", "13103");
        commands.createAuction(clock("CLIENT-TWICE").lotId("CLIENT-REFUSED-LOT"));
        assertThatThrownBy(() -> commands.createAuction(clock("CLIENT-TWICE").lotId("CLIENT-REFUSED-LOT")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(409);
                    assertThat(e.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
                    assertThat(e.getResponseBody()).contains("\"code\":\"DUPLICATE_ID\"", "\"field\":\"auctionId\"");
                });
    }

    private static Row office(String ward, String id, long annualKwh) {
        return new Row().wardCode(ward).id(id).name("Office " + id).type("OFFICE").voltageClass("HIGH")
                .contractKw(900L).annualKwh(annualKwh).currentPrice("28.00")
                .baselineFactor(new Factor().value("0.433").kind("adjusted").fiscalYear(2022L));
    }

    private static QualifyRetailerBody retailer(String id) {
        return new QualifyRetailerBody().retailerId(id).name("Retailer " + id).registrationNumber("A0001")
                .menuFactor(new MenuFactor().value("0.000").kind(MenuFactor.KindEnum.ADJUSTED).fiscalYear(2024))
                .securityYen(10_000_000L).eligibility(4);
    }

    private static CreateAuctionBody clock(String id) {
        return new CreateAuctionBody().auctionId(id).lotId("CLIENT-LOT").format("CLOCK")
                .clock(new ClockSection().tranches(4).startPrice("30.00"))
                .schedule(new ScheduleSection().roundSeconds(2).recessSeconds(0));
    }

    private AuctionView.StateEnum state(String id) {
        try {
            return auctions.getAuction(id).getState();
        } catch (ApiException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> types(List<Object> events) {
        return events.stream().map(e -> ((Map<String, Object>) e).get("type")).toList();
    }
}
