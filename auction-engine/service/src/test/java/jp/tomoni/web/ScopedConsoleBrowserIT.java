package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.tomoni.web.ScopeFixture.Who;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.test.context.TestPropertySource;

/**
 * The console as the people of two procurement groups see it, in the real headless Chromium. Given group G1's
 * auction ended with an award and proposed by its lead, when Minato's officer signs in, expect the approval
 * card to offer only Minato's part, and after confirming it, Minato's part confirmed and every other body's
 * still pending (the award not yet approved). When Tokorozawa's officer (group G2) signs in, expect nothing
 * of G1: not its auction in the list, its page answered "not found", not its lots nor its facilities. It has
 * its own engine (its own context), so that the other console test's counts of facilities stay its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "tomoni.test.context=scoped-console")
class ScopedConsoleBrowserIT extends LiveEngineTestBase {

    @BeforeAll
    void twoGroupsAndAProposedAward() {
        ScopeFixture.setUp(this);
        as(Who.L1).post().uri("/api/v1/auctions/A1/propose").exchange().expectStatus().isOk();
    }

    @Test
    void aWardsOfficerConfirmsOnlyItsOwnPart() throws Exception {
        try (ConsoleBrowser browser = ConsoleBrowser.open(port, "minato")) {
            browser.signIn(Who.B1.user, Who.B1.password);
            browser.waitText(By.id("who-role"), "団体 担当", 5);
            assertThat(browser.all(By.id("new-auction"))).as("a body's officer opens no auction").isEmpty();
            browser.go("/console/auctions/A1");
            browser.waitText(By.id("approval-proposed"), "chiyoda-lead", 15);
            assertThat(browser.texts(By.cssSelector("#approval-parts tbody tr")).size()).isEqualTo(3);
            browser.until(5, d -> !d.findElement(By.id("action-propose")).isDisplayed());
            assertThat(browser.all(By.id("action-approve"))).as("no officer's action, no one-step approval").isEmpty();
            browser.screenshot("scoped-01-minato-before");
            browser.confirm(By.id("action-confirm-part"), "自団体の分を承認しますか？");
            browser.waitText(By.cssSelector("#approval-parts tr[data-body='13103']"), "minato-officer", 10);
            List<String> expected = List.of("13101:PENDING", "13103:CONFIRMED", "13104:PENDING");
            List<String> shown = browser.until(10, d -> {
                List<String> now = statuses(d);
                return now.equals(expected) ? now : null;
            });
            assertThat(shown).containsExactlyElementsOf(expected);
            browser.until(10, d -> !d.findElement(By.id("action-confirm-part")).isDisplayed());
            browser.until(5, d -> !d.findElement(By.id("action-decline-part")).isDisplayed());
            assertThat(browser.text(By.id("state-badge"))).isEqualTo("終了");
            browser.screenshot("scoped-02-minato-confirmed");
        }
        assertThat(runtime.queries().auction("A1").approval().part("13103").answer().by())
                .isEqualTo("minato-officer");
        assertThat(runtime.queries().auction("A1").approval().part("13101").answer()).isNull();
    }

    @Test
    void anotherGroupsOfficerSeesNothingOfTheFirstGroup() throws Exception {
        try (ConsoleBrowser browser = ConsoleBrowser.open(port, "tokorozawa")) {
            browser.signIn(Who.B2.user, Who.B2.password);
            browser.waitText(By.cssSelector("tr[data-auction='A2']"), "A2", 10);
            assertThat(browser.all(By.cssSelector("tr[data-auction='A1']"))).isEmpty();
            browser.go("/console/auctions/A1");
            browser.waitText(By.id("live-notice"), "NOT_FOUND", 15);
            assertThat(browser.pageText()).doesNotContain("SC-R1", "L1", "chiyoda-lead", "千代田区");
            browser.screenshot("scoped-03-tokorozawa-not-found");
            browser.go("/console/lots");
            browser.waitText(By.tagName("h1"), "ロット", 10);
            browser.until(10, d -> d.getPageSource().contains("L2"));
            assertThat(browser.pageText()).doesNotContain("L1");
            browser.go("/console/facilities");
            browser.until(10, d -> d.getPageSource().contains("F-G2-TOKOROZAWA"));
            assertThat(browser.driver.getPageSource()).doesNotContain("F-G1-", "F-G2-SAITAMA");
        }
    }

    /**
     * Each part's body and status as the table shows them now; the page re-renders the table as events arrive,
     * so callers read it through {@link ConsoleBrowser#until}, which reads again a row that went stale.
     */
    private static List<String> statuses(org.openqa.selenium.WebDriver driver) {
        return driver.findElements(By.cssSelector("#approval-parts tbody tr")).stream()
                .map(row -> row.getAttribute("data-body") + ":" + row.getAttribute("data-status")).toList();
    }
}
