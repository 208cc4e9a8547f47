package jp.tomoni.ops;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The project's {@code ops/} folder as the tests read it (they run in it, as its Maven module), parsed with
 * the YAML and JSON parsers on the test classpath.
 */
final class OpsFiles {

    /** One alerting rule of {@code alerts.yml}. */
    record Alert(String name, String expr, Map<String, Object> labels, Map<String, Object> annotations) {
    }

    /** One PromQL query of the dashboard, with the panel it belongs to. */
    record PanelQuery(String panel, String expr) {
    }

    private OpsFiles() {
    }

    /** The {@code ops/} folder; fails the test, naming where it looked, when there is none. */
    static Path dir() {
        Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path candidate : List.of(cwd, cwd.resolve("ops"))) {
            if (Files.isRegularFile(candidate.resolve("prometheus/prometheus.yml"))) {
                return candidate;
            }
        }
        return fail("no prometheus/prometheus.yml in or under " + cwd + ": run the tests in ops/ or the project root");
    }

    static Path prometheusDir() {
        return dir().resolve("prometheus");
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> yaml(Path file) {
        return map(new Yaml().load(read(file)));
    }

    static JsonNode dashboard() {
        return JsonMapper.builder().build().readTree(read(dir().resolve("grafana/tomoni-dashboard.json")));
    }

    /** The metric names of the contract, one per line of {@code ops/metric-names.txt}. */
    static List<String> contractNames() {
        try {
            List<String> names = new ArrayList<>();
            for (String line : Files.readAllLines(dir().resolve("metric-names.txt"), StandardCharsets.UTF_8)) {
                names.add(line.strip());
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every alerting rule, in file order. */
    static List<Alert> alerts() {
        List<Alert> alerts = new ArrayList<>();
        for (Object group : list(yaml(prometheusDir().resolve("alerts.yml")).get("groups"))) {
            for (Object item : list(map(group).get("rules"))) {
                Map<String, Object> rule = map(item);
                if (rule.containsKey("alert")) {
                    alerts.add(new Alert((String) rule.get("alert"), (String) rule.get("expr"),
                            map(rule.getOrDefault("labels", Map.of())),
                            map(rule.getOrDefault("annotations", Map.of()))));
                }
            }
        }
        return alerts;
    }

    /** Every query of every panel of the dashboard, rows included. */
    static List<PanelQuery> panelQueries() {
        List<PanelQuery> queries = new ArrayList<>();
        for (JsonNode panel : panels(dashboard())) {
            for (JsonNode target : panel.path("targets")) {
                queries.add(new PanelQuery(panel.path("title").asString(), target.path("expr").asString()));
            }
        }
        return queries;
    }

    /** The dashboard's panels, with the panels of collapsed rows. */
    static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            panels.add(panel);
            for (JsonNode inner : panel.path("panels")) {
                panels.add(inner);
            }
        }
        return panels;
    }

    /** The queries of the dashboard's query variables, such as {@code label_values(metric, instance)}. */
    static List<String> variableQueries() {
        List<String> queries = new ArrayList<>();
        for (JsonNode variable : dashboard().path("templating").path("list")) {
            if ("query".equals(variable.path("type").asString())) {
                JsonNode query = variable.path("query");
                queries.add(query.isObject() ? query.path("query").asString() : query.asString());
            }
        }
        return queries;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        if (!(value instanceof Map)) {
            return fail("expected a YAML mapping, found " + value);
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        if (!(value instanceof List)) {
            return fail("expected a YAML list, found " + value);
        }
        return (List<Object>) value;
    }
}
