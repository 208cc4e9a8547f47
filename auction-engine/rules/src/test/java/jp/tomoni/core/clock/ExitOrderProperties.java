package jp.tomoni.core.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import jp.tomoni.core.unit.Price;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The order of reductions used by clearing is the order of their sorting keys, whichever way it is made. */
class ExitOrderProperties {

    @Provide
    Arbitrary<List<Long>> exits() {
        Arbitrary<Long> narrow = Arbitraries.longs().between(2_700, 2_850);
        Arbitrary<Long> wide = Arbitraries.longs().between(1, Price.MAX.hundredths());
        Arbitrary<List<Long>> fewPrices = narrow.list().ofMaxSize(300);
        Arbitrary<List<Long>> anyPrices = wide.list().ofMaxSize(300);
        Arbitrary<List<Long>> tiedWide = Arbitraries.integers().between(0, 300).flatMap(n ->
                wide.list().ofMinSize(1).ofMaxSize(3).flatMap(prices -> Arbitraries.of(prices).list().ofSize(n)));
        return Arbitraries.oneOf(fewPrices, anyPrices, tiedWide);
    }

    /** Keys {@code (exit << 24) | position}, in position order, come out exactly as {@link Arrays#sort} puts them. */
    @Property(tries = 500)
    void sortByExitEqualsSortingTheKeys(@ForAll("exits") List<Long> exits) {
        long[] keys = new long[exits.size() + 3];
        for (int position = 0; position < exits.size(); position++) {
            keys[position] = (exits.get(position) << 24) | position;
        }
        long[] expected = Arrays.copyOf(keys, exits.size());
        Arrays.sort(expected);
        long span = exits.stream().mapToLong(Long::longValue).max().orElse(0)
                - exits.stream().mapToLong(Long::longValue).min().orElse(0);
        Statistics.collect(span > 4L * exits.size() + 256 ? "compared" : "counted");

        ClockClearing.sortByExit(keys, exits.size());

        assertThat(Arrays.copyOf(keys, exits.size())).containsExactly(expected);
        assertThat(Arrays.copyOfRange(keys, exits.size(), keys.length)).containsOnly(0L);
    }
}
