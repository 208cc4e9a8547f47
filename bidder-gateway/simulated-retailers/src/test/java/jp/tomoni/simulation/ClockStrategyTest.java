package jp.tomoni.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A simulated retailer bids by the CLOCK rules: never more than last round, exit prices in range. */
class ClockStrategyTest {

    @Test
    void flatOffersItsCapacityWhileThePriceCoversItsCostThenExitsAtItsCost() {
        ClockStrategy s = ClockStrategy.flat(2650, 6);
        assertThat(s.decide(1, 3000, 0, 0)).isEqualTo(new ClockStrategy.Decision(6, null));
        assertThat(s.decide(2, 2850, 3000, 6)).isEqualTo(new ClockStrategy.Decision(6, null));
        assertThat(s.decide(3, 2707, 2850, 6)).isEqualTo(new ClockStrategy.Decision(6, null));
        assertThat(s.decide(4, 2572, 2707, 6)).isEqualTo(new ClockStrategy.Decision(0, 2650L));
        assertThat(s.decide(5, 2443, 2572, 0)).as("out after bidding 0").isNull();
    }

    @Test
    void aPriceEqualToTheCostIsStillOffered() {
        assertThat(ClockStrategy.flat(2850, 3).decide(2, 2850, 3000, 3).quantity()).isEqualTo(3);
    }

    @Test
    void noExitPriceWhenTheCostIsNotInTheRoundsRange() {
        ClockStrategy s = ClockStrategy.flat(2950, 4);
        assertThat(s.decide(3, 2707, 2850, 4)).as("cost above P_(r-1)").isEqualTo(new ClockStrategy.Decision(0, null));
        assertThat(s.decide(2, 2850, 0, 4)).as("P_(r-1) unknown").isEqualTo(new ClockStrategy.Decision(0, null));
    }

    @Test
    void roundOneOffersOnlyTheTranchesTheStartPriceCovers() {
        ClockStrategy mixed = ClockStrategy.ofCosts(2900, 2500, 2600);
        assertThat(mixed.decide(1, 3000, 0, 0)).isEqualTo(new ClockStrategy.Decision(3, null));
        assertThat(mixed.decide(1, 2600, 0, 0)).isEqualTo(new ClockStrategy.Decision(2, null));
        assertThat(ClockStrategy.flat(3100, 5).decide(1, 3000, 0, 0)).isEqualTo(new ClockStrategy.Decision(0, null));
        assertThat(ClockStrategy.stepwise(2900, 3, 2, 120).decide(1, 3000, 0, 0).quantity()).isEqualTo(1);
    }

    @Test
    void laterRoundsNeverRaiseAndNameTheDearestDroppedTranchesCost() {
        ClockStrategy s = ClockStrategy.ofCosts(2900, 2500, 2600);
        assertThat(s.decide(2, 2850, 3000, 3)).isEqualTo(new ClockStrategy.Decision(2, 2900L));
        assertThat(s.decide(2, 2850, 3000, 1)).as("the activity rule").isEqualTo(new ClockStrategy.Decision(1, null));
        assertThat(s.decide(5, 2400, 2550, 1)).isEqualTo(new ClockStrategy.Decision(0, 2500L));
        assertThat(s.decide(5, 2400, 2550, 2)).as("2600 is above the last price: no exit price")
                .isEqualTo(new ClockStrategy.Decision(0, null));
    }

    @Test
    void stepwiseGivesUpOneTrancheARoundThenExits() {
        ClockStrategy s = ClockStrategy.stepwise(2640, 6, 2, 130);
        assertThat(s.capacity()).isEqualTo(6);
        assertThat(s.lowestCost()).isEqualTo(2640);
        assertThat(s.highestCost()).isEqualTo(2900);
        assertThat(s.decide(1, 3000, 0, 0)).isEqualTo(new ClockStrategy.Decision(6, null));
        assertThat(s.decide(2, 2850, 3000, 6)).isEqualTo(new ClockStrategy.Decision(5, 2900L));
        assertThat(s.decide(3, 2707, 2850, 5)).isEqualTo(new ClockStrategy.Decision(4, 2770L));
        assertThat(s.decide(4, 2572, 2707, 4)).isEqualTo(new ClockStrategy.Decision(0, 2640L));
    }

    @Test
    void holdsAtMostWhatWasAcceptedBefore() {
        assertThat(ClockStrategy.flat(2620, 6).decide(2, 2850, 3000, 4).quantity()).as("activity rule").isEqualTo(4);
    }

    @Test
    void theSameSeedGivesTheSameStrategyWithinItsRange() {
        for (long seed = 1; seed < 200; seed++) {
            ClockStrategy a = ClockStrategy.fromSeed(seed, 2620, 2700, 5, 2);
            ClockStrategy b = ClockStrategy.fromSeed(seed, 2620, 2700, 5, 2);
            assertThat(a.lowestCost()).isEqualTo(b.lowestCost()).isBetween(2620L, 2700L);
            assertThat(a.highestCost()).isEqualTo(b.highestCost())
                    .isBetween(a.lowestCost() + 2 * 110, a.lowestCost() + 2 * 140);
        }
    }

    @Test
    void drawnCostsAreReproducibleAndWithinTheirRange() {
        ClockStrategy a = ClockStrategy.drawn(42, 4, 2100, 2990, 40);
        ClockStrategy b = ClockStrategy.drawn(42, 4, 2100, 2990, 40);
        assertThat(a.capacity()).isEqualTo(4);
        for (long price = 2000; price <= 3200; price += 10) {
            assertThat(a.supplyAt(price)).isEqualTo(b.supplyAt(price));
        }
        assertThat(a.supplyAt(2099)).isZero();
        assertThat(a.supplyAt(2990 + 3 * 40)).isEqualTo(4);
    }

    @Test
    void aRetailerHasAtLeastOneTrancheOfPositiveCost() {
        assertThatThrownBy(ClockStrategy::ofCosts).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClockStrategy.ofCosts(0, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pricesAreHundredthsOfAYen() {
        assertThat(Prices.format(2450)).isEqualTo("24.50");
        assertThat(Prices.format(5)).isEqualTo("0.05");
        assertThat(Prices.parse("24.5")).isEqualTo(2450);
        assertThat(Prices.parse("24.37")).isEqualTo(2437);
        assertThat(Prices.parse("30")).isEqualTo(3000);
        assertThatThrownBy(() -> Prices.parse("1.234")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Prices.parse("-1")).isInstanceOf(IllegalArgumentException.class);
    }
}
