package jp.tomoni.load.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Each target reads its figure by its path in the summary; at most and at least include the bound, under does not. */
class TargetsTest {

    @Test
    void boundsIncludeOrExcludeTheBoundAsTheyPromise() {
        assertThat(Targets.Bound.AT_MOST.met(10, 10)).isTrue();
        assertThat(Targets.Bound.AT_MOST.met(10.5, 10)).isFalse();
        assertThat(Targets.Bound.AT_LEAST.met(16, 16)).isTrue();
        assertThat(Targets.Bound.AT_LEAST.met(15.9, 16)).isFalse();
        assertThat(Targets.Bound.UNDER.met(25, 25)).isFalse();
        assertThat(Targets.Bound.UNDER.met(24, 25)).isTrue();
    }

    @Test
    void everyTargetReadsItsFigureAndAMissingFigureIsNotMeasured() {
        ObjectNode summary = SummarySections.JSON.createObjectNode();
        summary.putObject("http").put("p99MsAtHalfLoad", 12).put("durableToTrivialRatio", 0.5);
        summary.putObject("journal").put("commandsPerFlush", 12.5);
        summary.putObject("cpu").putObject("durableMax").put("enginePingsPerBid", 3.0).putNull("gatewayPingsPerBid");
        summary.putObject("live").put("burstP99Ms", 30).put("steadyP99Ms", 11);
        summary.putObject("streams").putObject("openToLastRetailerMs").put("p99Ms", 180);
        ArrayNode targets = Targets.of(summary);
        assertThat(targets).hasSize(Targets.ALL.size());
        assertThat(met(targets, "http.p99MsAtHalfLoad")).containsExactly("true", "false"); // under 25; at most 10
        assertThat(met(targets, "journal.commandsPerFlush")).containsExactly("true", "false"); // 10; 16
        assertThat(met(targets, "http.durableToTrivialRatio")).containsExactly("true");
        assertThat(met(targets, "cpu.durableMax.enginePingsPerBid")).containsExactly("true");
        assertThat(met(targets, "cpu.durableMax.gatewayPingsPerBid")).containsExactly("null");
        assertThat(met(targets, "live.burstP99Ms")).containsExactly("true");
        assertThat(met(targets, "live.steadyP99Ms")).containsExactly("false");
        assertThat(met(targets, "streams.openToLastRetailerMs.p99Ms")).containsExactly("true");
        assertThat(met(targets, "engine.bidOpsPerSec")).containsExactly("null");
        JsonNode streams = find(targets, "streams.openToLastRetailerMs.p99Ms");
        assertThat(streams.get("value").asInt()).isEqualTo(180);
        assertThat(streams.get("issue").asString()).isEqualTo(Targets.BID_PATH);
    }

    private static List<String> met(ArrayNode targets, String figure) {
        List<String> met = new ArrayList<>();
        targets.forEach(t -> {
            if (t.get("figure").asString().equals(figure)) {
                met.add(t.get("met").isNull() ? "null" : String.valueOf(t.get("met").asBoolean()));
            }
        });
        return met;
    }

    private static JsonNode find(ArrayNode targets, String figure) {
        for (JsonNode t : targets) {
            if (t.get("figure").asString().equals(figure)) {
                return t;
            }
        }
        throw new AssertionError("no target reads " + figure);
    }
}
