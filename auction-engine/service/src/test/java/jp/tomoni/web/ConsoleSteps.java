package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The officer's path through the console in {@link ConsoleBrowserIT}, step by step, each asserting what is on
 * screen: import, lot, the create-auction form, the live rounds of the CLOCK auction that
 * {@link SimulatedRetailers} bid in, its result and approval, and the award report.
 */
final class ConsoleSteps {

    private final ConsoleBrowser browser;
    private final String auction;

    ConsoleSteps(ConsoleBrowser browser, String auction) {
        this.browser = browser;
        this.auction = auction;
    }

    void importTheDemoFacilities(Path demoCsv) {
        browser.find(By.cssSelector("nav a[href='/console/facilities']")).click();
        browser.waitText(By.tagName("h1"), "施設", 10);
        assertThat(demoCsv).as("demo facilities file").isRegularFile();
        browser.find(By.id("import-file")).sendKeys(demoCsv.toAbsolutePath().toString());
        browser.find(By.id("import-submit")).click();
        browser.waitText(By.id("import-notice"), "213 件の施設を取り込みました", 30);
        browser.waitText(By.id("facility-count"), "213 施設", 10);
        assertThat(browser.all(By.cssSelector("#facilities tbody tr"))).hasSize(213);
        assertThat(browser.text(By.cssSelector("#facilities tbody tr")))
                .contains("千代田区", "千代田区役所本庁舎", "庁舎", "3,215,000", "28.49 円/kWh");
        browser.screenshot("03-facilities-imported");
    }

    void makeALot() {
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

    void createTheAuctionThroughTheForm() {
        browser.go("/console/lots");
        browser.until(10, d -> d.findElements(By.cssSelector("a[data-create-auction='WARDS-23']")).size() == 1);
        browser.find(By.cssSelector("a[data-create-auction='WARDS-23']")).click();
        browser.until(10, d -> d.findElements(By.cssSelector("#bidders input:checked")).size() == 4);
        assertThat(browser.find(By.id("lotId")).getAttribute("value")).isEqualTo("WARDS-23");
        browser.type("auctionId", auction);
        browser.type("clock.tranches", "10");
        browser.type("clock.startPrice", "30.00");
        browser.type("clock.reservePrice", "29.00");
        browser.type("clock.loadCap", "6");
        browser.type("schedule.roundSeconds", "6");
        browser.type("schedule.recessSeconds", "2");
        browser.setValue("supplyPeriod.start", "2027-10-01");
        browser.setValue("supplyPeriod.end", "2029-09-30");
        browser.type("securityPerTrancheYen", "1666666");
        assertThat(browser.text(By.cssSelector("[data-field='clock.reservePrice']"))).contains("非公開");
        browser.screenshot("05-new-auction");
        browser.find(By.id("create-auction")).click();
        browser.until(10, d -> d.getCurrentUrl().endsWith("/console/auctions/" + auction));
        browser.waitText(By.id("state-badge"), "作成済み", 10);
        assertThat(browser.text(By.id("setup"))).contains("29.00 円/kWh", "非公開", "R1, R2, R3, R4",
                "供給期間", "2027-10-01 〜 2029-09-30", "1トランシェあたりの保証金", "1,666,666 円");
    }

    void watchTheRoundsLive() {
        browser.waitText(By.id("stream-badge"), "ライブ受信中", 10);
        browser.waitText(By.id("round"), "1", 15);
        browser.waitText(By.id("price"), "30.00 円/kWh", 5);
        browser.until(5, d -> d.findElement(By.id("countdown")).getText().matches("0:0[1-6]"));
        browser.until(15, d -> bidRows().size() >= 4);
        browser.waitText(By.id("round"), "2", 20);
        browser.waitText(By.id("price"), "28.50 円/kWh", 5);
        browser.waitText(By.id("supply"), "20 / 10", 5);
        browser.until(15, d -> bidRows().size() >= 7);
        browser.confirm(By.id("action-pause"), "一時停止しますか？");
        browser.waitText(By.id("state-badge"), "一時停止中", 10);
        browser.waitText(By.id("countdown"), "—", 5);
        browser.screenshot("06-live-paused");
        browser.confirm(By.id("action-resume"), "再開しますか？");
        browser.waitText(By.id("state-badge"), "実施中", 10);
        browser.waitText(By.id("round"), "3", 30);
        browser.waitText(By.id("price"), "27.07 円/kWh", 5);
        browser.waitText(By.id("supply"), "16 / 10", 5);
        browser.until(15, d -> bidRows().size() >= 11);
        assertThat(browser.all(By.cssSelector("#rounds tbody tr"))).hasSize(2);
        assertThat(browser.find(By.id("price-chart")).getAttribute("data-points")).isEqualTo("3");
        browser.screenshot("07-live-round-3");
    }

    private List<WebElement> bidRows() {
        return browser.all(By.cssSelector("#bids tbody tr.bid"));
    }

    void seeTheResultAndApprove(String rejectedCode) {
        browser.waitText(By.id("state-badge"), "終了", 30);
        browser.waitText(By.id("outcome-badge"), "落札", 5);
        browser.waitText(By.id("result-summary"), "27.30 円/kWh", 10);
        List<String> winners = browser.texts(By.cssSelector("#winners tbody tr"));
        assertThat(winners).containsExactly("R1 Retailer R1 4 トランシェ", "R2 Retailer R2 4 トランシェ",
                "R3 Retailer R3 2 トランシェ");
        assertThat(browser.text(By.cssSelector("#bids tbody tr.rejected"))).contains("R4", "却下", rejectedCode);
        assertThat(browser.text(By.cssSelector("#bids"))).contains("退出 27.30 円/kWh", "退出 29.00 円/kWh");
        browser.screenshot("08-live-ended");
        browser.confirm(By.id("action-approve"), "落札を承認しますか？");
        browser.waitText(By.id("state-badge"), "承認済み", 10);
        browser.waitText(By.id("live-notice"), "落札を承認しました", 5);
        assertThat(browser.all(By.cssSelector("#action-approve:not(.hidden)"))).isEmpty();
        browser.screenshot("09-live-approved");
    }

    void openAndDownloadTheReport() throws Exception {
        String liveWindow = browser.driver.getWindowHandle();
        WebElement open = browser.find(By.id("report-ja"));
        assertThat(open.getAttribute("href")).endsWith("/api/v1/auctions/" + auction + "/report.html?lang=ja");
        open.click();
        browser.until(10, d -> d.getWindowHandles().size() == 2);
        String reportWindow = browser.driver.getWindowHandles().stream().filter(h -> !h.equals(liveWindow))
                .findFirst().orElseThrow();
        browser.driver.switchTo().window(reportWindow);
        browser.until(20, d -> browser.pageText().contains("27.30"));
        browser.screenshot("10-report-ja");
        browser.screenshot("10-report-ja-top", 1500);
        browser.driver.close();
        browser.driver.switchTo().window(liveWindow);
        browser.find(By.id("report-download-ja")).click();
        Path report = browser.download("tomoni-award-" + auction + "-ja.html", 20);
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("27.30");
        browser.find(By.id("csv-winners")).click();
        Path csv = browser.download(auction + "-winners.csv", 20);
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("R1", "R2", "R3");
    }
}
