package jp.tomoni.load.summary;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 5's targets, reported (never enforced): each with the figure measured and whether it was met
 * ({@code null} when the figure is missing).
 */
final class Targets {

    /** "Many commands per flush": the bench's reading of the words. */
    static final double MANY_COMMANDS_PER_FLUSH = 10;

    private Targets() {
    }

    /** The targets against the summary's {@code engine}, {@code http} and {@code journal} sections. */
    static ArrayNode of(ObjectNode engine, ObjectNode http, ObjectNode journal) {
        ArrayNode targets = SummarySections.JSON.createArrayNode();
        add(targets, "engine: at least 5,000,000 bid operations a second on one thread", "engine.bidOpsPerSec",
                engine.get("bidOpsPerSec"), 5_000_000, true);
        add(targets, "engine: clearing 10,000 bidders in under 1 ms", "engine.clearMicros10kBidders",
                engine.get("clearMicros10kBidders"), 1000, false);
        add(targets, "durable bids: at least 0.5 of the trivial endpoint's rate in the same run",
                "http.durableToTrivialRatio", http.get("durableToTrivialRatio"), 0.5, true);
        add(targets, "durable bids: p99 under 25 ms at half load", "http.p99MsAtHalfLoad",
                http.get("p99MsAtHalfLoad"), 25, false);
        add(targets, "journal: many commands per flush under load (read as at least 10)", "journal.commandsPerFlush",
                journal.get("commandsPerFlush"), MANY_COMMANDS_PER_FLUSH, true);
        return targets;
    }

    private static void add(ArrayNode targets, String target, String figure, JsonNode value, double bound,
                            boolean atLeast) {
        ObjectNode t = targets.addObject().put("target", target).put("figure", figure);
        if (value == null || !value.isNumber()) {
            t.putNull("value");
            t.putNull("met");
            return;
        }
        t.set("value", value);
        double v = value.asDouble();
        t.put("met", atLeast ? v >= bound : v < bound);
    }
}
