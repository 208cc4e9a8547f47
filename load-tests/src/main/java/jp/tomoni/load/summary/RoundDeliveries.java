package jp.tomoni.load.summary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How fast each round's opening reached every retailer holding an event stream, from the file the streams
 * simulation writes ({@code streams-deliveries.tsv}: a header {@code # retailers=N bidders=B rounds=R}, a line
 * of column names, then {@code retailer round opensAt at receivedAt connectedAt} in epoch milliseconds, round 0
 * for a retailer that received none). A retailer's delay for a round is its {@code receivedAt} less the round's
 * {@code opensAt}, both on the machine's one clock. A delivery to a retailer whose stream opened after the
 * round did ({@code connectedAt} later than {@code opensAt}, or never) is a catch-up, counted as {@code late}
 * and left out of the delays; a retailer that never reported a round that others received {@code missed} it.
 * Percentiles are nearest-rank: the smallest value with at least that share of the values at or below it.
 */
final class RoundDeliveries {

    private static final Pattern HEADER = Pattern.compile("#\\s*retailers=(\\d+)\\s+bidders=(\\d+)\\s+rounds=(\\d+)");

    /**
     * One line of the file.
     *
     * @param retailer    the retailer's index
     * @param round       the round, 0 for a retailer that received no round
     * @param opensAt     when the round opened, by the engine
     * @param at          when the engine received the command that opened it
     * @param receivedAt  when the load generator received the event
     * @param connectedAt when the retailer's stream was open, -1 for never
     */
    record Row(int retailer, int round, long opensAt, long at, long receivedAt, long connectedAt) {

        boolean late() {
            return connectedAt < 0 || connectedAt > opensAt;
        }

        long delayMillis() {
            return receivedAt - opensAt;
        }
    }

    private final int retailers;
    private final int bidders;
    private final int rounds;
    private final List<Row> rows;

    private RoundDeliveries(int retailers, int bidders, int rounds, List<Row> rows) {
        this.retailers = retailers;
        this.bidders = bidders;
        this.rounds = rounds;
        this.rows = List.copyOf(rows);
    }

    /** Reads the file, or answers {@code null} when there is none. */
    static RoundDeliveries read(Path file) throws IOException {
        return Files.isRegularFile(file) ? parse(Files.readString(file, StandardCharsets.UTF_8)) : null;
    }

    /** Parses the file's text; fails on a missing header or a malformed line. */
    static RoundDeliveries parse(String text) {
        String[] lines = text.split("\n");
        Matcher header = HEADER.matcher(lines.length > 0 ? lines[0].strip() : "");
        if (!header.matches()) {
            throw new IllegalArgumentException("the deliveries file does not start with \"# retailers=N bidders=B rounds=R\"");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 2; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 6) {
                throw new IllegalArgumentException("line " + (i + 1) + " of the deliveries file has " + f.length
                        + " fields, not 6: " + line);
            }
            rows.add(new Row(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                    Long.parseLong(f[4]), Long.parseLong(f[5])));
        }
        return new RoundDeliveries(Integer.parseInt(header.group(1)), Integer.parseInt(header.group(2)),
                Integer.parseInt(header.group(3)), rows);
    }

    /**
     * The figures: the case's size, each round's delays ({@code byRound}), the delay to the last retailer over
     * the rounds ({@code openToLastRetailerMs}: p50, p99, max) and every retailer's delay of every round
     * together ({@code perRetailerMs}), all in whole milliseconds.
     */
    ObjectNode figures() {
        ObjectNode n = SummarySections.JSON.createObjectNode();
        n.put("retailers", retailers).put("bidders", bidders).put("roundsFollowed", rounds);
        Set<Integer> reporting = new HashSet<>();
        Map<Integer, List<Row>> byRound = new TreeMap<>();
        for (Row row : rows) {
            reporting.add(row.retailer());
            if (row.round() > 0) {
                byRound.computeIfAbsent(row.round(), r -> new ArrayList<>()).add(row);
            }
        }
        n.put("retailersReporting", reporting.size());
        n.put("roundsOpened", byRound.size());
        List<Long> lasts = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        long late = 0;
        long missed = 0;
        ArrayNode rounds = SummarySections.JSON.createArrayNode();
        for (Map.Entry<Integer, List<Row>> e : byRound.entrySet()) {
            List<Long> delays = new ArrayList<>();
            int lateHere = 0;
            for (Row row : e.getValue()) {
                if (row.late()) {
                    lateHere++;
                } else {
                    delays.add(row.delayMillis());
                }
            }
            delays.sort(null);
            all.addAll(delays);
            Row first = e.getValue().get(0);
            int missedHere = Math.max(0, retailers - e.getValue().size());
            late += lateHere;
            missed += missedHere;
            Long last = delays.isEmpty() ? null : delays.get(delays.size() - 1);
            if (last != null) {
                lasts.add(last);
            }
            rounds.addObject().put("round", e.getKey()).put("opensAt", Instant.ofEpochMilli(first.opensAt()).toString())
                    .put("engineLagMs", first.at() - first.opensAt()).put("receivedBy", e.getValue().size())
                    .put("late", lateHere).put("missed", missedHere).put("p50Ms", percentile(delays, 50))
                    .put("p99Ms", percentile(delays, 99)).put("lastMs", last);
        }
        lasts.sort(null);
        all.sort(null);
        n.set("openToLastRetailerMs", distribution("rounds", lasts));
        n.set("perRetailerMs", distribution("deliveries", all));
        n.put("lateDeliveries", late);
        n.put("missedDeliveries", missed);
        n.set("byRound", rounds);
        return n;
    }

    private static ObjectNode distribution(String countName, List<Long> sorted) {
        return SummarySections.JSON.createObjectNode().put(countName, sorted.size())
                .put("p50Ms", percentile(sorted, 50)).put("p99Ms", percentile(sorted, 99))
                .put("maxMs", sorted.isEmpty() ? null : sorted.get(sorted.size() - 1));
    }

    /**
     * The nearest-rank {@code percent}th percentile of {@code sorted} (ascending): the value at rank
     * {@code ceil(percent * n / 100)}, from 1; {@code null} when it is empty.
     */
    static Long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        long rank = ((long) percent * sorted.size() + 99) / 100;
        return sorted.get((int) Math.min(sorted.size(), Math.max(1, rank)) - 1);
    }
}
