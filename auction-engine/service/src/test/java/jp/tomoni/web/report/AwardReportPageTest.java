package jp.tomoni.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tomoni.core.AuctionStatus;
import jp.tomoni.core.award.AwardReport;
import jp.tomoni.core.award.Figures;
import jp.tomoni.core.draw.DrawRecord;
import jp.tomoni.engine.AuctionState;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The award report page rendered from real ended auctions ({@link ReportFixture}): both languages, the
 * figures, escaping of names, no external URL, the JSON islands and the page's script policy.
 */
class AwardReportPageTest {

    private static final ReportFixture FIXTURE = new ReportFixture();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL);

    private final String ja = FIXTURE.page("CLOCK-1", ReportLanguage.JA);
    private final String en = FIXTURE.page("CLOCK-1", ReportLanguage.EN);

    @Test
    void theFixtureEndedAsDescribed() {
        ReportFacts facts = ReportFacts.of(FIXTURE.auction("CLOCK-1"));
        assertThat(facts.outcome()).isEqualTo(AuctionStatus.AWARDED);
        assertThat(facts.state()).isEqualTo(AuctionState.APPROVED);
        assertThat(facts.price().toString()).isEqualTo("27.30");
        assertThat(facts.rounds()).extracting(r -> r.price().toString()).containsExactly("30.00", "28.50", "27.07");
        assertThat(facts.rounds()).extracting(ReportFacts.RoundLine::supply).containsExactly(20, 16, 9);
        assertThat(facts.replay().exportable()).isTrue();
        assertThat(facts.replay().matches()).isTrue();
        assertThat(facts.replay().draws()).extracting(DrawRecord::context).containsExactly("exit-3");
        assertThat(facts.lotFacilities()).isEqualTo(214);
    }

    @Test
    void japaneseLabelsAndWardNames() {
        assertThat(ja).startsWith("<!DOCTYPE html>").contains("<html lang=\"ja\">").contains("<h1>落札結果報告書</h1>")
                .contains("約定価格（全落札者に同一価格）").contains(">千代田区</td>").contains(">江戸川区</td>")
                .contains(">" + ReportFixture.OUTSIDE_WARD + "</td>").contains("調整後排出係数").contains("2022年度")
                .contains("承認済み").contains("（日本時間）");
        assertThat(ja).doesNotContain(">Chiyoda</td>").doesNotContain("Award report");
    }

    @Test
    void englishLabelsAndWardNames() {
        assertThat(en).contains("<html lang=\"en\">").contains("<h1>Award report</h1>")
                .contains("Clearing price (paid to every winner)").contains(">Chiyoda</td>")
                .contains(">Edogawa</td>").contains(">" + ReportFixture.OUTSIDE_WARD + "</td>")
                .contains("adjusted").contains("FY2022").contains("Approved on 2026-12-01 09:05:00 JST");
        assertThat(en).doesNotContain("千代田区").doesNotContain("落札結果報告書");
    }

    @Test
    void theFiguresOfTheReportAreShownWithThousandsSeparators() {
        AwardReport report = FIXTURE.report("CLOCK-1");
        Figures totals = report.totals();
        assertThat(totals.annualCost().value()).isGreaterThan(1_000_000);
        for (String page : List.of(ja, en)) {
            assertThat(page).contains(">27.30<").contains("28.50").contains("27.07")
                    .contains(Numbers.grouped(totals.annualCost().value()))
                    .contains(Numbers.grouped(totals.saving().value()))
                    .contains(Numbers.grouped(totals.annualKwh().value()))
                    .contains(Numbers.grouped(totals.co2Reduction().tonnesOneDecimal()))
                    .contains(Numbers.grouped(totals.co2Reduction().households()));
            for (Figures ward : report.byWard().values()) {
                assertThat(page).contains("<td class=\"num\">" + Numbers.grouped(ward.annualKwh().value()) + "</td>");
            }
            report.allocation().winners().forEach(w -> assertThat(page)
                    .contains("<td class=\"num\">" + Numbers.grouped(w.target().value()) + "</td>")
                    .contains("<td class=\"num\">" + Numbers.grouped(w.differenceKwh()) + "</td>"));
            report.lines().forEach(line -> assertThat(page).contains("<code>" + line.facility().id() + "</code>"));
        }
        assertThat(Numbers.grouped(totals.annualCost().value())).contains(",");
    }

    @Test
    void everyFactorWithItsKindAndFiscalYear() {
        assertThat(en).contains("<td class=\"num\">0.433</td><td>adjusted</td><td>FY2022</td>")
                .contains("<td class=\"num\">0.100</td><td>basic</td><td>FY2023</td>")
                .contains("<td class=\"num\">0.000</td><td>adjusted</td><td>FY2024</td>")
                .contains("<td class=\"num\">0.441</td><td>basic</td><td>FY2023</td>");
        assertThat(ja).contains("<td class=\"num\">0.100</td><td>基礎排出係数</td><td>2023年度</td>");
    }

    @Test
    void theSeedItsHashEveryDrawAndHowToReplay() {
        DrawRecord draw = ReportFacts.of(FIXTURE.auction("CLOCK-1")).replay().draws().get(0);
        String sha = FIXTURE.auction("CLOCK-1").seed().publishedHash();
        for (String page : List.of(ja, en)) {
            assertThat(page).contains(ReportFixture.SEED).contains(sha)
                    .contains("java -jar auction-engine.jar replay scenario.json")
                    .contains("/api/v1/auctions/CLOCK-1/scenario");
            draw.order().forEach(e -> assertThat(page).contains("<code>" + e.key() + "</code>")
                    .contains("<code>" + e.hash() + "</code>"));
        }
        assertThat(en).contains("Draw exit-3: reductions with equal exit prices in round 3")
                .contains("Checked: when this report was written");
    }

    @Test
    void linksToTheCsvTablesAndTheOtherLanguage() {
        assertThat(ja).contains("href=\"/api/v1/auctions/CLOCK-1/report/facilities.csv\"")
                .contains("href=\"/api/v1/auctions/CLOCK-1/report/wards.csv\"")
                .contains("href=\"/api/v1/auctions/CLOCK-1/report/winners.csv\"")
                .contains("href=\"/api/v1/auctions/CLOCK-1/report.html?lang=en\"")
                .contains("href=\"/api/v1/auctions/CLOCK-1/report.html?lang=ja&amp;download=true\"");
        assertThat(en).contains("href=\"/api/v1/auctions/CLOCK-1/report.html?lang=ja\"");
    }

    @Test
    void theDownloadedFileLinksToTheFilesBesideItAndShowsWhereEachComesFrom() {
        String offline = FIXTURE.offlinePage("CLOCK-1", ReportLanguage.JA);
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(offline);
        List<String> links = new java.util.ArrayList<>();
        while (href.find()) {
            links.add(href.group(1));
        }
        assertThat(links).as("no engine path, which file:// cannot reach").noneMatch(l -> l.contains("/"))
                .contains("tomoni-award-CLOCK-1-en.html", "tomoni-award-CLOCK-1-ja.html", "CLOCK-1-facilities.csv",
                        "CLOCK-1-wards.csv", "CLOCK-1-winners.csv", "CLOCK-1-report.json", "CLOCK-1-scenario.json");
        assertThat(offline).contains("<code>GET /api/v1/auctions/CLOCK-1/report/facilities.csv</code>")
                .contains("<code>GET /api/v1/auctions/CLOCK-1/scenario</code>")
                .contains("同じフォルダー");
        assertThat(ja).contains("<code>GET /api/v1/auctions/CLOCK-1/report/facilities.csv</code>")
                .doesNotContain("同じフォルダーにある");
    }

    @Test
    void namesAreEscapedEverywhere() {
        for (String page : List.of(ja, en)) {
            assertThat(page).contains("&lt;script&gt;alert(&quot;facility&quot;)&lt;/script&gt; &amp; Co")
                    .contains("&lt;img src=x onerror=alert(1)&gt; &#39;Denki&#39; &amp; &quot;Co&quot;")
                    .doesNotContain(ReportFixture.EVIL_FACILITY).doesNotContain("<img");
            assertThat(scripts(page)).hasSize(4);
            assertThat(page.split("<script", -1)).hasSize(5);
            assertThat(page.split("</script", -1)).hasSize(5);
        }
    }

    @Test
    void noUrlLoadsAnythingFromElsewhere() {
        Pattern external = Pattern.compile("(?i)(src|href|action|srcset|poster)\\s*=\\s*[\"']?\\s*(https?:|//|file:)");
        Pattern attribute = Pattern.compile("(?i)\\s(src|href)\\s*=\\s*\"([^\"]*)\"");
        for (String page : List.of(ja, en)) {
            assertThat(external.matcher(page).find()).isFalse();
            assertThat(page).doesNotContain("url(").doesNotContain("@import").doesNotContain("sourceMappingURL")
                    .doesNotContain("<link").doesNotContain("<iframe").doesNotContain("<object");
            Matcher m = attribute.matcher(page);
            int links = 0;
            while (m.find()) {
                assertThat(m.group(1)).isEqualToIgnoringCase("href");
                assertThat(m.group(2)).startsWith("/api/v1/auctions/CLOCK-1/");
                links++;
            }
            assertThat(links).isGreaterThanOrEqualTo(11);
            assertThat(page).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;;");
        }
    }

    @Test
    void chartJsIsInlinedAndOnlyTheTwoInlineScriptsMayRun() throws Exception {
        List<String[]> scripts = scripts(ja);
        assertThat(scripts.get(2)[1]).startsWith("/*!\n * Chart.js v4.5.1");
        String policy = AwardReportPage.contentSecurityPolicy();
        for (String[] script : scripts.subList(2, 4)) {
            assertThat(script[0]).isEmpty();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script[1].getBytes(StandardCharsets.UTF_8));
            assertThat(policy).contains("'sha256-" + Base64.getEncoder().encodeToString(digest) + "'");
        }
        assertThat(policy).startsWith("default-src 'none'; script-src 'sha256-").doesNotContain("unsafe-eval")
                .doesNotContain("script-src 'unsafe-inline'");
    }

    @Test
    void theJsonIslandIsTheJsonReport() {
        for (String page : List.of(ja, en)) {
            List<String[]> scripts = scripts(page);
            assertThat(scripts.get(0)[0]).isEqualTo(" type=\"application/json\" id=\"tomoni-report\"");
            JsonNode island = JSON.readTree(scripts.get(0)[1]);
            assertThat(island).isEqualTo(reportAsServed("CLOCK-1"));
            assertThat(island.get("price").asString()).isEqualTo("27.30");
        }
    }

    @Test
    void theChartIslandHoldsThePricePathAndTheWards() {
        JsonNode charts = JSON.readTree(scripts(ja).get(1)[1]);
        assertThat(charts.get("format").asString()).isEqualTo("CLOCK");
        assertThat(charts.get("locale").asString()).isEqualTo("ja-JP");
        assertThat(charts.at("/pricePath/price").toString()).isEqualTo("[\"30.00\",\"28.50\",\"27.07\"]");
        assertThat(charts.at("/pricePath/supply").toString()).isEqualTo("[20,16,9]");
        assertThat(charts.at("/pricePath/demand").toString()).isEqualTo("[10,10,10]");
        assertThat(charts.at("/wards/labels").size()).isEqualTo(FIXTURE.report("CLOCK-1").byWard().size());
        assertThat(charts.at("/wards/labels/0").asString()).isEqualTo("千代田区");
        assertThat(charts.at("/labels/price").asString()).isEqualTo("価格（円/kWh）");
        assertThat(JSON.readTree(scripts(en).get(1)[1]).at("/wards/labels/0").asString()).isEqualTo("Chiyoda");
    }

    @Test
    void anOpenReverseAwardShowsItsBidsAndWinningPrice() {
        String page = FIXTURE.page("REVERSE-1", ReportLanguage.EN);
        assertThat(page).contains("Winning price").contains(">28.10<").contains("Open reverse auction")
                .contains("Ended, awaiting the officer&#39;s approval").contains("Not yet approved")
                .contains("An open reverse auction makes no draws").contains("Setagaya Solar (R3)")
                .contains("Checked: when this report was written");
        JsonNode charts = JSON.readTree(scripts(page).get(1)[1]);
        assertThat(charts.at("/pricePath/price").toString()).isEqualTo("[\"29.50\",\"28.80\",\"28.10\"]");
        assertThat(charts.at("/pricePath/lowest").toString()).isEqualTo("[\"29.50\",\"28.80\",\"28.10\"]");
        assertThat(JSON.readTree(scripts(page).get(0)[1])).isEqualTo(reportAsServed("REVERSE-1"));
    }

    @Test
    void theSameAuctionGivesTheSameBytes() {
        assertThat(FIXTURE.page("CLOCK-1", ReportLanguage.JA)).isEqualTo(ja);
    }

    /** The JSON report as a client of {@code GET /report} reads it. */
    private static JsonNode reportAsServed(String id) {
        return JSON.readTree(JSON.writeValueAsString(FIXTURE.json(id)));
    }

    private static List<String[]> scripts(String page) {
        List<String[]> scripts = new ArrayList<>();
        Matcher m = SCRIPT.matcher(page);
        while (m.find()) {
            scripts.add(new String[] {m.group(1), m.group(2)});
        }
        return scripts;
    }
}
