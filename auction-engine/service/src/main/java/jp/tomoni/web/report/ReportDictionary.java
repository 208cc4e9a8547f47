package jp.tomoni.web.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The report's labels in one language, from {@code report/messages_LANG.properties} (UTF-8). A label may
 * hold places {@code {0}}, {@code {1}}, … filled with the given texts as they are: no number or date
 * formatting happens here. Asking for a key that the dictionary does not have is a bug and throws, so a
 * missing translation can never print an empty label.
 */
final class ReportDictionary {

    private static final Map<ReportLanguage, ReportDictionary> LOADED = new EnumMap<>(ReportLanguage.class);

    private final ReportLanguage language;
    private final Properties labels;

    private ReportDictionary(ReportLanguage language, Properties labels) {
        this.language = language;
        this.labels = labels;
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

    /** {@link #text} escaped for HTML. */
    String html(String key, String... args) {
        return Html.text(text(key, args));
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
