package jp.tomoni.load.summary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JMH's JSON results ({@code -rf json}): one entry per benchmark method and parameter set, with the primary
 * metric's score, error and unit. Scores are converted to operations per second (throughput modes) or
 * microseconds per operation (time modes), whatever unit JMH was told to print.
 */
public final class JmhResults {

    /**
     * One benchmark case.
     *
     * @param benchmark the method's full name, e.g. {@code jp.tomoni.bench.BidApplyBenchmark.core}
     * @param mode      {@code thrpt}, {@code avgt}, {@code sample} or {@code ss}
     * @param params    its parameters (empty when none)
     * @param score     the score in {@code unit}
     * @param error     the score's error (99.9% confidence half-width) in {@code unit}, or {@code null}
     * @param unit      {@code ops/s} or {@code us/op}
     */
    public record Case(String benchmark, String mode, Map<String, String> params, double score, Double error,
                       String unit) {

        /** The benchmark's class, without the method. */
        public String benchmarkClass() {
            return benchmark.substring(0, benchmark.lastIndexOf('.'));
        }

        /** The method's name. */
        public String method() {
            return benchmark.substring(benchmark.lastIndexOf('.') + 1);
        }

        /** Whether a higher score is better (a throughput). */
        public boolean higherIsBetter() {
            return "ops/s".equals(unit);
        }
    }

    private final List<Case> cases;

    private JmhResults(List<Case> cases) {
        this.cases = List.copyOf(cases);
    }

    /** Reads a JMH JSON result file. */
    public static JmhResults read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    /** Parses JMH's JSON results. */
    public static JmhResults parse(String json) {
        JsonNode root = JsonMapper.builder().build().readTree(json);
        if (!root.isArray()) {
            throw new IllegalArgumentException("JMH results are a JSON array");
        }
        List<Case> cases = new ArrayList<>();
        for (JsonNode entry : root) {
            Map<String, String> params = new TreeMap<>();
            entry.path("params").properties().forEach(p -> params.put(p.getKey(), p.getValue().asString()));
            JsonNode metric = entry.path("primaryMetric");
            String unit = metric.path("scoreUnit").asString("");
            double factor = factor(unit);
            String normalised = unit.startsWith("ops/") ? "ops/s" : "us/op";
            JsonNode error = metric.get("scoreError");
            Double errorValue = error == null || !error.isNumber() ? null : error.asDouble() * factor;
            cases.add(new Case(entry.path("benchmark").asString(), entry.path("mode").asString(""), params,
                    metric.path("score").asDouble() * factor, errorValue, normalised));
        }
        return new JmhResults(cases);
    }

    /** The factor that converts {@code unit} to ops/s or µs/op. */
    static double factor(String unit) {
        switch (unit) {
            case "ops/s":
            case "us/op":
                return 1;
            case "ops/ms":
                return 1e3;
            case "ops/us":
            case "s/op":
                return 1e6;
            case "ops/ns":
                return 1e9;
            case "ms/op":
                return 1e3;
            case "ns/op":
                return 1e-3;
            case "ops/min":
                return 1.0 / 60;
            case "min/op":
                return 60e6;
            default:
                throw new IllegalArgumentException("unknown JMH unit \"" + unit + "\"");
        }
    }

    /** Every case, in the file's order. */
    public List<Case> cases() {
        return cases;
    }

    /** The score of {@code benchmark} with exactly {@code params}, or {@code null} when it did not run. */
    public Double score(String benchmark, Map<String, String> params) {
        return cases.stream().filter(c -> c.benchmark().equals(benchmark) && c.params().equals(params))
                .map(Case::score).findFirst().orElse(null);
    }

    /**
     * For every {@code core} case that has a {@code reference} case of the same class and parameters: how
     * many times better the core is (core/reference for throughputs, reference/core for times), keyed by
     * {@code Class.core[params]}.
     */
    public Map<String, Double> coreSpeedups() {
        Map<String, Double> speedups = new LinkedHashMap<>();
        for (Case core : cases) {
            if (!"core".equals(core.method())) {
                continue;
            }
            String reference = core.benchmarkClass() + ".reference";
            Double referenceScore = score(reference, core.params());
            if (referenceScore == null || referenceScore == 0 || core.score() == 0) {
                continue;
            }
            double speedup = core.higherIsBetter() ? core.score() / referenceScore : referenceScore / core.score();
            speedups.put(label(core), speedup);
        }
        return speedups;
    }

    /** {@code SimpleClass.method} with its parameters, e.g. {@code RoundClearingBenchmark.core[bidders=10]}. */
    public static String label(Case c) {
        String simple = c.benchmark().substring(c.benchmark().lastIndexOf('.', c.benchmark().lastIndexOf('.') - 1) + 1);
        return c.params().isEmpty() ? simple : simple + c.params().toString().replace('{', '[').replace('}', ']')
                .replace(" ", "");
    }
}
