package jp.tomoni.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Grafana dashboard imports anywhere: its Prometheus data source is a variable that every panel and query
 * uses, its panels have unique ids and do not overlap, and the provisioning files point at it.
 */
class OpsDashboardTest {

    private static final String DATA_SOURCE = "${datasource}";

    @Test
    void theDataSourceIsAVariableThatEveryPanelAndQueryUses() {
        JsonNode dashboard = OpsFiles.dashboard();
        JsonNode variable = null;
        for (JsonNode candidate : dashboard.path("templating").path("list")) {
            if ("datasource".equals(candidate.path("name").asString())) {
                variable = candidate;
            }
        }

        assertThat(variable).as("a templating variable named datasource").isNotNull();
        assertThat(variable.path("type").asString()).isEqualTo("datasource");
        assertThat(variable.path("query").asString()).isEqualTo("prometheus");
        assertThat(dashboard.path("id").isNull()).as("id is null, so that import creates a new dashboard").isTrue();
        assertThat(dashboard.path("uid").asString()).isEqualTo("tomoni-auctions");
        for (JsonNode panel : OpsFiles.panels(dashboard)) {
            if ("row".equals(panel.path("type").asString())) {
                continue;
            }
            String title = panel.path("title").asString();
            assertThat(panel.path("datasource").path("uid").asString()).as(title).isEqualTo(DATA_SOURCE);
            assertThat(panel.path("targets").size()).as("queries of " + title).isPositive();
            for (JsonNode target : panel.path("targets")) {
                assertThat(target.path("datasource").path("uid").asString()).as(title).isEqualTo(DATA_SOURCE);
                assertThat(target.path("expr").asString()).as(title).isNotBlank();
            }
        }
        for (JsonNode candidate : dashboard.path("templating").path("list")) {
            if ("query".equals(candidate.path("type").asString())) {
                assertThat(candidate.path("datasource").path("uid").asString()).isEqualTo(DATA_SOURCE);
            }
        }
    }

    @Test
    void panelsHaveUniqueIdsAndTitlesAndDoNotOverlap() {
        List<int[]> boxes = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        for (JsonNode panel : OpsFiles.panels(OpsFiles.dashboard())) {
            String title = panel.path("title").asString();
            JsonNode grid = panel.path("gridPos");
            int[] box = {grid.path("x").asInt(), grid.path("y").asInt(), grid.path("w").asInt(),
                grid.path("h").asInt()};

            assertThat(ids.add(panel.path("id").asInt())).as("unique id of " + title).isTrue();
            assertThat(title).isNotBlank();
            assertThat(box[2]).as("width of " + title).isPositive();
            assertThat(box[3]).as("height of " + title).isPositive();
            assertThat(box[0] + box[2]).as("right edge of " + title).isLessThanOrEqualTo(24);
            for (int[] other : boxes) {
                boolean apart = box[0] + box[2] <= other[0] || other[0] + other[2] <= box[0]
                        || box[1] + box[3] <= other[1] || other[1] + other[3] <= box[1];
                assertThat(apart).as(title + " overlaps another panel").isTrue();
            }
            boxes.add(box);
        }
        assertThat(boxes).hasSizeGreaterThan(20);
    }

    @Test
    void theDashboardShowsWhatAnOperatorNeedsDuringAnAuction() {
        Set<String> titles = new HashSet<>();
        for (JsonNode panel : OpsFiles.panels(OpsFiles.dashboard())) {
            titles.add(panel.path("title").asString());
        }

        assertThat(titles).contains("Bid latency at the engine", "Bids per second", "Journal commit time",
                "Commands per commit", "Commands queued", "Deadline overdue", "Rounds (time range)", "Auctions",
                "Event-stream subscribers", "Connections", "Pending acquisitions", "Bid latency at the gateways",
                "Rate-limited requests", "Engine errors", "Heap", "GC time");
    }

    @Test
    void theProvisioningFilesLoadThePrometheusDataSourceAndTheDashboard() {
        Path provisioning = OpsFiles.dir().resolve("grafana/provisioning");
        Map<String, Object> sources = OpsFiles.yaml(provisioning.resolve("datasources/tomoni.yml"));
        Map<String, Object> source = OpsFiles.map(OpsFiles.list(sources.get("datasources")).get(0));
        Map<String, Object> dashboards = OpsFiles.yaml(provisioning.resolve("dashboards/tomoni.yml"));
        Map<String, Object> provider = OpsFiles.map(OpsFiles.list(dashboards.get("providers")).get(0));

        assertThat(source).containsEntry("type", "prometheus").containsEntry("url", "http://localhost:9090");
        assertThat(provider).containsEntry("type", "file");
        assertThat(OpsFiles.map(provider.get("options"))).containsEntry("path", "/etc/tomoni-grafana");
        assertThat(OpsFiles.read(OpsFiles.dir().resolve("README.md")))
                .contains("-v \"$PWD/ops/grafana:/etc/tomoni-grafana:ro\"");
    }
}
