package jp.tomoni.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the officer sees of the live auction once the load test is over, in short: its state and outcome,
 * rounds, final price, bids received and rejected, and every closed round as the engine reports it.
 */
public final class LiveAuctionReport {

    private static final List<String> FIELDS = List.of("id", "state", "outcome", "round", "finalPrice",
            "bidsReceived", "bidsRejected", "rounds");

    private LiveAuctionReport() {
    }

    /** The short form of the officer's view {@code auction}. */
    public static ObjectNode of(JsonNode auction) {
        ObjectNode report = OfficerApi.JSON.createObjectNode();
        for (String field : FIELDS) {
            if (auction.has(field)) {
                report.set(field, auction.get(field));
            }
        }
        JsonNode awards = auction.path("awards");
        report.put("winners", awards.isArray() ? awards.size() : 0);
        return report;
    }

    /** Writes the short form of {@code auction} to {@code file}. */
    public static void write(JsonNode auction, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, OfficerApi.JSON.writer(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(of(auction)) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
