package jp.tomoni.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text of the console exists in Japanese and in English, and every key the pages' templates, their
 * titles and the scripts name literally has a text, so that no page ever shows a raw key.
 */
class ConsoleMessagesTest {

    private static final Path CONSOLE = Path.of("src", "main", "resources", "static", "console");
    private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates", "console");
    private static final Pattern DEFINED = Pattern.compile("'([A-Za-z0-9_.]+)':");
    private static final Pattern USED = Pattern.compile(
            "data-i18n(?:-placeholder|-title|-doc)?=\"([A-Za-z0-9_.]+)\"|\\bt\\('([A-Za-z0-9_.]+)'|add\\([^,]+, '([a-z]+\\.[A-Za-z]+)'");

    private static Set<String> keys(String text) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = DEFINED.matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    @Test
    void japaneseAndEnglishHaveTheSameKeysAndEveryLiteralKeyIsDefined() throws IOException {
        String messages = Files.readString(CONSOLE.resolve("js/messages.js"), StandardCharsets.UTF_8);
        int english = messages.indexOf("export const EN");
        assertThat(english).as("the English texts").isPositive();
        Set<String> ja = keys(messages.substring(0, english));
        Set<String> en = keys(messages.substring(english));
        assertThat(ja).hasSizeGreaterThan(200);
        assertThat(en).containsExactlyInAnyOrderElementsOf(ja);

        Set<String> used = new LinkedHashSet<>();
        ConsolePages.PAGES.forEach(page -> used.add(page.titleKey()));
        List<Path> files;
        try (Stream<Path> scripts = Files.walk(CONSOLE); Stream<Path> templates = Files.walk(TEMPLATES)) {
            files = Stream.concat(scripts.filter(p -> p.toString().endsWith(".js")),
                    templates.filter(p -> p.toString().endsWith(".mustache"))).toList();
        }
        assertThat(files).as("the pages' templates").anyMatch(p -> p.endsWith("index.mustache"));
        for (Path file : files) {
            Matcher m = USED.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                String key = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                if (!key.endsWith(".")) {
                    used.add(key);
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(150);
        assertThat(ja).containsAll(used);
    }
}
