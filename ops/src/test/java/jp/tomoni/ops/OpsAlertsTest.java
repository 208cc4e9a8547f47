package jp.tomoni.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What an operator relies on in {@code ops/}: every alert says how bad it is, what it means and what to do, and
 * links to its own section of the guide; every alert is unit-tested both ways; the scrape configuration reaches
 * both applications.
 */
class OpsAlertsTest {

    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} +(.+?) *$");

    @Test
    void theAlertsTheIssueAsksForExistAndWatchTheRightMetric() {
        Map<String, OpsFiles.Alert> alerts = OpsFiles.alerts().stream()
                .collect(Collectors.toMap(OpsFiles.Alert::name, a -> a));

        assertThat(PromQlNames.of(alerts.get("TomoniJournalStalled").expr()))
                .contains("tomoni_engine_commands_queued", "tomoni_journal_flush_seconds_count");
        assertThat(PromQlNames.of(alerts.get("TomoniEngineHalted").expr())).containsExactly("tomoni_engine_halted");
        assertThat(PromQlNames.of(alerts.get("TomoniCommandQueueGrowing").expr()))
                .containsExactly("tomoni_engine_commands_queued");
        assertThat(PromQlNames.of(alerts.get("TomoniRoundCloseOverdue").expr()))
                .containsExactly("tomoni_round_close_overdue_seconds");
        assertThat(PromQlNames.of(alerts.get("TomoniR2dbcPoolNearExhaustion").expr()))
                .containsExactly("r2dbc_pool_acquired_connections", "r2dbc_pool_max_allocated_connections");
        assertThat(PromQlNames.of(alerts.get("TomoniR2dbcPoolPending").expr()))
                .containsExactly("r2dbc_pool_pending_connections");
        assertThat(alerts).containsKeys("TomoniEngineDown", "TomoniAllGatewaysDown", "TomoniBidLatencyHigh",
                "TomoniJournalFlushFailed", "TomoniBidRejectionsOneCode", "TomoniGatewayEngineErrors");
    }

    @Test
    void everyAlertHasASeverityASummaryAndADescriptionOfWhatToDo() {
        List<OpsFiles.Alert> alerts = OpsFiles.alerts();

        assertThat(alerts).hasSizeGreaterThanOrEqualTo(12).allSatisfy(alert -> {
            assertThat(alert.name()).matches("Tomoni[A-Z][A-Za-z0-9]+");
            assertThat(alert.labels().get("severity")).as(alert.name()).isIn("critical", "warning", "info");
            assertThat((String) alert.annotations().get("summary")).as(alert.name()).isNotBlank();
            assertThat((String) alert.annotations().get("description")).as(alert.name()).hasSizeGreaterThan(120);
        });
        assertThat(alerts.stream().map(OpsFiles.Alert::name)).doesNotHaveDuplicates();
    }

    @Test
    void everyAlertLinksToItsOwnSectionOfTheGuideAndEverySectionToAnAlert() {
        String guide = OpsFiles.read(OpsFiles.dir().resolve("README.md"));
        String alertsPart = guide.substring(guide.indexOf("\n## Alerts\n"));
        Set<String> anchors = anchors(guide);
        Set<String> sections = new TreeSet<>();
        Matcher heading = Pattern.compile("(?m)^### +(\\S+) *$").matcher(alertsPart);
        while (heading.find()) {
            sections.add(heading.group(1));
        }

        for (OpsFiles.Alert alert : OpsFiles.alerts()) {
            String anchor = alert.name().toLowerCase(Locale.ROOT);
            assertThat(alert.annotations().get("runbook_url")).as(alert.name()).isEqualTo("ops/README.md#" + anchor);
            assertThat(anchors).as("ops/README.md sections").contains(anchor);
        }
        assertThat(sections).as("alert sections of ops/README.md")
                .containsExactlyInAnyOrderElementsOf(OpsFiles.alerts().stream().map(OpsFiles.Alert::name).toList());
    }

    @Test
    void everyAlertIsTestedFiringAndQuiet() {
        Set<String> firing = new TreeSet<>();
        Set<String> quiet = new TreeSet<>();
        Map<String, Object> tests = OpsFiles.yaml(OpsFiles.prometheusDir().resolve("alerts-test.yml"));
        assertThat(OpsFiles.list(tests.get("rule_files"))).containsExactly("alerts.yml");
        for (Object test : OpsFiles.list(tests.get("tests"))) {
            for (Object item : OpsFiles.list(OpsFiles.map(test).getOrDefault("alert_rule_test", List.of()))) {
                Map<String, Object> check = OpsFiles.map(item);
                List<Object> expected = OpsFiles.list(check.getOrDefault("exp_alerts", List.of()));
                (expected.isEmpty() ? quiet : firing).add((String) check.get("alertname"));
            }
        }
        Set<String> names = OpsFiles.alerts().stream().map(OpsFiles.Alert::name).collect(Collectors.toSet());

        assertThat(firing).as("alerts with a test where they fire").containsExactlyInAnyOrderElementsOf(names);
        assertThat(quiet).as("alerts with a test where they stay quiet").containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    void theScrapeConfigurationReachesTheEngineAndTheGateways() {
        Map<String, Object> config = OpsFiles.yaml(OpsFiles.prometheusDir().resolve("prometheus.yml"));
        Map<String, Object> global = OpsFiles.map(config.get("global"));
        List<String> jobs = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (Object item : OpsFiles.list(config.get("scrape_configs"))) {
            Map<String, Object> job = OpsFiles.map(item);
            String name = (String) job.get("job_name");
            if (!name.startsWith("tomoni-")) {
                continue;
            }
            jobs.add(name);
            assertThat(job.get("metrics_path")).as(name).isEqualTo("/actuator/prometheus");
            assertThat(OpsFiles.map(job.get("authorization"))).as(name + " authenticates with the metrics token")
                    .containsEntry("type", "Bearer").containsEntry("credentials_file", "secrets/metrics-token");
            for (Object sd : OpsFiles.list(job.get("file_sd_configs"))) {
                for (Object file : OpsFiles.list(OpsFiles.map(sd).get("files"))) {
                    targets.addAll(targetsIn((String) file));
                }
            }
        }

        assertThat(global.get("scrape_interval")).isEqualTo("5s");
        assertThat(OpsFiles.list(config.get("rule_files"))).containsExactly("alerts.yml");
        assertThat(jobs).containsExactly("tomoni-engine", "tomoni-gateway");
        assertThat(targets).anyMatch(t -> t.endsWith(":8080")).anyMatch(t -> t.endsWith(":8081"));
    }

    private static List<String> targetsIn(String file) {
        List<String> targets = new ArrayList<>();
        Object groups = new org.yaml.snakeyaml.Yaml().load(OpsFiles.read(OpsFiles.prometheusDir().resolve(file)));
        for (Object group : OpsFiles.list(groups)) {
            for (Object target : OpsFiles.list(OpsFiles.map(group).get("targets"))) {
                targets.add((String) target);
            }
        }
        return targets;
    }

    /** The anchors GitHub gives a Markdown file's headings: lower case, punctuation dropped, spaces as dashes. */
    private static Set<String> anchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Matcher heading = HEADING.matcher(markdown);
        while (heading.find()) {
            anchors.add(heading.group(1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-'));
        }
        return anchors;
    }
}
