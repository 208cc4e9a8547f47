package jp.tomoni.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.tomoni.simulation.ClockStrategy;
import org.junit.jupiter.api.Test;

/** The demo's ten retailers are fixed, bid by the rules along the demo's price path, and clear below the reserve. */
class RetailerProfileTest {

    /** The demo's price path: start 30.00, decrement max(5% of the price, 1% of 30.00), per the rules. */
    private static final long[] PRICES = {3000, 2850, 2707, 2572, 2443, 2321};

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
