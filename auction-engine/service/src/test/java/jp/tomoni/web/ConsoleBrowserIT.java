package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;

/**
 * The officers' console in Debian's real headless Chromium against the live engine (embedded PostgreSQL):
 * sign in, import the demo facilities through the file input, make a lot, create a CLOCK auction through the
 * form, watch its rounds advance live while simulated retailers bid through the gateway's intake, pause and
 * resume it, approve the award, open the report and download it. Then: an analyst sees no officer action,
 * a bad import row and a bad form parameter are shown where they are, the language toggle shows English
 * ward names, a failed lot is re-auctioned as OPEN_REVERSE and watched live, and signing out ends the session.
 * The methods run in order on one engine; each saves screenshots to {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT extends LiveEngineTestBase {

    private static final String AUCTION = "DEMO-CLOCK";
    private static final String DEMO_CSV = "/demo/facilities-23-wards.csv";

    private ConsoleBrowser browser;

    @RegisterExtension
    final TestWatcher explain = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                browser.explainFailure(context.getRequiredTestMethod().getName());
            }
        }
    };

    @BeforeAll
    void openBrowser() throws Exception {
        browser = ConsoleBrowser.open(port, "officer");
    }

    @AfterAll
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void anOfficerRunsAClockAuctionFromImportToAnApprovedAwardAndItsReport() throws Exception {
        browser.signIn("officer", "officer-pw");
        ConsoleSteps steps = new ConsoleSteps(browser, AUCTION);
        Path csv = Files.createDirectories(Path.of("target")).resolve("facilities-23-wards.csv");
        try (InputStream in = getClass().getResourceAsStream(DEMO_CSV)) {
            Files.write(csv, in.readAllBytes());
        }
        steps.importTheDemoFacilities(csv);
        steps.makeALot();
        for (String retailer : List.of("R1", "R2", "R3", "R4")) {
            qualify(retailer, 6);
        }
        steps.createTheAuctionThroughTheForm();
        SimulatedRetailers retailers = new SimulatedRetailers(this, AUCTION);
        Thread bidding = new Thread(retailers, "simulated-retailers");
        bidding.start();
        browser.confirm(By.id("action-start"), "オークションを開始しますか？");
        browser.waitText(By.id("state-badge"), "実施中", 10);
        steps.watchTheRoundsLive();
        bidding.join(60_000);
        assertThat(retailers.failure.get()).as("simulated retailers").isNull();
        steps.seeTheResultAndApprove(retailers.rejectedCode.get());
        assertThat(browser.consoleLog()).as("the console's scripts ran cleanly under its content security policy")
                .doesNotContain("Content Security Policy", "Uncaught", "TypeError");
        steps.openAndDownloadTheReport();
    }

    @Test
    @Order(2)
    void anAnalystSeesListsAuctionsAndReportsButNoOfficerAction() throws Exception {
        try (ConsoleBrowser analyst = ConsoleBrowser.open(port, "analyst")) {
            analyst.signIn("analyst", "analyst-pw");
            analyst.waitText(By.cssSelector("tr[data-auction='" + AUCTION + "']"), "承認済み", 10);
            assertThat(analyst.all(By.id("new-auction"))).isEmpty();
            analyst.waitText(By.id("who-role"), "分析担当", 5);
            analyst.go("/console/auctions/" + AUCTION);
            analyst.waitText(By.id("result-summary"), "27.30 円/kWh", 10);
            analyst.until(10, d -> !d.findElements(By.cssSelector("#bids tbody tr.bid")).isEmpty());
            assertThat(analyst.all(By.id("actions"))).isEmpty();
            assertThat(analyst.texts(By.tagName("button")))
                    .doesNotContain("落札を承認", "一時停止", "再開", "中止", "再オークション", "開始");
            assertThat(analyst.find(By.id("report-ja")).isDisplayed()).isTrue();
            analyst.screenshot("11-analyst-live");
            Object status = analyst.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/api/v1/console/me').then(r => r.json()).then(me => fetch('/api/v1/auctions/%s/pause',
                        {method: 'POST', headers: {[me.csrf.headerName]: me.csrf.token}}))
                      .then(r => r.json().then(p => done(r.status + ' ' + p.code)));""".formatted(AUCTION));
            assertThat(status).isEqualTo("403 FORBIDDEN");
            analyst.go("/console/facilities");
            analyst.waitText(By.id("facility-count"), "213 施設", 10);
            assertThat(analyst.all(By.id("import-card"))).isEmpty();
            analyst.go("/console/lots");
            analyst.waitText(By.cssSelector("tr[data-lot='WARDS-23']"), "213", 10);
            assertThat(analyst.all(By.id("lot-card"))).isEmpty();
            assertThat(analyst.all(By.cssSelector("a[data-create-auction]"))).isEmpty();
            analyst.go("/console/auctions/new");
            assertThat(analyst.pageText()).contains("FORBIDDEN");
        }
    }

    @Test
    @Order(3)
    void anImportWithABadRowShowsThatRowsErrorAndImportsNothing() throws Exception {
        Path bad = Files.createTempFile("facilities-bad-", ".csv");
        Files.writeString(bad, "ward_code,facility_id,name,type,voltage_class,contract_kw,annual_kwh,"
                + "current_price_yen_per_kwh,baseline_factor_kg_per_kwh,baseline_factor_kind,baseline_factor_fiscal_year\n"
                + "11208,F-TOKOROZAWA-HQ,Tokorozawa city hall,OFFICE,HIGH,800,3000000,27.50,0.433,adjusted,2022\n"
                + "11208,F-TOKOROZAWA-LIB,Tokorozawa library,LIBRARY,HIGH,100,400000,27.505,0.433,adjusted,2022\n",
                StandardCharsets.UTF_8);
        browser.go("/console/facilities");
        browser.waitText(By.id("facility-count"), "213 施設", 10);
        browser.find(By.id("import-file")).sendKeys(bad.toAbsolutePath().toString());
        browser.find(By.id("import-submit")).click();
        browser.waitText(By.id("import-notice"), "1 件の誤りがあるため、何も取り込みませんでした", 10);
        List<String> errors = browser.texts(By.cssSelector("#import-errors tr.import-error"));
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).startsWith("3 current_price_yen_per_kwh INVALID_PRICE").contains("27.505");
        assertThat(browser.text(By.id("facility-count"))).contains("213 施設");
        browser.screenshot("12-import-errors");
        Files.delete(bad);
    }

    @Test
    @Order(4)
    void theFormRefusesABadParameterBeforeSendingAndShowsTheServersRefusalAtItsField() {
        int before = runtime.queries().auctions().size();
        browser.go("/console/auctions/new?lot=WARDS-23");
        browser.until(10, d -> d.findElements(By.cssSelector("#bidders input:checked")).size() == 4);
        browser.type("clock.startPrice", "27.305");
        browser.type("clock.loadCap", "11");
        browser.find(By.id("create-auction")).click();
        browser.waitText(By.id("form-notice"), "2 件の入力を直してください", 5);
        assertThat(browser.text(By.cssSelector("[data-field='clock.startPrice'] .error")))
                .contains("小数点以下2桁まで");
        assertThat(browser.text(By.cssSelector("[data-field='clock.loadCap'] .error")))
                .contains("トランシェ数以下");
        browser.screenshot("13-form-refused");
        assertThat(browser.driver.getCurrentUrl()).contains("/console/auctions/new");
        assertThat(runtime.queries().auctions()).hasSize(before);
        browser.type("clock.startPrice", "30.00");
        browser.type("clock.loadCap", "");
        browser.type("auctionId", AUCTION);
        browser.find(By.id("create-auction")).click();
        browser.waitText(By.cssSelector("[data-field='auctionId'] .error"), "DUPLICATE_ID", 10);
        assertThat(browser.text(By.cssSelector("[data-field='auctionId'] .error"))).contains("already exists");
        assertThat(runtime.queries().auctions()).hasSize(before);
    }

    @Test
    @Order(5)
    void theLanguageToggleShowsEnglishWardNamesAndIsRemembered() {
        browser.go("/console/facilities");
        browser.waitText(By.id("facility-count"), "213 施設", 10);
        browser.find(By.id("lang-en")).click();
        browser.waitText(By.tagName("h1"), "Facilities", 5);
        browser.waitText(By.id("facility-count"), "213 facilities", 5);
        assertThat(browser.text(By.cssSelector("#facilities tbody tr")))
                .contains("Chiyoda", "Chiyoda ward head office", "Office", "¥28.49/kWh").doesNotContain("千代田区");
        assertThat(browser.text(By.id("ward-filter"))).contains("Chiyoda (13101)", "Edogawa (13123)");
        browser.screenshot("14-facilities-en");
        browser.go("/console/auctions/" + AUCTION);
        browser.waitText(By.id("result-summary"), "Clearing price (uniform)", 10);
        assertThat(browser.text(By.id("setup"))).contains("Chiyoda", "Edogawa", "Confidential");
        assertThat(browser.pageText()).doesNotContain("live.", "form.", "result.");
        browser.screenshot("15-live-en");
        browser.find(By.id("lang-ja")).click();
        browser.waitText(By.id("result-summary"), "約定価格", 5);
        assertThat(browser.text(By.id("setup"))).contains("千代田区");
    }

    @Test
    @Order(6)
    void aFailedLotIsReauctionedAsOpenReverseAndWatchedLive() {
        officerPost("/api/v1/auctions", """
                {"auctionId": "FAILED", "lotId": "WARDS-23", "format": "CLOCK", "confirmSecondAward": true,
                 "clock": {"tranches": 10, "startPrice": "30.00"}, "schedule": {"roundSeconds": 1}}""", 201);
        officerPost("/api/v1/auctions/FAILED/start", "", 200);
        browser.go("/console/auctions/FAILED");
        browser.waitText(By.id("outcome-badge"), "入札なし", 20);
        assertThat(browser.all(By.cssSelector("#report-links:not(.hidden)"))).isEmpty();
        browser.find(By.id("action-reauction")).click();
        browser.waitText(By.id("form-title"), "FAILED の再オークション", 10);
        assertThat(browser.find(By.id("clock.startPrice")).getAttribute("value")).isEqualTo("30.00");
        browser.find(By.id("format-reverse")).click();
        browser.type("auctionId", "REVERSE-1");
        browser.type("openReverse.ceilingPrice", "30.00");
        browser.type("openReverse.reservePrice", "29.50");
        browser.type("openReverse.softCloseWindowMinutes", "0");
        browser.type("openReverse.extensionMinutes", "0");
        browser.find(By.id("create-auction")).click();
        browser.waitText(By.id("confirm-title"), "再オークションを作成しますか？", 5);
        browser.find(By.id("confirm-ok")).click();
        browser.waitText(By.id("confirm-title"), "落札が承認済みのロットです", 10);
        assertThat(browser.text(By.id("confirm-message"))).contains("WARDS-23", "二重に調達");
        assertThat(runtime.queries().auction("REVERSE-1")).isNull();
        browser.screenshot("16-second-award-asked");
        browser.find(By.id("confirm-ok")).click();
        browser.until(10, d -> d.getCurrentUrl().endsWith("/console/auctions/REVERSE-1"));
        browser.waitText(By.id("auction-lead"), "公開リバース方式", 10);
        browser.confirm(By.id("action-start"), "オークションを開始しますか？");
        browser.waitText(By.id("state-badge"), "実施中", 10);
        assertThat(gatewayBid("REVERSE-1", "{\"retailerId\": \"R1\", \"price\": \"29.00\"}")).containsEntry("status", "ACCEPTED");
        assertThat(gatewayBid("REVERSE-1", "{\"retailerId\": \"R2\", \"price\": \"28.40\"}")).containsEntry("status", "ACCEPTED");
        assertThat(gatewayBid("REVERSE-1", "{\"retailerId\": \"R3\", \"price\": \"30.50\"}")).containsEntry("code", "ABOVE_CEILING");
        browser.waitText(By.id("lowest"), "28.40 円/kWh", 10);
        browser.waitText(By.id("lowest-bidder"), "R2", 5);
        browser.waitText(By.id("bids-received"), "3", 5);
        assertThat(browser.text(By.cssSelector("#bids tbody tr.rejected"))).contains("R3", "ABOVE_CEILING");
        assertThat(browser.text(By.id("setup"))).contains("FAILED", "29.50 円/kWh");
        browser.until(5, d -> d.findElement(By.id("countdown")).getText().matches("(0:)?5\\d:\\d\\d|1:00:00"));
        browser.screenshot("17-live-open-reverse");
        assertThat(browser.consoleLog()).doesNotContain("Content Security Policy", "Uncaught", "TypeError");
        browser.find(By.id("action-cancel")).click();
        browser.waitText(By.id("confirm-title"), "オークションを中止しますか？", 5);
        browser.find(By.id("confirm-reason")).sendKeys("browser test over");
        browser.find(By.id("confirm-ok")).click();
        browser.waitText(By.id("state-badge"), "中止", 10);
    }

    @Test
    @Order(7)
    void signingOutEndsTheSession() {
        browser.go("/console/");
        browser.waitText(By.tagName("h1"), "オークション一覧", 10);
        browser.screenshot("02-auctions");
        browser.find(By.id("logout")).click();
        browser.waitText(By.id("login-notice"), "ログアウトしました", 10);
        browser.go("/console/lots");
        browser.until(10, d -> d.getCurrentUrl().contains("/console/login"));
        Object status = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/api/v1/auctions').then(r => done(r.status));""");
        assertThat(status).isEqualTo(401L);
    }
}
