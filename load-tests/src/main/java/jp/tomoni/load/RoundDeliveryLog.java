package jp.tomoni.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Every retailer's round openings in one load test, gathered as each virtual user finishes and written as one
 * tab-separated file for the bench's summary: a header line
 * {@code # retailers=N bidders=B rounds=R}, a line of column names, then one line per retailer and round
 * received: {@code retailer round opensAt at receivedAt connectedAt}, all times in epoch milliseconds
 * ({@code connectedAt} -1 when the stream never opened). A retailer that received nothing still has its
 * {@code connectedAt} on a line with round 0. Safe for use by several threads.
 */
public final class RoundDeliveryLog {

    /** The line of column names. */
    public static final String COLUMNS = "retailer\tround\topensAt\tat\treceivedAt\tconnectedAt";

    private final Map<Integer, List<String>> lines = new ConcurrentSkipListMap<>();

    /** Records what retailer {@code index} received (once per retailer; again replaces it). */
    public void add(int index, StreamFollower follower) {
        List<String> own = new ArrayList<>();
        long connected = follower.connectedAtMillis();
        for (StreamFollower.Delivery d : follower.deliveries()) {
            own.add(index + "\t" + d.round() + "\t" + d.opensAtMillis() + "\t" + d.atMillis() + "\t"
                    + d.receivedAtMillis() + "\t" + connected);
        }
        if (own.isEmpty()) {
            own.add(index + "\t0\t-1\t-1\t-1\t" + connected);
        }
        lines.put(index, own);
    }

    /** The file's text for {@code retailers} retailers, {@code bidders} of them bidding, followed to {@code rounds}. */
    public String text(int retailers, int bidders, int rounds) {
        StringBuilder text = new StringBuilder("# retailers=" + retailers + " bidders=" + bidders + " rounds=" + rounds
                + "\n" + COLUMNS + "\n");
        lines.values().forEach(own -> own.forEach(line -> text.append(line).append('\n')));
        return text.toString();
    }

    /** Writes {@link #text} to {@code file}. */
    public void write(Path file, int retailers, int bidders, int rounds) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text(retailers, bidders, rounds), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
