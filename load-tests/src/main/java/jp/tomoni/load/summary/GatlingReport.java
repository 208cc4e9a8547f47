package jp.tomoni.load.summary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statistics table of a Gatling report. Gatling 3.15 writes its results as a binary
 * {@code simulation.log} (an internal format) and an HTML report, no longer as {@code js/stats.json}; the
 * report's {@code index.html} holds the same table the console prints, one row per request name plus
 * {@value #ALL} for all requests. This reads that table, finding each column by its heading
 * ({@code Total}, {@code OK}, {@code KO}, {@code Cnt/s}, {@code Min}, {@code 50th pct}, ..., {@code Max},
 * {@code Mean}), so a change in Gatling's layout fails loudly instead of reading the wrong column.
 */
public final class GatlingReport {

    /** The row of every request together. */
    public static final String ALL = "All Requests";

    private static final Pattern HEADING = Pattern.compile(
            "<th id=\"col-(\\d+)\"[^>]*>\\s*<span>(?:<abbr[^>]*>)?([^<]+)");
    private static final Pattern ROW = Pattern.compile("<tr id=\"[^\"]*\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z ]*col-(\\d+)\">([^<]*)</td>");

    /**
     * One row: a request name's counts and response times (whole milliseconds, as Gatling reports them;
     * {@code null} where Gatling shows none, e.g. with no successful request).
     *
     * @param name           the request name
     * @param total          requests sent
     * @param ok             requests that passed their checks
     * @param ko             requests that failed
     * @param countPerSecond requests per second over the whole run (warm-up included)
     * @param minMs          fastest
     * @param p50Ms          median
     * @param p75Ms          75th percentile
     * @param p95Ms          95th percentile
     * @param p99Ms          99th percentile
     * @param maxMs          slowest
     * @param meanMs         mean
     */
    public record RequestStats(String name, long total, long ok, long ko, Double countPerSecond, Long minMs,
                               Long p50Ms, Long p75Ms, Long p95Ms, Long p99Ms, Long maxMs, Long meanMs) {
    }

    private GatlingReport() {
    }

    /** Reads {@code reportDir/index.html}; answers the rows by request name, {@value #ALL} first. */
    public static Map<String, RequestStats> read(Path reportDir) throws IOException {
        return parse(Files.readString(reportDir.resolve("index.html"), StandardCharsets.UTF_8));
    }

    /** Parses a report's {@code index.html}. */
    public static Map<String, RequestStats> parse(String html) {
        Map<String, Integer> columns = new HashMap<>();
        Matcher heading = HEADING.matcher(html);
        while (heading.find()) {
            columns.put(heading.group(2).strip(), Integer.parseInt(heading.group(1)));
        }
        for (String needed : new String[] {"Total", "OK", "KO", "Cnt/s", "50th pct", "99th pct"}) {
            if (!columns.containsKey(needed)) {
                throw new IllegalArgumentException("the Gatling report has no column \"" + needed + "\"; found "
                        + columns.keySet());
            }
        }
        Map<String, RequestStats> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            Matcher name = NAME.matcher(row.group(1));
            if (!name.find()) {
                continue;
            }
            Map<Integer, String> cells = new HashMap<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.put(Integer.parseInt(cell.group(1)), cell.group(2).strip());
            }
            if (cells.isEmpty()) {
                continue;
            }
            String requestName = unescape(name.group(1));
            rows.put(requestName, new RequestStats(requestName, count(cells, columns, "Total"),
                    count(cells, columns, "OK"), count(cells, columns, "KO"), decimal(cells, columns, "Cnt/s"),
                    millis(cells, columns, "Min"), millis(cells, columns, "50th pct"),
                    millis(cells, columns, "75th pct"), millis(cells, columns, "95th pct"),
                    millis(cells, columns, "99th pct"), millis(cells, columns, "Max"), millis(cells, columns, "Mean")));
        }
        if (!rows.containsKey(ALL)) {
            throw new IllegalArgumentException("the Gatling report has no row \"" + ALL + "\"");
        }
        return rows;
    }

    private static String value(Map<Integer, String> cells, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        String text = index == null ? null : cells.get(index);
        return text == null || text.isEmpty() || "-".equals(text) ? null : text.replace(",", "");
    }

    private static long count(Map<Integer, String> cells, Map<String, Integer> columns, String column) {
        String text = value(cells, columns, column);
        return text == null ? 0 : Long.parseLong(text);
    }

    private static Long millis(Map<Integer, String> cells, Map<String, Integer> columns, String column) {
        String text = value(cells, columns, column);
        return text == null ? null : Long.parseLong(text);
    }

    private static Double decimal(Map<Integer, String> cells, Map<String, Integer> columns, String column) {
        String text = value(cells, columns, column);
        return text == null ? null : Double.valueOf(text);
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
