package jp.tomoni.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The examples in {@code ../shared/examples}, beside the project root. A missing folder is a failure, never a
 * skip: these files are the product's contract.
 */
final class SharedExamples {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SharedExamples() {
    }

    static Path folder() {
        String dir = System.getProperty("tomoni.shared.dir", "../../shared");
        Path examples = Path.of(dir, "examples");
        if (!Files.isDirectory(examples)) {
            throw new IllegalStateException("the shared examples are missing at " + examples.toAbsolutePath()
                    + "; set -Dtomoni.shared.dir to the folder that holds examples/");
        }
        return examples;
    }

    /** Every scenario that has an {@code .expected.json} beside it. */
    static List<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            List<Path> scenarios = files.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !p.toString().endsWith(".expected.json"))
                    .filter(p -> Files.exists(expectedOf(p))).sorted().toList();
            if (scenarios.isEmpty()) {
                throw new IllegalStateException("no example scenarios in " + folder());
            }
            return scenarios;
        }
    }

    static Path expectedOf(Path scenario) {
        String name = scenario.getFileName().toString();
        return scenario.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".expected.json");
    }

    static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    /**
     * Compares field by field: every field of {@code expected} must be in {@code actual} with an equal value;
     * arrays must have the same length and equal elements in order. Extra fields in {@code actual} are allowed.
     *
     * @return the first difference as a path and message, or {@code null} when they agree
     */
    static String firstDifference(JsonNode expected, JsonNode actual, String path) {
        if (expected.isObject()) {
            if (!actual.isObject()) {
                return path + ": expected an object, got " + actual;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode other = actual.get(field.getKey());
                String at = path + "." + field.getKey();
                if (other == null) {
                    return at + ": missing";
                }
                String difference = firstDifference(field.getValue(), other, at);
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        } else if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                return path + ": expected " + expected + ", got " + actual;
            }
            for (int i = 0; i < expected.size(); i++) {
                String difference = firstDifference(expected.get(i), actual.get(i), path + "[" + i + "]");
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        return expected.equals(actual) ? null : path + ": expected " + expected + ", got " + actual;
    }
}
