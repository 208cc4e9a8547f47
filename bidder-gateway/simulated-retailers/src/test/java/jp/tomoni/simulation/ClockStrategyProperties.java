package jp.tomoni.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Along any falling price path, every drawn retailer bids within the CLOCK rules. */
class ClockStrategyProperties {

    @Property
    void bidsNeverRiseAndExitPricesLieInTheRoundsRange(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int capacity,
                                                        @ForAll @LongRange(min = 1, max = 300) long decrement) {
        ClockStrategy strategy = ClockStrategy.drawn(seed, capacity, 2100, 2990, 40);
        long previousPrice = 0;
        int previous = 0;
        for (int round = 1; round <= 12; round++) {
            long price = 3200 - (round - 1) * decrement;
            if (price < 1) {
                break;
            }
            ClockStrategy.Decision decision = strategy.decide(round, price, previousPrice, previous);
            if (round > 1 && previous == 0) {
                assertThat(decision).as("out after 0").isNull();
                break;
            }
            assertThat(decision.quantity()).isBetween(0, capacity);
            if (round > 1) {
                assertThat(decision.quantity()).as("activity rule").isLessThanOrEqualTo(previous);
            }
            if (decision.exitPrice() != null) {
                assertThat(decision.quantity()).isLessThan(previous);
                assertThat(decision.exitPrice()).isGreaterThan(price).isLessThanOrEqualTo(previousPrice);
            }
            previousPrice = price;
            previous = decision.quantity();
        }
    }
}
