package jp.tomoni.load.summary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of {@code /actuator/prometheus} (the text exposition format): samples by metric name and
 * labels. A missing scrape (file absent) is an empty one, so that metrics not exposed yet read as absent.
 */
public final class PrometheusScrape {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)(\\s+\\S+)?$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /**
     * One sample.
     *
     * @param name   the metric's name, e.g. {@code tomoni_journal_batch_size_sum}
     * @param labels its labels
     * @param value  its value
     */
    public record Sample(String name, Map<String, String> labels, double value) {
    }

    private final List<Sample> samples;

    private PrometheusScrape(List<Sample> samples) {
        this.samples = List.copyOf(samples);
    }

    /** An empty scrape. */
    public static PrometheusScrape empty() {
        return new PrometheusScrape(List.of());
    }

    /** Reads a saved scrape; a missing file is an empty scrape. */
    public static PrometheusScrape read(Path file) throws IOException {
        return Files.isRegularFile(file) ? parse(Files.readString(file, StandardCharsets.UTF_8)) : empty();
    }

    /** Parses the text exposition format; comments and lines it cannot read are skipped. */
    public static PrometheusScrape parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            Matcher m = SAMPLE.matcher(l);
            if (!m.matches()) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (m.group(3) != null) {
                Matcher label = LABEL.matcher(m.group(3));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
                }
            }
            double value;
            try {
                value = Double.parseDouble(m.group(4));
            } catch (NumberFormatException e) {
                continue;
            }
            samples.add(new Sample(m.group(1), labels, value));
        }
        return new PrometheusScrape(samples);
    }

    /** Whether any sample of {@code name} is present. */
    public boolean has(String name) {
        return samples.stream().anyMatch(s -> s.name().equals(name));
    }

    /** The sum of every sample of {@code name} (over all label sets), or {@code null} when there is none. */
    public Double sum(String name) {
        return has(name) ? samples.stream().filter(s -> s.name().equals(name)).mapToDouble(Sample::value).sum() : null;
    }

    /** The sum of the samples of {@code name} whose label {@code label} is {@code value}, or {@code null} when none. */
    public Double sumWhere(String name, String label, String value) {
        List<Sample> matching = samples(name).stream().filter(s -> value.equals(s.labels().get(label))).toList();
        return matching.isEmpty() ? null : matching.stream().mapToDouble(Sample::value).sum();
    }

    /** Every sample of {@code name}. */
    public List<Sample> samples(String name) {
        return samples.stream().filter(s -> s.name().equals(name)).toList();
    }

    /**
     * The growth of the counter {@code name} from {@code before} to {@code after} (summed over label sets),
     * or {@code null} when {@code after} does not have it.
     */
    public static Double delta(PrometheusScrape before, PrometheusScrape after, String name) {
        Double end = after.sum(name);
        if (end == null) {
            return null;
        }
        Double start = before.sum(name);
        return end - (start == null ? 0 : start);
    }

    /**
     * The mean of the timer {@code base} between two scrapes over its samples whose label {@code label} is
     * {@code value} (e.g. one URI of {@code http_server_requests_seconds}), or {@code null}.
     */
    public static Double meanWhere(PrometheusScrape before, PrometheusScrape after, String base, String label,
                                   String value) {
        Double sum = after.sumWhere(base + "_sum", label, value);
        Double count = after.sumWhere(base + "_count", label, value);
        if (sum == null || count == null) {
            return null;
        }
        Double sum0 = before.sumWhere(base + "_sum", label, value);
        Double count0 = before.sumWhere(base + "_count", label, value);
        double n = count - (count0 == null ? 0 : count0);
        return n <= 0 ? null : (sum - (sum0 == null ? 0 : sum0)) / n;
    }

    /**
     * The mean of a timer or distribution {@code base} between two scrapes: the growth of
     * {@code base_sum} over the growth of {@code base_count}, or {@code null} when absent or nothing counted.
     */
    public static Double mean(PrometheusScrape before, PrometheusScrape after, String base) {
        Double sum = delta(before, after, base + "_sum");
        Double count = delta(before, after, base + "_count");
        return sum == null || count == null || count <= 0 ? null : sum / count;
    }
}
