package jp.tomoni.load.summary;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The targets, reported (never enforced): issue 5's and those of the issue "The bid path", each with the
 * figure it reads (a path in the summary, e.g. {@code http.p99MsAtHalfLoad}), the value measured and whether
 * it was met ({@code null} when the figure is missing). A CPU target is in pings: a service's CPU per durable
 * bid over the gateway's CPU per ping in the same bench.
 */
final class Targets {

    /** "Many commands per flush": the bench's reading of issue 5's words. */
    static final double MANY_COMMANDS_PER_FLUSH = 10;

    static final String ISSUE_5 = "issue 5";
    static final String BID_PATH = "the bid path";

    /** How a value must stand to its bound. */
    enum Bound {
        /** At least the bound. */
        AT_LEAST,
        /** At most the bound. */
        AT_MOST,
        /** Below the bound. */
        UNDER;

        boolean met(double value, double bound) {
            return switch (this) {
                case AT_LEAST -> value >= bound;
                case AT_MOST -> value <= bound;
                case UNDER -> value < bound;
            };
        }
    }

    /**
     * One target.
     *
     * @param issue  the issue(s) that set it
     * @param target what it says
     * @param figure the summary's figure it reads
     * @param bound  the bound
     * @param how    how the figure must stand to the bound
     */
    record Target(String issue, String target, String figure, double bound, Bound how) {
    }

    /** Every target, in the order the summary lists them. */
    static final List<Target> ALL = List.of(
            new Target(ISSUE_5, "engine: at least 5,000,000 bid operations a second on one thread",
                    "engine.bidOpsPerSec", 5_000_000, Bound.AT_LEAST),
            new Target(ISSUE_5, "engine: clearing 10,000 bidders in under 1 ms", "engine.clearMicros10kBidders", 1000,
                    Bound.UNDER),
            new Target(ISSUE_5 + ", " + BID_PATH, "durable bids: at least 0.5 of the trivial endpoint's rate in the same run",
                    "http.durableToTrivialRatio", 0.5, Bound.AT_LEAST),
            new Target(ISSUE_5, "durable bids: p99 under 25 ms at half load", "http.p99MsAtHalfLoad", 25, Bound.UNDER),
            new Target(ISSUE_5, "journal: many commands per flush under load (read as at least 10)",
                    "journal.commandsPerFlush", MANY_COMMANDS_PER_FLUSH, Bound.AT_LEAST),
            new Target(BID_PATH, "engine: CPU per durable bid at most 3 pings at full load",
                    "cpu.durableMax.enginePingsPerBid", 3, Bound.AT_MOST),
            new Target(BID_PATH, "gateway: CPU per durable bid at most 4 pings at full load",
                    "cpu.durableMax.gatewayPingsPerBid", 4, Bound.AT_MOST),
            new Target(BID_PATH, "durable bids: p99 at most 10 ms at half load", "http.p99MsAtHalfLoad", 10,
                    Bound.AT_MOST),
            new Target(BID_PATH, "live auction: burst bids p99 at most 30 ms", "live.burstP99Ms", 30, Bound.AT_MOST),
            new Target(BID_PATH, "live auction: steady bids p99 at most 10 ms", "live.steadyP99Ms", 10, Bound.AT_MOST),
            new Target(BID_PATH, "journal: at least 16 commands per flush at full load", "journal.commandsPerFlush", 16,
                    Bound.AT_LEAST),
            new Target(BID_PATH, "1,000 streams: round opening to the last retailer, p99 at most 200 ms",
                    "streams.openToLastRetailerMs.p99Ms", 200, Bound.AT_MOST));

    private Targets() {
    }

    /** The targets against the figures of {@code summary}. */
    static ArrayNode of(ObjectNode summary) {
        ArrayNode targets = SummarySections.JSON.createArrayNode();
        for (Target t : ALL) {
            JsonNode value = summary.at("/" + t.figure().replace('.', '/'));
            ObjectNode n = targets.addObject().put("issue", t.issue()).put("target", t.target()).put("figure", t.figure());
            if (value == null || !value.isNumber()) {
                n.putNull("value");
                n.putNull("met");
            } else {
                n.set("value", value);
                n.put("met", t.how().met(value.asDouble(), t.bound()));
            }
        }
        return targets;
    }
}
