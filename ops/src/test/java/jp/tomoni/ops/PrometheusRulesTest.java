package jp.tomoni.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Runs Prometheus's own checker, {@code promtool}, on {@code ops/prometheus}: the scrape configuration, the alert
 * rules, their unit tests, and every query of the Grafana dashboard. Without promtool the test fails: it is part
 * of CI's contract (Debian's {@code prometheus} package ships it).
 */
class PrometheusRulesTest {

    private static final long TIMEOUT_SECONDS = 120;
    private static final String INSTALL = "Install it with `sudo apt-get install prometheus` (Debian/Ubuntu, it "
            + "ships promtool), or point -Dtomoni.promtool or PROMTOOL at a promtool binary.";

    @Test
    void theScrapeConfigurationIsValidOnceTheMetricsTokenIsInPlace(@TempDir Path tmp) throws IOException {
        Path copy = tmp.resolve("prometheus");
        copyTree(OpsFiles.prometheusDir(), copy);
        Files.deleteIfExists(copy.resolve("secrets/metrics-token"));
        assertThatThrownBy(() -> promtool(copy, "check", "config", "prometheus.yml"))
                .as("without the token file the check says which file is missing")
                .hasMessageContaining("secrets/metrics-token");
        Files.createDirectories(copy.resolve("secrets"));
        Files.writeString(copy.resolve("secrets/metrics-token"), "a-token");
        String out = promtool(copy, "check", "config", "prometheus.yml");
        assertThat(out).contains("SUCCESS: prometheus.yml is valid prometheus config file syntax");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    @Test
    void theAlertRulesAreValid() {
        String out = promtool("check", "rules", "alerts.yml");
        assertThat(out).contains("SUCCESS: " + OpsFiles.alerts().size() + " rules found");
    }

    @Test
    void everyAlertFiresOnABadSeriesAndStaysQuietOnAHealthyOne() {
        String out = promtool("test", "rules", "alerts-test.yml");
        assertThat(out).contains("SUCCESS");
    }

    @Test
    void everyDashboardQueryIsValidPromQl(@TempDir Path tmp) throws IOException {
        List<Map<String, Object>> rules = new ArrayList<>();
        List<OpsFiles.PanelQuery> queries = OpsFiles.panelQueries();
        for (int i = 0; i < queries.size(); i++) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("record", "dashboard:query_" + i);
            rule.put("expr", withGrafanaVariablesResolved(queries.get(i).expr()));
            rules.add(rule);
        }
        for (String query : OpsFiles.variableQueries()) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("record", "dashboard:variable_" + rules.size());
            rule.put("expr", PromQlNames.expressionOfVariableQuery(query));
            rules.add(rule);
        }
        Path file = tmp.resolve("dashboard-queries.yml");
        Files.writeString(file, new Yaml().dump(Map.of("groups", List.of(Map.of("name", "dashboard", "rules", rules)))),
                StandardCharsets.UTF_8);

        String out = promtool(tmp, "check", "rules", file.toString());

        assertThat(queries).hasSizeGreaterThan(20);
        assertThat(out).contains("SUCCESS: " + rules.size() + " rules found");
    }

    @Test
    void withoutPromtoolTheCheckFailsAndSaysHowToInstallIt(@TempDir Path empty) {
        assertThatThrownBy(() -> promtoolExecutable(null, List.of(empty.toString())))
                .isInstanceOf(AssertionError.class).hasMessageContaining("apt-get install prometheus");
        assertThatThrownBy(() -> promtoolExecutable(empty.resolve("promtool").toString(), List.of()))
                .isInstanceOf(AssertionError.class).hasMessageContaining("apt-get install prometheus");
    }

    /** Grafana's interval variables become durations; the other variables sit inside regular expressions. */
    private static String withGrafanaVariablesResolved(String expr) {
        return expr.replace("$__rate_interval", "1m").replace("$__interval", "1m").replace("$__range", "1h");
    }

    private static String promtool(String... args) {
        return promtool(OpsFiles.prometheusDir(), args);
    }

    /** Runs promtool in {@code dir} and answers its output, failing with that output when it exits non-zero. */
    private static String promtool(Path dir, String... args) {
        List<String> command = new ArrayList<>();
        command.add(promtoolExecutable());
        command.addAll(List.of(args));
        try {
            Path output = Files.createTempFile("promtool", ".out");
            try {
                Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                if (!finished) {
                    process.destroyForcibly();
                }
                String out = Files.readString(output, StandardCharsets.UTF_8);
                if (!finished) {
                    return fail(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s:\n" + out);
                }
                if (process.exitValue() != 0) {
                    return fail(String.join(" ", command) + " (in " + dir + ") failed with exit code "
                            + process.exitValue() + ":\n" + out);
                }
                return out;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            return fail("could not run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while running " + String.join(" ", command), e);
        }
    }

    /**
     * promtool from {@code -Dtomoni.promtool}, the {@code PROMTOOL} environment variable, the {@code PATH}, or
     * {@code /usr/bin}.
     */
    static String promtoolExecutable() {
        String path = System.getenv().getOrDefault("PATH", "");
        List<String> dirs = new ArrayList<>(List.of(path.split(File.pathSeparator)));
        dirs.add("/usr/bin");
        return promtoolExecutable(System.getProperty("tomoni.promtool", System.getenv("PROMTOOL")), dirs);
    }

    /** The configured promtool, else the first in {@code dirs}; fails, saying how to install it, when there is none. */
    static String promtoolExecutable(String configured, List<String> dirs) {
        if (configured != null && !configured.isBlank()) {
            if (!Files.isExecutable(Path.of(configured))) {
                return fail("promtool was configured as " + configured + " but that is not an executable file. "
                        + INSTALL);
            }
            return configured;
        }
        for (String dir : dirs) {
            if (!dir.isBlank() && Files.isExecutable(Path.of(dir, "promtool"))) {
                return Path.of(dir, "promtool").toString();
            }
        }
        return fail("promtool is not installed (looked in " + String.join(", ", dirs) + "). The alert rules and the "
                + "Prometheus configuration in ops/ are checked with it. " + INSTALL);
    }
}
