package jp.tomoni.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Opens the rendered report file in a real headless Chromium with every host name unresolvable, so that
 * nothing can come from the network: its inline Chart.js must draw all three charts (each canvas paints
 * pixels), no script error or policy violation may be logged, and a screenshot of the page's top is saved
 * as {@code target/screenshots/award-report-LANG.png} beside the page itself
 * ({@code target/report-pages/award-report-LANG.html}).
 *
 * <p>Chromium is Debian's {@code /usr/bin/chromium} (or {@code -Dtomoni.chromium=PATH}); when it is missing
 * the test fails and says how to install it. It never skips.
 */
class ReportPageBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("tomoni.chromium", "/usr/bin/chromium"));
    private static final Pattern CANVAS = Pattern.compile("<canvas id=\"(chart-[a-z0-9-]+)\"[^>]*data-painted-pixels=\"(\\d+)\"");
    private static final ReportFixture FIXTURE = new ReportFixture();

    private static Path target;

    @BeforeAll
    static void chromiumIsThere() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM)).as("the browser test needs Chromium at " + CHROMIUM
                + ": install Debian's chromium (apt-get install chromium chromium-driver) or set -Dtomoni.chromium=PATH")
                .isTrue();
        target = Path.of(ReportPageBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent();
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void theChartsRenderOfflineAndAScreenshotIsSaved(ReportLanguage language) throws Exception {
        Path page = target.resolve("report-pages").resolve("award-report-" + language.code() + ".html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, FIXTURE.page("CLOCK-1", language), StandardCharsets.UTF_8);

        Run dom = chromium(page, "--dump-dom");
        assertThat(dom.stdout).as("the DOM after the scripts ran").contains("data-charts-rendered=\"3\"");
        List<String> painted = new ArrayList<>();
        Matcher canvas = CANVAS.matcher(dom.stdout);
        while (canvas.find()) {
            painted.add(canvas.group(1));
            assertThat(Long.parseLong(canvas.group(2))).as(canvas.group(1) + " painted pixels").isGreaterThan(5_000);
        }
        assertThat(painted).containsExactly("chart-price", "chart-ward-money", "chart-ward-co2");
        assertThat(dom.stderr).doesNotContain("Uncaught").doesNotContain("Content Security Policy")
                .doesNotContain("Refused to");

        Path screenshot = target.resolve("screenshots").resolve("award-report-" + language.code() + ".png");
        Files.createDirectories(screenshot.getParent());
        Files.deleteIfExists(screenshot);
        chromium(page, "--screenshot=" + screenshot, "--window-size=1280,2400", "--hide-scrollbars");
        assertThat(screenshot).exists();
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(2400);
    }

    /** What a Chromium run printed. */
    private record Run(String stdout, String stderr) {
    }

    private static Run chromium(Path page, String... arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("tomoni-chromium");
        Path out = Files.createTempFile("chromium", ".out");
        Path err = Files.createTempFile("chromium", ".err");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless=new", "--no-sandbox",
                "--disable-gpu", "--user-data-dir=" + profile, "--host-resolver-rules=MAP * ~NOTFOUND",
                "--no-first-run", "--disable-extensions", "--enable-logging=stderr", "--v=0",
                "--virtual-time-budget=5000"));
        command.addAll(List.of(arguments));
        command.add(page.toUri().toString());
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                throw new AssertionError("Chromium did not finish within 90 s: " + command);
            }
            Run run = new Run(Files.readString(out), Files.readString(err));
            assertThat(process.exitValue()).as("Chromium's exit status; stderr:\n" + run.stderr).isZero();
            return run;
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
