package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
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
import org.openqa.selenium.WebElement;

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
    private static final Path DEMO_CSV = Path.of("src", "main", "resources", "demo", "facilities-23-wards.csv");

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
        signIn(browser, "officer", "officer-pw");
        importTheDemoFacilities();
        makeALot();
        for (String retailer : List.of("R1", "R2", "R3", "R4")) {
            qualify(retailer, 6);
        }
        createTheAuctionThroughTheForm();
        SimulatedRetailers retailers = new SimulatedRetailers();
        Thread bidding = new Thread(retailers, "simulated-retailers");
        bidding.start();
        confirm(By.id("action-start"), "オークションを開始しますか？");
        browser.waitText(By.id("state-badge"), "実施中", 10);
        watchTheRoundsLive();
        bidding.join(60_000);
        assertThat(retailers.failure.get()).as("simulated retailers").isNull();
        seeTheResultAndApprove(retailers.rejectedCode.get());
        openAndDownloadTheReport();
    }

    @Test
    @Order(2)
    void anAnalystSeesListsAuctionsAndReportsButNoOfficerAction() throws Exception {
        try (ConsoleBrowser analyst = ConsoleBrowser.open(port, "analyst")) {
            signIn(analyst, "analyst", "analyst-pw");
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
        int before = runtime.processor().auctions().size();
        browser.go("/console/auctions/new?lot=WARDS-23");
        browser.until(10, d -> d.findElements(By.cssSelector("#bidders input:checked")).size() == 4);
        type("clock.startPrice", "27.305");
        type("clock.loadCap", "11");
        browser.find(By.id("create-auction")).click();
        browser.waitText(By.id("form-notice"), "2 件の入力を直してください", 5);
        assertThat(browser.text(By.cssSelector("[data-field='clock.startPrice'] .error")))
                .contains("小数点以下2桁まで");
        assertThat(browser.text(By.cssSelector("[data-field='clock.loadCap'] .error")))
                .contains("トランシェ数以下");
        browser.screenshot("13-form-refused");
        assertThat(browser.driver.getCurrentUrl()).contains("/console/auctions/new");
        assertThat(runtime.processor().auctions()).hasSize(before);
        type("clock.startPrice", "30.00");
        type("clock.loadCap", "");
        type("auctionId", AUCTION);
        browser.find(By.id("create-auction")).click();
        browser.waitText(By.cssSelector("[data-field='auctionId'] .error"), "INVALID_AUCTION", 10);
        assertThat(browser.text(By.cssSelector("[data-field='auctionId'] .error"))).contains("already exists");
        assertThat(runtime.processor().auctions()).hasSize(before);
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
                .contains("Chiyoda", "Office", "¥28.49/kWh").doesNotContain("千代田区");
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
                {"auctionId": "FAILED", "lotId": "WARDS-23", "format": "CLOCK",
                 "clock": {"tranches": 10, "startPrice": "30.00"}, "schedule": {"roundSeconds": 1}}""", 201);
        officerPost("/api/v1/auctions/FAILED/start", "", 200);
        browser.go("/console/auctions/FAILED");
        browser.waitText(By.id("outcome-badge"), "入札なし", 20);
        assertThat(browser.all(By.cssSelector("#report-links:not(.hidden)"))).isEmpty();
        browser.find(By.id("action-reauction")).click();
        browser.waitText(By.id("form-title"), "FAILED の再オークション", 10);
        assertThat(browser.find(By.id("clock.startPrice")).getAttribute("value")).isEqualTo("30.00");
        browser.find(By.id("format-reverse")).click();
        type("auctionId", "REVERSE-1");
        type("openReverse.ceilingPrice", "30.00");
        type("openReverse.reservePrice", "29.50");
        type("openReverse.softCloseWindowMinutes", "0");
        type("openReverse.extensionMinutes", "0");
        browser.find(By.id("create-auction")).click();
        browser.waitText(By.id("confirm-title"), "再オークションを作成しますか？", 5);
        browser.find(By.id("confirm-ok")).click();
        browser.until(10, d -> d.getCurrentUrl().endsWith("/console/auctions/REVERSE-1"));
        browser.waitText(By.id("auction-lead"), "公開リバース方式", 10);
        confirm(By.id("action-start"), "オークションを開始しますか？");
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
        browser.screenshot("16-live-open-reverse");
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

    private void importTheDemoFacilities() {
        browser.find(By.cssSelector("nav a[href='/console/facilities']")).click();
        browser.waitText(By.tagName("h1"), "施設", 10);
        assertThat(DEMO_CSV).as("demo facilities file").isRegularFile();
        browser.find(By.id("import-file")).sendKeys(DEMO_CSV.toAbsolutePath().toString());
        browser.find(By.id("import-submit")).click();
        browser.waitText(By.id("import-notice"), "213 件の施設を取り込みました", 30);
        browser.waitText(By.id("facility-count"), "213 施設", 10);
        assertThat(browser.all(By.cssSelector("#facilities tbody tr"))).hasSize(213);
        assertThat(browser.text(By.cssSelector("#facilities tbody tr")))
                .contains("千代田区", "Chiyoda ward head office", "庁舎", "3,215,000", "28.49 円/kWh");
        browser.screenshot("03-facilities-imported");
    }

    private void makeALot() {
        browser.find(By.cssSelector("nav a[href='/console/lots']")).click();
        browser.waitText(By.id("lot-preview"), "213 施設", 10);
        browser.find(By.id("lot-id")).sendKeys("WARDS-23");
        browser.find(By.id("lot-name")).sendKeys("23区合同調達");
        browser.find(By.id("lot-submit")).click();
        browser.waitText(By.id("lot-notice"), "ロット WARDS-23 を作成しました", 10);
        String row = browser.waitText(By.cssSelector("tr[data-lot='WARDS-23']"), "213", 10);
        assertThat(row).contains("23区合同調達", "千代田区", "江戸川区");
        browser.screenshot("04-lots");
    }

    private void createTheAuctionThroughTheForm() {
        browser.go("/console/lots");
        browser.until(10, d -> d.findElements(By.cssSelector("a[data-create-auction='WARDS-23']")).size() == 1);
        browser.find(By.cssSelector("a[data-create-auction='WARDS-23']")).click();
        browser.until(10, d -> d.findElements(By.cssSelector("#bidders input:checked")).size() == 4);
        assertThat(browser.find(By.id("lotId")).getAttribute("value")).isEqualTo("WARDS-23");
        type("auctionId", AUCTION);
        type("clock.tranches", "10");
        type("clock.startPrice", "30.00");
        type("clock.reservePrice", "29.00");
        type("clock.loadCap", "6");
        type("schedule.roundSeconds", "6");
        type("schedule.recessSeconds", "2");
        assertThat(browser.text(By.cssSelector("[data-field='clock.reservePrice']"))).contains("非公開");
        browser.screenshot("05-new-auction");
        browser.find(By.id("create-auction")).click();
        browser.until(10, d -> d.getCurrentUrl().endsWith("/console/auctions/" + AUCTION));
        browser.waitText(By.id("state-badge"), "作成済み", 10);
        assertThat(browser.text(By.id("setup"))).contains("29.00 円/kWh", "非公開", "R1, R2, R3, R4");
    }

    private void watchTheRoundsLive() {
        browser.waitText(By.id("stream-badge"), "ライブ受信中", 10);
        browser.waitText(By.id("round"), "1", 15);
        browser.waitText(By.id("price"), "30.00 円/kWh", 5);
        browser.until(5, d -> d.findElement(By.id("countdown")).getText().matches("0:0[1-6]"));
        browser.until(15, d -> bidRows().size() >= 4);
        browser.waitText(By.id("round"), "2", 20);
        browser.waitText(By.id("price"), "28.50 円/kWh", 5);
        browser.waitText(By.id("supply"), "20 / 10 トランシェ", 5);
        browser.until(15, d -> bidRows().size() >= 7);
        confirm(By.id("action-pause"), "一時停止しますか？");
        browser.waitText(By.id("state-badge"), "一時停止中", 10);
        browser.waitText(By.id("countdown"), "—", 5);
        browser.screenshot("06-live-paused");
        confirm(By.id("action-resume"), "再開しますか？");
        browser.waitText(By.id("state-badge"), "実施中", 10);
        browser.waitText(By.id("round"), "3", 30);
        browser.waitText(By.id("price"), "27.07 円/kWh", 5);
        browser.waitText(By.id("supply"), "16 / 10 トランシェ", 5);
        browser.until(15, d -> bidRows().size() >= 11);
        assertThat(browser.all(By.cssSelector("#rounds tbody tr"))).hasSize(2);
        assertThat(browser.find(By.id("price-chart")).getAttribute("data-points")).isEqualTo("3");
        browser.screenshot("07-live-round-3");
    }

    private List<WebElement> bidRows() {
        return browser.all(By.cssSelector("#bids tbody tr.bid"));
    }

    private void seeTheResultAndApprove(String rejectedCode) {
        browser.waitText(By.id("state-badge"), "終了", 30);
        browser.waitText(By.id("outcome-badge"), "落札", 5);
        browser.waitText(By.id("result-summary"), "27.30 円/kWh", 10);
        List<String> winners = browser.texts(By.cssSelector("#winners tbody tr"));
        assertThat(winners).containsExactly("R1 Retailer R1 4 トランシェ", "R2 Retailer R2 4 トランシェ",
                "R3 Retailer R3 2 トランシェ");
        assertThat(browser.text(By.cssSelector("#bids tbody tr.rejected"))).contains("R4", "却下", rejectedCode);
        assertThat(browser.text(By.cssSelector("#bids"))).contains("退出 27.30 円/kWh", "退出 29.00 円/kWh");
        browser.screenshot("08-live-ended");
        confirm(By.id("action-approve"), "落札を承認しますか？");
        browser.waitText(By.id("state-badge"), "承認済み", 10);
        browser.waitText(By.id("live-notice"), "落札を承認しました", 5);
        assertThat(browser.all(By.cssSelector("#action-approve:not(.hidden)"))).isEmpty();
        browser.screenshot("09-live-approved");
    }

    private void openAndDownloadTheReport() throws Exception {
        String liveWindow = browser.driver.getWindowHandle();
        WebElement open = browser.find(By.id("report-ja"));
        assertThat(open.getAttribute("href")).endsWith("/api/v1/auctions/" + AUCTION + "/report.html?lang=ja");
        open.click();
        browser.until(10, d -> d.getWindowHandles().size() == 2);
        String reportWindow = browser.driver.getWindowHandles().stream().filter(h -> !h.equals(liveWindow))
                .findFirst().orElseThrow();
        browser.driver.switchTo().window(reportWindow);
        browser.until(20, d -> browser.pageText().contains("27.30"));
        browser.screenshot("10-report-ja");
        browser.driver.close();
        browser.driver.switchTo().window(liveWindow);
        browser.find(By.id("report-download-ja")).click();
        Path report = browser.download("tomoni-award-" + AUCTION + "-ja.html", 20);
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("27.30");
        browser.find(By.id("csv-winners")).click();
        Path csv = browser.download(AUCTION + "-winners.csv", 20);
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("R1", "R2", "R3");
    }

    /** Clicks an officer's action, checks the confirmation's title, and confirms. */
    private void confirm(By action, String title) {
        browser.until(10, d -> d.findElement(action).isDisplayed());
        browser.find(action).click();
        browser.waitText(By.id("confirm-title"), title, 5);
        browser.find(By.id("confirm-ok")).click();
        browser.until(5, d -> !d.findElement(By.id("confirm-dialog")).isDisplayed());
    }

    private void type(String id, String text) {
        WebElement input = browser.find(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Signs in through the login page, which the console redirects to. */
    static void signIn(ConsoleBrowser browser, String user, String password) {
        browser.go("/console/");
        browser.until(10, d -> d.getCurrentUrl().contains("/console/login"));
        browser.until(10, d -> d.findElement(By.id("login-submit")).isEnabled());
        browser.screenshot("01-login");
        browser.find(By.id("username")).sendKeys(user);
        browser.find(By.id("password")).sendKeys(password);
        browser.find(By.id("login-submit")).click();
        browser.waitText(By.tagName("h1"), "オークション一覧", 30);
        browser.waitText(By.id("who-name"), user, 5);
    }

    /**
     * Four retailers bidding through the gateway's intake as each round opens: round 1 R1 6, R2 6, R3 5, R4 3;
     * round 2 R1 6, R2 5 (exit 29.00), R3 5, R4 silent (out); round 3 R1 4 (exit 27.50), R2 3 (27.30),
     * R3 2 (28.00), and R4, already out, is rejected. The clearing price is 27.30: R1 4, R2 4, R3 2 tranches.
     * A bid refused as NOT_OPEN (the auction is paused) is sent again.
     */
    private final class SimulatedRetailers implements Runnable {

        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final AtomicReference<String> rejectedCode = new AtomicReference<>();

        private final String[][][] plan = {
                {{"R1", "6", null}, {"R2", "6", null}, {"R3", "5", null}, {"R4", "3", null}},
                {{"R1", "6", null}, {"R2", "5", "29.00"}, {"R3", "5", null}},
                {{"R1", "4", "27.50"}, {"R2", "3", "27.30"}, {"R3", "2", "28.00"}}};

        @Override
        public void run() {
            try {
                for (int round = 1; round <= plan.length; round++) {
                    awaitRound(round);
                    for (String[] bid : plan[round - 1]) {
                        send(round, bid[0], Integer.parseInt(bid[1]), bid[2]);
                    }
                }
                Map<String, Object> late = gatewayBid(AUCTION, bid("R4", 3, 2, null));
                assertThat(late).containsEntry("status", "REJECTED");
                rejectedCode.set((String) late.get("code"));
            } catch (Throwable e) {
                failure.set(e);
            }
        }

        private void awaitRound(int round) throws InterruptedException {
            await(60, () -> {
                Map<?, ?> view = officer().get().uri("/api/v1/auctions/{id}", AUCTION).exchange().expectStatus().isOk()
                        .expectBody(Map.class).returnResult().getResponseBody();
                return Integer.valueOf(round).equals(view.get("round")) && view.get("roundClosesAt") != null;
            });
        }

        private void send(int round, String retailer, int quantity, String exitPrice) throws InterruptedException {
            for (int attempt = 0; attempt < 200; attempt++) {
                Map<String, Object> receipt = gatewayBid(AUCTION, bid(retailer, round, quantity, exitPrice));
                if ("ACCEPTED".equals(receipt.get("status"))) {
                    return;
                }
                if (!"NOT_OPEN".equals(receipt.get("code"))) {
                    throw new AssertionError("bid of " + retailer + " in round " + round + " refused: " + receipt);
                }
                Thread.sleep(100);
            }
            throw new AssertionError("the auction stayed paused while " + retailer + " bid");
        }

        private String bid(String retailer, int round, int quantity, String exitPrice) {
            return "{\"retailerId\": \"%s\", \"round\": %d, \"quantity\": %d%s}".formatted(retailer, round, quantity,
                    exitPrice == null ? "" : ", \"exitPrice\": \"" + exitPrice + "\"");
        }
    }
}
