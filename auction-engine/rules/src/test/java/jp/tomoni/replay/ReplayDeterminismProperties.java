package jp.tomoni.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The same scenario file always gives byte-identical output, through reader, core and writer. */
class ReplayDeterminismProperties {

    @Provide
    Arbitrary<String> clockScenarios() {
        Arbitrary<List<Integer>> facilities = Arbitraries.integers().between(1, 4_000).list().ofMinSize(1).ofMaxSize(12);
        Arbitrary<List<List<Integer>>> rounds = Arbitraries.integers().between(-1, 6).list().ofSize(4)
                .list().ofMaxSize(6);
        Arbitrary<String> seed = Arbitraries.strings().withChars("0123456789abcdef").ofLength(64);
        return Combinators.combine(facilities, Arbitraries.integers().between(1, 8), Arbitraries.integers().between(1, 200),
                rounds, seed).as(ReplayDeterminismProperties::clockScenario);
    }

    private static String clockScenario(List<Integer> kwh, int tranches, int startYen, List<List<Integer>> rounds,
                                        String seed) {
        String lot = IntStream.range(0, kwh.size()).mapToObj(i -> String.format(
                "{\"id\":\"F%d\",\"ward\":\"131%02d\",\"annualKwh\":%d000,%s\"baselineFactor\":{\"value\":\"0.433\","
                        + "\"kind\":\"adjusted\",\"fiscalYear\":2022}}", i, 1 + i % 23, kwh.get(i),
                i % 4 == 0 ? "" : "\"currentPrice\":\"" + (startYen + i % 3) + ".25\",")).collect(Collectors.joining(","));
        String bidders = IntStream.range(0, 4).mapToObj(b -> String.format(
                "{\"id\":\"R-%c\",\"eligibility\":%d,\"planFactor\":\"0.0%d0\"}", 'A' + b, tranches, b))
                .collect(Collectors.joining(","));
        StringBuilder script = new StringBuilder();
        int[] held = {tranches, tranches, tranches, tranches};
        for (int r = 0; r < rounds.size(); r++) {
            script.append(r == 0 ? "" : ",").append("{\"bids\":[");
            for (int b = 0; b < 4; b++) {
                int wish = rounds.get(r).get(b);
                int q = wish < 0 ? held[b] : Math.min(held[b], wish);
                held[b] = q;
                script.append(b == 0 ? "" : ",").append(String.format("{\"bidder\":\"R-%c\",\"quantity\":%d}", 'A' + b, q));
            }
            script.append("]}");
        }
        return "{\"auctionId\":\"gen\",\"format\":\"CLOCK\",\"lot\":{\"facilities\":[" + lot + "]},"
                + "\"clock\":{\"tranches\":" + tranches + ",\"startPrice\":\"" + startYen + ".00\",\"reservePrice\":\""
                + startYen + ".00\"},\"tieBreakSeed\":\"" + seed + "\",\"bidders\":[" + bidders + "],"
                + "\"rounds\":[" + script + "]}";
    }

    @Property(tries = 200)
    void theSameScenarioAlwaysGivesTheSameBytes(@ForAll("clockScenarios") String scenario) {
        ReplayExamplesTest.Run first = ReplayExamplesTest.replay("-", scenario.getBytes());
        ReplayExamplesTest.Run second = ReplayExamplesTest.replay("-", scenario.getBytes());
        assertThat(second).isEqualTo(first);
        assertThat(first.exit() == 0 ? first.out() : first.err()).isNotEmpty();
        if (first.exit() != 0) {
            assertThat(first.err()).contains("the auction ended after round");
        }
    }
}
