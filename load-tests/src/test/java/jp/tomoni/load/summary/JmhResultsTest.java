package jp.tomoni.load.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JMH's JSON results, in whatever unit JMH printed them, as ops/s and µs/op. */
class JmhResultsTest {

    static String sample() throws IOException {
        try (InputStream in = JmhResultsTest.class.getResourceAsStream("/samples/jmh-results.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void scoresAreConvertedToOpsPerSecondAndMicrosecondsPerOperation() throws IOException {
        JmhResults jmh = JmhResults.parse(sample());
        assertThat(jmh.cases()).hasSize(5);
        assertThat(jmh.score("jp.tomoni.bench.BidApplyBenchmark.core", Map.of())).isCloseTo(12_345_678, within(0.01));
        assertThat(jmh.score("jp.tomoni.bench.BidApplyBenchmark.reference", Map.of())).isEqualTo(1_234_567.8);
        assertThat(jmh.score("jp.tomoni.bench.RoundClearingBenchmark.core", Map.of("bidders", "10000")))
                .isCloseTo(412.345, within(1e-9));
        assertThat(jmh.score("jp.tomoni.bench.RoundClearingBenchmark.reference", Map.of("bidders", "10000")))
                .isEqualTo(2500.0);
        assertThat(jmh.score("jp.tomoni.bench.RoundClearingBenchmark.core", Map.of("bidders", "100"))).isNull();
        assertThat(jmh.cases().get(0).unit()).isEqualTo("ops/s");
        assertThat(jmh.cases().get(0).error()).isCloseTo(234_500, within(1e-6));
        assertThat(jmh.cases().get(1).error()).as("JMH writes \"NaN\" for one iteration").isNull();
        assertThat(jmh.cases().get(3).unit()).isEqualTo("us/op");
    }

    @Test
    void theCoreIsComparedWithTheReferenceOfTheSameCase() throws IOException {
        Map<String, Double> speedups = JmhResults.parse(sample()).coreSpeedups();
        assertThat(speedups).containsOnlyKeys("BidApplyBenchmark.core", "RoundClearingBenchmark.core[bidders=10000]");
        assertThat(speedups.get("BidApplyBenchmark.core")).isCloseTo(10.0, within(0.001));
        assertThat(speedups.get("RoundClearingBenchmark.core[bidders=10000]")).isCloseTo(2500 / 412.345, within(1e-9));
    }

    @Test
    void unknownUnitsAndOtherShapesAreRefused() {
        assertThatThrownBy(() -> JmhResults.factor("furlongs/op")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JmhResults.parse("{}")).isInstanceOf(IllegalArgumentException.class);
        assertThat(JmhResults.factor("ops/us")).isEqualTo(1e6);
        assertThat(JmhResults.factor("s/op")).isEqualTo(1e6);
    }
}
