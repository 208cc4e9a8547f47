package jp.tomoni.web.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Ward names in Japanese and English by municipal code, read from {@code demo/wards.csv} on the classpath
 * (header {@code code,name_ja,name_en}; the 23 special wards). A municipality that is not in the file is
 * shown by its own code, since a facility carries only its owner's code.
 */
final class WardNames {

    private static final String RESOURCE = "/demo/wards.csv";

    private static final WardNames DEFAULT = load();

    private final Map<String, String[]> names;

    private WardNames(Map<String, String[]> names) {
        this.names = Map.copyOf(names);
    }

    /** The names from {@code demo/wards.csv}. */
    static WardNames standard() {
        return DEFAULT;
    }

    /** The ward's name in {@code language}, or the code itself for a municipality not in the file. */
    String name(String code, ReportLanguage language) {
        String[] pair = names.get(code);
        if (pair == null) {
            return code;
        }
        return language == ReportLanguage.JA ? pair[0] : pair[1];
    }

    /** Whether the code is one of the file's wards. */
    boolean knows(String code) {
        return names.containsKey(code);
    }

    private static WardNames load() {
        String text;
        try (InputStream in = WardNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String[]> names = new HashMap<>();
        String[] lines = text.split("\r?\n");
        if (!"code,name_ja,name_en".equals(lines[0])) {
            throw new IllegalStateException(RESOURCE + " does not start with the header code,name_ja,name_en");
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            String[] cells = lines[i].split(",", -1);
            if (cells.length != 3) {
                throw new IllegalStateException(RESOURCE + " line " + (i + 1) + " does not have 3 cells");
            }
            names.put(cells[0], new String[] {cells[1], cells[2]});
        }
        return new WardNames(names);
    }
}
