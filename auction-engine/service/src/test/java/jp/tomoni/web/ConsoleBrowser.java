package jp.tomoni.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's real headless Chromium, driven through its chromedriver at fixed paths (so that Selenium Manager
 * never looks for or downloads a driver), with a fresh profile, a download folder and full-page screenshots
 * saved to {@code target/screenshots}. A missing browser or driver fails the test, never skips it.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("tomoni.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("tomoni.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int MAX_SHOT_HEIGHT = 6000;

    final ChromeDriver driver;
    final Path downloads;
    final String base;
    private final Path profile;

    private ConsoleBrowser(ChromeDriver driver, Path downloads, Path profile, String base) {
        this.driver = driver;
        this.downloads = downloads;
        this.profile = profile;
        this.base = base;
    }

    /** Starts a browser for the console on {@code port}; {@code name} names its download folder. */
    static ConsoleBrowser open(int port, String name) throws IOException {
        requireExecutable(CHROMIUM, "the Chromium browser");
        requireExecutable(CHROMEDRIVER, "chromedriver");
        Path profile = Files.createTempDirectory("tomoni-chromium-");
        Path downloads = Files.createDirectories(Path.of("target", "downloads", name)).toAbsolutePath();
        try (var old = Files.list(downloads)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1366,900", "--force-device-scale-factor=1", "--lang=ja-JP");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString()));
        return new ConsoleBrowser(driver, downloads, profile, "http://localhost:" + port);
    }

    /** Fails, naming the Debian packages to install, unless {@code path} is an executable file. */
    static void requireExecutable(Path path, String what) {
        if (!Files.isExecutable(path)) {
            throw new AssertionError(what + " is not installed at " + path + ". The browser tests drive Debian's "
                    + "headless Chromium: run `apt-get install chromium chromium-driver` (or point "
                    + "-Dtomoni.chromium / -Dtomoni.chromedriver at them).");
        }
    }

    /** Opens a path of the console's server. */
    void go(String path) {
        driver.get(base + path);
    }

    /** Signs in through the login page, which the console redirects to, and waits for the auctions list. */
    void signIn(String user, String password) {
        go("/console/");
        until(10, d -> d.getCurrentUrl().contains("/console/login"));
        until(10, d -> d.findElement(By.id("login-submit")).isEnabled());
        screenshot("01-login");
        find(By.id("username")).sendKeys(user);
        find(By.id("password")).sendKeys(password);
        find(By.id("login-submit")).click();
        waitText(By.tagName("h1"), "オークション一覧", 30);
        waitText(By.id("who-name"), user, 5);
    }

    /** Clicks an officer's action, checks the confirmation's title, and confirms. */
    void confirm(By action, String title) {
        until(10, d -> d.findElement(action).isDisplayed());
        find(action).click();
        waitText(By.id("confirm-title"), title, 5);
        find(By.id("confirm-ok")).click();
        until(5, d -> !d.findElement(By.id("confirm-dialog")).isDisplayed());
    }

    /** Replaces the text of the input with this id. */
    void type(String id, String text) {
        WebElement input = find(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Sets an input's value as a script would: for a date input, whose typed form depends on the locale. */
    void setValue(String id, String value) {
        driver.executeScript("arguments[0].value = arguments[1];",
                find(By.id(id)), value);
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Waits (up to {@code seconds}) until the condition returns something other than null or false. */
    <T> T until(int seconds, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds), Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Waits until the first matching element's text contains {@code text} and returns that text. */
    String waitText(By by, String text, int seconds) {
        return until(seconds, d -> {
            List<WebElement> found = d.findElements(by);
            String now = found.isEmpty() ? null : found.get(0).getText();
            return now != null && now.contains(text) ? now : null;
        });
    }

    /** The first matching element's text, read again if the page re-rendered it meanwhile. */
    String text(By by) {
        return until(5, d -> d.findElement(by).getText());
    }

    /** Every matching element's text, read again if the page re-rendered them meanwhile. */
    List<String> texts(By by) {
        return until(5, d -> d.findElements(by).stream().map(WebElement::getText).toList());
    }

    /** The visible text of the whole page. */
    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Saves a PNG of the whole page as {@code target/screenshots/NAME.png} and returns its path: the window is
     * made as tall as the page for the shot, then set back.
     */
    Path screenshot(String name) {
        return screenshot(name, MAX_SHOT_HEIGHT);
    }

    /** As {@link #screenshot(String)}, of at most the page's first {@code maxHeight} pixels. */
    Path screenshot(String name, int maxHeight) {
        Dimension normal = driver.manage().window().getSize();
        Number page = (Number) driver.executeScript("return Math.max(document.documentElement.scrollHeight, "
                + "document.body ? document.body.scrollHeight : 0) + (window.outerHeight - window.innerHeight);");
        int height = (int) Math.min(maxHeight, Math.max(normal.getHeight(), page.longValue()));
        try {
            driver.manage().window().setSize(new Dimension(normal.getWidth(), height));
            driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)));");
            Path file = Files.createDirectories(SCREENSHOTS).resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(normal);
        }
    }

    /** What the page wrote to the browser's console since last asked, one entry a line. */
    String consoleLog() {
        StringBuilder out = new StringBuilder();
        driver.manage().logs().get("browser").forEach(entry -> out.append(entry.getLevel()).append(' ')
                .append(entry.getMessage()).append('\n'));
        return out.toString();
    }

    /** Saves a screenshot and prints the address, the page's text and its console, to explain a failure. */
    void explainFailure(String name) {
        try {
            screenshot("FAILED-" + name);
            System.err.println("[console-browser] " + name + " failed at " + driver.getCurrentUrl() + "\n--- page ---\n"
                    + pageText() + "\n--- console ---\n" + consoleLog());
        } catch (RuntimeException e) {
            System.err.println("[console-browser] could not explain the failure of " + name + ": " + e);
        }
    }

    /** Waits until a finished download named {@code fileName} is in the download folder and returns it. */
    Path download(String fileName, int seconds) {
        Path file = downloads.resolve(fileName);
        return until(seconds, d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(fileName + ".crdownload"))
                ? file : null);
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
