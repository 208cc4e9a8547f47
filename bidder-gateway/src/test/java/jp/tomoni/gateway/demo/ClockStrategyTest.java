package jp.tomoni.gateway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClockStrategyTest {

    /** The demo's price path: start 30.00, decrement max(5% of the price, 1% of 30.00), per the rules. */
    private static final long[] PRICES = {3000, 2850, 2707, 2572, 2443, 2321};

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
        assertThat(ClockStrategy.flat(3100, 5).decide(1, 3000, 0, 0)).isEqualTo(new ClockStrategy.Decision(0, null));
        assertThat(ClockStrategy.stepwise(2900, 3, 2, 120).decide(1, 3000, 0, 0).quantity()).isEqualTo(1);
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
        ClockStrategy s = ClockStrategy.flat(2620, 6);
        assertThat(s.decide(2, 2850, 3000, 4).quantity()).as("activity rule").isEqualTo(4);
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
    void everyDemoRetailerBidsByTheRulesAlongThePricePath() {
        for (RetailerProfile p : RetailerProfile.demoSet(6)) {
            int previous = 0;
            for (int r = 1; r <= PRICES.length; r++) {
                long price = PRICES[r - 1];
                ClockStrategy.Decision d = p.strategy().decide(r, price, r == 1 ? 0 : PRICES[r - 2], previous);
                if (r > 1 && previous == 0) {
                    assertThat(d).as(p.retailerId() + " is out").isNull();
                    continue;
                }
                assertThat(d.quantity()).as(p.retailerId() + " round " + r).isBetween(0, Math.min(p.eligibility(), 6));
                if (r > 1) {
                    assertThat(d.quantity()).as("never increases").isLessThanOrEqualTo(previous);
                }
                if (d.exitPrice() != null) {
                    assertThat(d.quantity()).isLessThan(previous);
                    assertThat(d.exitPrice()).as("exit in (P_r, P_(r-1)]").isGreaterThan(price)
                            .isLessThanOrEqualTo(PRICES[r - 2]);
                }
                previous = d.quantity();
            }
        }
    }

    @Test
    void theDemoRetailersAreFixedAndClearBelowTheReserve() {
        List<RetailerProfile> set = RetailerProfile.demoSet(6);
        assertThat(set).hasSize(10);
        assertThat(set).extracting(p -> p.strategy().lowestCost()).containsExactlyElementsOf(
                RetailerProfile.demoSet(6).stream().map(p -> p.strategy().lowestCost()).toList());
        assertThat(set).allSatisfy(p -> {
            assertThat(p.strategy().lowestCost()).isBetween(2620L, 2940L);
            assertThat(p.eligibility()).isBetween(3, 8);
            assertThat(p.strategy().capacity()).isEqualTo(Math.min(p.eligibility(), 6));
            assertThat(p.name()).endsWith("(illustrative)");
            assertThat(p.registrationNumber()).matches("A00\\d\\d");
        });
        assertThat(set).filteredOn(p -> !"0.000".equals(p.menuFactor())).extracting(RetailerProfile::menuFactor)
                .containsExactlyInAnyOrder("0.120", "0.250");
        assertThat(set).filteredOn(RetailerProfile::probesLoadCap).hasSize(1);
        assertThat(set).extracting(p -> p.strategy().lowestCost()).as("no tie-break draw decides the award")
                .doesNotHaveDuplicates();
        assertThat(set.stream().filter(p -> p.strategy().lowestCost() != p.strategy().highestCost())).hasSize(2);
        // Supply above the 20 tranches at 27.07 means another round at 25.72, so the clearing price, an exit
        // price in (25.72, 27.07], is below the reserve of 27.50.
        int at2707 = set.stream().mapToInt(p -> p.strategy().supplyAt(2707)).sum();
        assertThat(at2707).isGreaterThan(20);
        assertThat(set.stream().mapToInt(p -> p.strategy().supplyAt(2572)).sum()).isLessThanOrEqualTo(20);
    }
}
