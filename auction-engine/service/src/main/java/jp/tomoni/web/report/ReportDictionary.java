package jp.tomoni.web.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The report's labels in one language, from {@code report/messages_LANG.properties} (UTF-8). A label may
 * hold places {@code {0}}, {@code {1}}, … filled with the given texts as they are: no number or date
 * formatting happens here. Asking for a key that the dictionary does not have is a bug and throws, so a
 * missing translation can never print an empty label.
 *
 * <p>The template reads the labels without places as {@link #labels()}, a tree of maps along the keys' dots:
 * {@code {{t.section.summary}}} is the label {@code section.summary}, escaped like every other text. A key
 * must therefore never also be the beginning of another key ({@code a.b} beside {@code a.b.c}).
 */
final class ReportDictionary {

    private static final Map<ReportLanguage, ReportDictionary> LOADED = new EnumMap<>(ReportLanguage.class);

    private final ReportLanguage language;
    private final Properties labels;
    private final Map<String, Object> tree;

    private ReportDictionary(ReportLanguage language, Properties labels) {
        this.language = language;
        this.labels = labels;
        this.tree = tree(language, labels);
    }

    /** The dictionary of {@code language}, loaded once. */
    static synchronized ReportDictionary of(ReportLanguage language) {
        return LOADED.computeIfAbsent(language, ReportDictionary::load);
    }

    ReportLanguage language() {
        return language;
    }

    /** Every key of the dictionary. */
    Set<String> keys() {
        return labels.stringPropertyNames();
    }

    /** The label, with {@code {i}} replaced by {@code args[i]}; plain text, not yet escaped. */
    String text(String key, String... args) {
        String label = labels.getProperty(key);
        if (label == null) {
            throw new IllegalStateException("the " + language.code() + " report dictionary has no label " + key);
        }
        for (int i = 0; i < args.length; i++) {
            label = label.replace("{" + i + "}", args[i]);
        }
        return label;
    }

    /**
     * Every label as it is (places not filled), as nested maps along the keys' dots, unmodifiable: a
     * template's {@code {{t.nav.label}}} is {@code labels().get("nav").get("label")}.
     */
    Map<String, Object> labels() {
        return tree;
    }

    /**
     * The labels as nested maps along the keys' dots.
     *
     * @throws IllegalStateException when a key is also the beginning of another ({@code a.b} and {@code a.b.c}),
     *                               which the template could not tell apart
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> tree(ReportLanguage language, Properties labels) {
        Map<String, Object> root = new TreeMap<>();
        for (String key : labels.stringPropertyNames()) {
            String[] parts = key.split("\\.", -1);
            Map<String, Object> node = root;
            for (int i = 0; i < parts.length - 1; i++) {
                Object child = node.computeIfAbsent(parts[i], part -> new TreeMap<String, Object>());
                if (!(child instanceof Map)) {
                    throw new IllegalStateException("the " + language.code() + " report dictionary has a label "
                            + key + " below the label " + String.join(".", Arrays.copyOf(parts, i + 1)));
                }
                node = (Map<String, Object>) child;
            }
            if (node.putIfAbsent(parts[parts.length - 1], labels.getProperty(key)) != null) {
                throw new IllegalStateException("the " + language.code() + " report dictionary has a label " + key
                        + " that is also the beginning of other labels");
            }
        }
        return freeze(root);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> freeze(Map<String, Object> node) {
        node.replaceAll((part, child) -> child instanceof Map ? freeze((Map<String, Object>) child) : child);
        return Collections.unmodifiableMap(node);
    }

    private static ReportDictionary load(ReportLanguage language) {
        String resource = "/report/messages_" + language.code() + ".properties";
        Properties labels = new Properties();
        try (InputStream in = ReportDictionary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReportDictionary(language, labels);
    }
}
