package jp.tomoni.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The simulated retailers' bids follow the CLOCK rules: never more than last round, exit prices in range. */
class ClockStrategyTest {

    private final ClockStrategy strategy = new ClockStrategy(2900, 2500, 2600);

    @Test
    void roundOneOffersEveryTrancheThePriceCovers() {
        assertThat(strategy.firstRound(3000)).isEqualTo(new ClockStrategy.Decision(3, null));
        assertThat(strategy.firstRound(2600)).isEqualTo(new ClockStrategy.Decision(2, null));
        assertThat(strategy.firstRound(2000)).isEqualTo(new ClockStrategy.Decision(0, null));
    }

    @Test
    void laterRoundsNeverRaiseAndNameTheDearestDroppedTranchesCost() {
        assertThat(strategy.laterRound(2850, 3000, 3)).isEqualTo(new ClockStrategy.Decision(2, 2900L));
        assertThat(strategy.laterRound(2850, 3000, 1)).as("the activity rule").isEqualTo(new ClockStrategy.Decision(1, null));
        assertThat(strategy.laterRound(2400, 2550, 1)).isEqualTo(new ClockStrategy.Decision(0, 2500L));
        assertThat(strategy.laterRound(2400, 2550, 2)).as("2600 is above the last price: no exit price")
                .isEqualTo(new ClockStrategy.Decision(0, null));
    }

    @Test
    void drawnCostsAreReproducibleAndWithinTheirRange() {
        ClockStrategy a = ClockStrategy.drawn(42, 4, 2100, 2990, 40);
        ClockStrategy b = ClockStrategy.drawn(42, 4, 2100, 2990, 40);
        assertThat(a.capacity()).isEqualTo(4);
        for (long price = 2000; price <= 3200; price += 10) {
            assertThat(a.firstRound(price)).isEqualTo(b.firstRound(price));
        }
        assertThat(a.firstRound(2099).quantity()).isZero();
        assertThat(a.firstRound(2990 + 3 * 40).quantity()).isEqualTo(4);
    }

    @Test
    void pricesAreHundredthsOfAYen() {
        assertThat(ClockStrategy.price(2450)).isEqualTo("24.50");
        assertThat(ClockStrategy.price(5)).isEqualTo("0.05");
        assertThat(ClockStrategy.parsePrice("24.5")).isEqualTo(2450);
        assertThat(ClockStrategy.parsePrice("24.37")).isEqualTo(2437);
        assertThat(ClockStrategy.parsePrice("30")).isEqualTo(3000);
        assertThatThrownBy(() -> ClockStrategy.parsePrice("1.234")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClockStrategy()).isInstanceOf(IllegalArgumentException.class);
    }
}
