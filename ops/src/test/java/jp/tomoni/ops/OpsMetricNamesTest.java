package jp.tomoni.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The alerts, their unit tests and the dashboard use only the metrics of the contract
 * ({@code ops/metric-names.txt}, series names as the applications expose them), and the dashboard shows every
 * metric of the contract or an alert watches it.
 */
class OpsMetricNamesTest {

    /** Series Prometheus makes itself for every target; the applications do not serve them. */
    private static final Set<String> PROMETHEUS_SERIES = Set.of("up");

    @Test
    void theContractListsWellFormedNamesOnce() {
        List<String> names = OpsFiles.contractNames();

        assertThat(names).hasSizeGreaterThan(40).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).matches("[a-z][a-z0-9_]*[a-z0-9]"));
        assertThat(names).contains("tomoni_bid_latency_seconds_bucket", "tomoni_engine_commands_queued",
                "tomoni_round_close_overdue_seconds", "r2dbc_pool_pending_connections",
                "tomoni_gateway_engine_errors_total");
    }

    @Test
    void theAlertsUseOnlyContractMetrics() {
        Map<String, Set<String>> unknown = new TreeMap<>();
        for (OpsFiles.Alert alert : OpsFiles.alerts()) {
            Set<String> names = PromQlNames.of(alert.expr());
            assertThat(names).as("metrics of %s", alert.name()).isNotEmpty();
            notInContract(names).forEach(name -> unknown.computeIfAbsent(alert.name(), k -> new TreeSet<>()).add(name));
        }
        assertThat(unknown).as("alerts using metrics that are not in ops/metric-names.txt").isEmpty();
    }

    @Test
    void theAlertTestsFeedOnlyContractSeries() {
        Set<String> names = new TreeSet<>();
        Map<String, Object> tests = OpsFiles.yaml(OpsFiles.prometheusDir().resolve("alerts-test.yml"));
        for (Object test : OpsFiles.list(tests.get("tests"))) {
            for (Object input : OpsFiles.list(OpsFiles.map(test).get("input_series"))) {
                String series = (String) OpsFiles.map(input).get("series");
                names.add(series.contains("{") ? series.substring(0, series.indexOf('{')) : series);
            }
        }
        assertThat(names).hasSizeGreaterThan(15);
        assertThat(notInContract(names)).as("input series that are not in ops/metric-names.txt").isEmpty();
    }

    @Test
    void theDashboardUsesOnlyContractMetrics() {
        Map<String, Set<String>> unknown = new TreeMap<>();
        for (OpsFiles.PanelQuery query : OpsFiles.panelQueries()) {
            Set<String> names = PromQlNames.of(query.expr());
            assertThat(names).as("metrics of panel %s: %s", query.panel(), query.expr()).isNotEmpty();
            notInContract(names)
                    .forEach(name -> unknown.computeIfAbsent(query.panel(), k -> new TreeSet<>()).add(name));
        }
        for (String query : OpsFiles.variableQueries()) {
            notInContract(PromQlNames.ofVariableQuery(query))
                    .forEach(name -> unknown.computeIfAbsent("variable " + query, k -> new TreeSet<>()).add(name));
        }
        assertThat(unknown).as("dashboard panels using metrics that are not in ops/metric-names.txt").isEmpty();
    }

    @Test
    void everyMetricOfTheContractIsOnTheDashboardOrInAnAlert() {
        Set<String> watched = new TreeSet<>();
        for (OpsFiles.PanelQuery query : OpsFiles.panelQueries()) {
            PromQlNames.of(query.expr()).forEach(name -> watched.add(family(name)));
        }
        for (OpsFiles.Alert alert : OpsFiles.alerts()) {
            PromQlNames.of(alert.expr()).forEach(name -> watched.add(family(name)));
        }
        Set<String> missing = new TreeSet<>();
        for (String name : OpsFiles.contractNames()) {
            if (!watched.contains(family(name))) {
                missing.add(name);
            }
        }
        assertThat(missing).as("contract metrics that no panel and no alert uses").isEmpty();
    }

    @Test
    void theNameExtractorFindsMetricsButNotLabelsFunctionsKeywordsOrNumbers() {
        String expr = "histogram_quantile(0.99, sum by (job, le) (rate(a_bucket{job=\"b_total\"}[1m]))) > 1e-3\n"
                + "and on (job) group_left () sum without (code) (increase(c_total[5m] offset 1m))"
                + " / d unless e > bool 2"
                + " or max_over_time(f{x=~\"$engine|$gateway\"}[$__rate_interval]) > Inf";

        assertThat(PromQlNames.of(expr)).containsExactly("a_bucket", "c_total", "d", "e", "f");
        assertThat(PromQlNames.ofVariableQuery("label_values(tomoni_engine_halted{job=\"x\"}, instance)"))
                .containsExactly("tomoni_engine_halted");
    }

    @Test
    void theNameExtractorRefusesWhatItCannotCheck() {
        assertThatThrownBy(() -> PromQlNames.of("sumx(rate(a[1m]))"))
                .hasMessageContaining("unknown PromQL function sumx");
        assertThatThrownBy(() -> PromQlNames.of("{__name__=~\"tomoni_.*\"}")).hasMessageContaining("__name__");
    }

    private static Set<String> notInContract(Set<String> names) {
        Set<String> contract = new LinkedHashSet<>(OpsFiles.contractNames());
        contract.addAll(PROMETHEUS_SERIES);
        Set<String> unknown = new TreeSet<>(names);
        unknown.removeAll(contract);
        return unknown;
    }

    /** The metric a series belongs to: {@code x_seconds_bucket} and {@code x_seconds_max} are {@code x_seconds}. */
    private static String family(String series) {
        return series.replaceFirst("_(bucket|count|sum|max|total)$", "");
    }
}
