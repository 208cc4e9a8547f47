package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.tomoni.engine.AuctionState;
import jp.tomoni.engine.EngineEvent;
import jp.tomoni.engine.LoggedEvent;
import jp.tomoni.web.report.AwardReportPage;
import jp.tomoni.web.report.ReportFacts;
import jp.tomoni.web.report.ReportLanguage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;

/**
 * The award report page over HTTP on the live engine: who may read it, its content type and language, the
 * download header, 409 without an award (not started, or undersubscribed), 404 for no such auction and 400
 * for a language it is not written in. The auctions run live: CLOCK auctions of 2 tranches, one that two
 * retailers fill in round 1, one that gets a single tranche and fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPageTest extends LiveEngineTestBase {

    private static final MediaType HTML_UTF8 = MediaType.parseMediaType("text/html;charset=UTF-8");
    private String bidderKey;

    @BeforeAll
    void runAnAuctionToItsAward() throws InterruptedException {
        String csv = "ward_code,facility_id,name,type,voltage_class,contract_kw,annual_kwh,current_price_yen_per_kwh,"
                + "baseline_factor_kg_per_kwh,baseline_factor_kind,baseline_factor_fiscal_year,name_ja\n"
                + "13101,F-HTML-1,<script>alert(1)</script> hall,OFFICE,HIGH,800,3000000,28.00,0.433,adjusted,2022,\n"
                + "13123,F-HTML-2,Edogawa library,LIBRARY,HIGH,100,400000,29.00,0.433,adjusted,2022,江戸川区立図書館\n"
                + "11208,F-HTML-3,Tokorozawa city hall,OFFICE,HIGH,700,2500000,,0.433,adjusted,2022,所沢市役所\n";
        officer().post().uri("/api/v1/facilities").contentType(MediaType.parseMediaType("text/csv")).bodyValue(csv)
                .exchange().expectStatus().isCreated();
        officerPost("/api/v1/lots", """
                {"lotId": "HTML-LOT", "name": "Report page lot", "nameJa": "報告書テスト用ロット",
                 "facilityIds": ["F-HTML-1", "F-HTML-2", "F-HTML-3"]}""", 201);
        officerPost("/api/v1/retailers", """
                {"retailerId": "HR1", "name": "<b>東京</b> Power & Co", "registrationNumber": "A0701",
                 "menuFactor": {"value": "0.000", "kind": "adjusted", "fiscalYear": 2024},
                 "securityYen": 10000000, "eligibility": 2}""", 201);
        bidderKey = qualify("HR2", 2);
        String create = """
                {"auctionId": "%s", "lotId": "HTML-LOT", "format": "CLOCK", "bidders": ["HR1", "HR2"],
                 "clock": {"tranches": 2, "startPrice": "30.00"}, "schedule": {"roundSeconds": 3, "recessSeconds": 0}}""";
        officerPost("/api/v1/auctions", create.formatted("HTML-WAIT"), 201);
        officerPost("/api/v1/auctions", create.formatted("HTML-1"), 201);
        officerPost("/api/v1/auctions", create.formatted("HTML-FAIL"), 201);
        officerPost("/api/v1/auctions/HTML-1/start", "", 200);
        officerPost("/api/v1/auctions/HTML-FAIL/start", "", 200);
        await(10, () -> roundOneIsOpen("HTML-1") && roundOneIsOpen("HTML-FAIL"));
        gatewayBid("HTML-1", "{\"retailerId\": \"HR1\", \"round\": 1, \"quantity\": 1}");
        gatewayBid("HTML-1", "{\"retailerId\": \"HR2\", \"round\": 1, \"quantity\": 1}");
        gatewayBid("HTML-FAIL", "{\"retailerId\": \"HR1\", \"round\": 1, \"quantity\": 1}");
        await(10, () -> runtime.queries().auction("HTML-1").state() == AuctionState.ENDED
                && runtime.queries().auction("HTML-FAIL").state() == AuctionState.ENDED);
    }

    private boolean roundOneIsOpen(String id) {
        return runtime.queries().auction(id).log().from(0).stream().map(LoggedEvent::event)
                .anyMatch(EngineEvent.RoundOpened.class::isInstance);
    }

    @Test
    void anAnalystReadsItInJapaneseByDefault() {
        String page = analyst().get().uri("/api/v1/auctions/HTML-1/report.html").exchange().expectStatus().isOk()
                .expectHeader().contentType(HTML_UTF8).expectHeader().doesNotExist("Content-Disposition")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"ja\">").contains("落札結果報告書")
                .contains(">30.00<").contains(">千代田区</td>").contains(">江戸川区</td>").contains(">所沢市</td>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; hall").contains("&lt;b&gt;東京&lt;/b&gt; Power &amp; Co")
                .doesNotContain("<script>alert(1)").doesNotContain("<b>東京")
                .contains("id=\"tomoni-report\"").contains("Chart.js v4.5.1");
        assertThat(page).contains("報告書テスト用ロット").doesNotContain("Report page lot").contains("所沢市役所")
                .doesNotContain("Tokorozawa city hall");
    }

    @Test
    void anOfficerReadsItInEnglishAndDownloadsTheSamePageWithLinksToTheFilesBesideIt() {
        String page = officer().get().uri("/api/v1/auctions/HTML-1/report.html?lang=en").exchange().expectStatus()
                .isOk().expectHeader().contentType(HTML_UTF8).expectBody(String.class).returnResult()
                .getResponseBody();
        assertThat(page).contains("<html lang=\"en\">").contains("Award report").contains(">Chiyoda</td>");
        assertThat(page).contains("Report page lot").doesNotContain("報告書テスト用ロット").doesNotContain("所沢市役所");
        String download = officer().get().uri("/api/v1/auctions/HTML-1/report.html?lang=en&download=true")
                .exchange().expectStatus().isOk().expectHeader().contentType(HTML_UTF8)
                .expectHeader().valueEquals("Content-Disposition", "attachment; filename=\"tomoni-award-HTML-1-en.html\"")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(download).as("the same page but for its links and the note on them")
                .isEqualTo(page.replace("/api/v1/auctions/HTML-1/report.html?lang=ja\"", "tomoni-award-HTML-1-ja.html\"")
                        .replace("/api/v1/auctions/HTML-1/report.html?lang=en&amp;download=true\"",
                                "tomoni-award-HTML-1-en.html\"")
                        .replace("href=\"/api/v1/auctions/HTML-1/report/facilities.csv\"", "href=\"HTML-1-facilities.csv\"")
                        .replace("href=\"/api/v1/auctions/HTML-1/report/wards.csv\"", "href=\"HTML-1-wards.csv\"")
                        .replace("href=\"/api/v1/auctions/HTML-1/report/winners.csv\"", "href=\"HTML-1-winners.csv\"")
                        .replace("href=\"/api/v1/auctions/HTML-1/report\"", "href=\"HTML-1-report.json\"")
                        .replace("href=\"/api/v1/auctions/HTML-1/scenario\"", "href=\"HTML-1-scenario.json\"")
                        .replace("The links work when this report is opened from the engine. When the file is opened"
                                + " offline, fetch the same paths from the engine.", "The links open the files of these"
                                + " names beside this report: save each from the engine path shown (GET), into the"
                                + " folder that holds this file."));
        analyst().get().uri("/api/v1/auctions/HTML-1/report.html?download=true").exchange().expectStatus().isOk()
                .expectHeader().valueEquals("Content-Disposition", "attachment; filename=\"tomoni-award-HTML-1-ja.html\"");
    }

    @Test
    void theJsonIslandIsWhatTheJsonReportAnswers() {
        String page = analyst().get().uri("/api/v1/auctions/HTML-1/report.html").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        String json = analyst().get().uri("/api/v1/auctions/HTML-1/report").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        String open = "<script type=\"application/json\" id=\"tomoni-report\">";
        int from = page.indexOf(open) + open.length();
        assertThat(page.substring(from, page.indexOf("</script>", from))).isEqualTo(json);
    }

    @Test
    void theEngineWritesTheSameBytesAsTheRendererWithoutSpring() {
        for (ReportLanguage language : ReportLanguage.values()) {
            String page = analyst().get().uri("/api/v1/auctions/HTML-1/report.html?lang=" + language.code())
                    .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
            var auction = runtime.queries().auction("HTML-1");
            var report = AwardAssembler.report(auction);
            assertThat(page).isEqualTo(AwardReportPage.standalone().render(ReportFacts.of(auction), report,
                    ReportJson.of(auction, report), language));
        }
    }

    @Test
    void withoutAnAwardItIs409AndForNoSuchAuction404() {
        analyst().get().uri("/api/v1/auctions/HTML-WAIT/report.html").exchange().expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody()
                .jsonPath("$.code").isEqualTo("NO_AWARD")
                .jsonPath("$.detail").isEqualTo("auction HTML-WAIT has no award yet: it is CREATED");
        analyst().get().uri("/api/v1/auctions/HTML-FAIL/report.html").exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("NO_AWARD")
                .jsonPath("$.detail").isEqualTo("auction HTML-FAIL has no award: it ended UNDERSUBSCRIBED");
        analyst().get().uri("/api/v1/auctions/NO-SUCH/report.html").exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody()
                .jsonPath("$.code").isEqualTo("NOT_FOUND");
    }

    @Test
    void anUnknownLanguageOrDownloadValueIs400NamingTheField() {
        for (String lang : List.of("fr", "EN", "ja-JP")) {
            analyst().get().uri("/api/v1/auctions/HTML-1/report.html?lang={lang}", lang).exchange()
                    .expectStatus().isBadRequest().expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody()
                    .jsonPath("$.code").isEqualTo("UNKNOWN_LANGUAGE").jsonPath("$.field").isEqualTo("lang");
        }
        analyst().get().uri("/api/v1/auctions/NO-SUCH/report.html?lang=fr").exchange().expectStatus().isBadRequest();
        analyst().get().uri("/api/v1/auctions/HTML-1/report.html?download=maybe").exchange().expectStatus()
                .isBadRequest().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("MALFORMED_REQUEST").jsonPath("$.field").isEqualTo("download");
    }

    @Test
    void onlyOfficersAndAnalystsMayReadIt() {
        client().get().uri("/api/v1/auctions/HTML-1/report.html").exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
        bearer(bidderKey).get().uri("/api/v1/auctions/HTML-1/report.html").exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("FORBIDDEN");
        bearer(GATEWAY_KEY).get().uri("/api/v1/auctions/HTML-1/report.html").exchange().expectStatus()
                .isUnauthorized();
    }

    @Test
    void approvalShowsOnTheReport() {
        String before = analyst().get().uri("/api/v1/auctions/HTML-1/report.html?lang=en").exchange().expectStatus()
                .isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(before).contains("Not yet approved").contains("Ended, awaiting the officer&#39;s approval");
        officerPost("/api/v1/auctions/HTML-1/approve", "", 200);
        String after = analyst().get().uri("/api/v1/auctions/HTML-1/report.html?lang=en").exchange().expectStatus()
                .isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(after).contains("Approved on ").doesNotContain("Not yet approved");
    }
}
