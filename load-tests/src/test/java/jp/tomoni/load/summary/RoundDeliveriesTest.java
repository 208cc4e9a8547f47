package jp.tomoni.load.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each round's delays to every retailer from the sample file: five retailers, three rounds; retailer 3's stream
 * opened after round 1 did (a catch-up, left out), retailer 2 stopped reporting after round 2, retailer 4 never
 * connected.
 */
class RoundDeliveriesTest {

    static Path sampleRun() throws URISyntaxException {
        return Path.of(RoundDeliveriesTest.class.getResource("/samples/streams-run").toURI());
    }

    @Test
    void eachRoundsDelaysAndTheDelayToTheLastRetailerOverTheRounds() throws IOException, URISyntaxException {
        ObjectNode figures = RoundDeliveries.read(sampleRun().resolve("streams-deliveries.tsv")).figures();
        assertThat(figures.get("retailers").asInt()).isEqualTo(5);
        assertThat(figures.get("bidders").asInt()).isEqualTo(2);
        assertThat(figures.get("roundsFollowed").asInt()).isEqualTo(3);
        assertThat(figures.get("retailersReporting").asInt()).isEqualTo(5);
        assertThat(figures.get("roundsOpened").asInt()).isEqualTo(3);
        JsonNode round1 = figures.get("byRound").get(0);
        assertThat(round1.get("round").asInt()).isEqualTo(1);
        assertThat(round1.get("opensAt").asString()).isEqualTo("2026-12-01T13:00:00Z");
        assertThat(round1.get("engineLagMs").asLong()).isEqualTo(3);
        assertThat(round1.get("receivedBy").asInt()).isEqualTo(4);
        assertThat(round1.get("late").asInt()).as("retailer 3 connected after the opening").isEqualTo(1);
        assertThat(round1.get("missed").asInt()).as("retailer 4").isEqualTo(1);
        assertThat(round1.get("p50Ms").asLong()).isEqualTo(35);
        assertThat(round1.get("lastMs").asLong()).as("the catch-up's 600 ms left out").isEqualTo(50);
        JsonNode round2 = figures.get("byRound").get(1);
        assertThat(round2.get("p50Ms").asLong()).isEqualTo(25);
        assertThat(round2.get("p99Ms").asLong()).isEqualTo(40);
        assertThat(figures.get("byRound").get(2).get("missed").asInt()).isEqualTo(2);
        assertThat(figures.get("byRound").get(2).get("lastMs").asLong()).isEqualTo(22);
        JsonNode last = figures.get("openToLastRetailerMs");
        assertThat(last.get("rounds").asInt()).isEqualTo(3);
        assertThat(last.get("p50Ms").asLong()).isEqualTo(40);
        assertThat(last.get("p99Ms").asLong()).isEqualTo(50);
        assertThat(last.get("maxMs").asLong()).isEqualTo(50);
        JsonNode each = figures.get("perRetailerMs");
        assertThat(each.get("deliveries").asInt()).isEqualTo(10);
        assertThat(each.get("p50Ms").asLong()).isEqualTo(22);
        assertThat(each.get("p99Ms").asLong()).isEqualTo(50);
        assertThat(figures.get("lateDeliveries").asLong()).isEqualTo(1);
        assertThat(figures.get("missedDeliveries").asLong()).isEqualTo(4);
    }

    @Test
    void percentilesAreNearestRank() {
        List<Long> hundred = new ArrayList<>();
        for (long i = 1; i <= 100; i++) {
            hundred.add(i);
        }
        assertThat(RoundDeliveries.percentile(hundred, 99)).isEqualTo(99);
        assertThat(RoundDeliveries.percentile(hundred, 50)).isEqualTo(50);
        assertThat(RoundDeliveries.percentile(List.of(7L, 9L), 50)).isEqualTo(7);
        assertThat(RoundDeliveries.percentile(List.of(7L, 9L), 99)).isEqualTo(9);
        assertThat(RoundDeliveries.percentile(List.of(7L), 1)).isEqualTo(7);
        assertThat(RoundDeliveries.percentile(List.of(), 99)).isNull();
    }

    @Test
    void aFileWithoutItsHeaderOrWithAShortLineIsRefusedAndNoFileIsNoFigures(@TempDir Path dir)
            throws IOException {
        assertThatThrownBy(() -> RoundDeliveries.parse("retailer\tround\n0\t1\t2\t3\t4\t5\n"))
                .hasMessageContaining("# retailers=N");
        assertThatThrownBy(() -> RoundDeliveries.parse("# retailers=2 bidders=1 rounds=1\ncolumns\n0\t1\t2\n"))
                .hasMessageContaining("line 3");
        assertThat(RoundDeliveries.read(dir.resolve("absent.tsv"))).isNull();
        ObjectNode none = RoundDeliveries.parse("# retailers=2 bidders=1 rounds=1\ncolumns\n").figures();
        assertThat(none.get("roundsOpened").asInt()).isZero();
        assertThat(none.get("openToLastRetailerMs").get("p99Ms").isNull()).isTrue();
    }
}
