package jp.tomoni.demo;

import java.util.ArrayList;
import java.util.List;
import jp.tomoni.simulation.ClockStrategy;

/**
 * One of the demo's simulated retailers (all fictitious): how it is qualified and how it bids.
 *
 * @param retailerId         its id
 * @param name               its display name
 * @param registrationNumber its (made-up) registration number, {@code A00xx}
 * @param menuFactor         its menu's adjusted emission factor in kg-CO2/kWh, as text with three decimals
 * @param eligibility        the most tranches its security allows
 * @param securityYen        the security it posted
 * @param strategy           how it bids
 * @param probesLoadCap      whether it first tries its full eligibility in round 1, above the load cap, so
 *                           that the demo shows a rejected bid
 * @param seed               the seed of its strategy and of its thinking time before each bid
 */
record RetailerProfile(String retailerId, String name, String registrationNumber, String menuFactor,
                       int eligibility, long securityYen, ClockStrategy strategy, boolean probesLoadCap, long seed) {

    /** The seed every demo retailer's draws derive from: the same retailers every run. */
    static final long DEMO_SEED = 20261122L;
    /** Fiscal year of the retailers' menu factors. */
    static final int FACTOR_FISCAL_YEAR = 2024;
    /** Security posted per tranche of eligibility, which the demo's auctions ask. */
    static final long SECURITY_PER_TRANCHE_YEN = 5_000_000L;
    /** The last day the retailers' securities are valid. */
    static final String SECURITY_EXPIRES_ON = "2099-03-31";

    /** A copy with another id (to keep ids unique in a database that already has the demo's retailers). */
    RetailerProfile withId(String id) {
        return new RetailerProfile(id, name, registrationNumber, menuFactor, eligibility, securityYen, strategy,
                probesLoadCap, seed);
    }

    /**
     * The ten demo retailers for an auction with load cap {@code loadCap}. Six are cheap (costs 26.20 to
     * 27.00 yen/kWh), four dearer (27.50 to 29.40); two of the cheap ones give up one tranche at a time; one
     * menu is 0.120 and one 0.250 kg-CO2/kWh, the rest 100% renewable (0.000 adjusted). Costs are drawn from
     * {@link #DEMO_SEED}, so every run bids the same; their ranges do not overlap, so no two retailers name
     * the same exit price, no tie-break draw decides the award, and every run ends with the same award.
     */
    static List<RetailerProfile> demoSet(int loadCap) {
        List<Spec> specs = List.of(
                new Spec(8, 2620, 2629, 0, "0.000"),
                new Spec(6, 2632, 2641, 2, "0.000"),
                new Spec(5, 2644, 2653, 0, "0.120"),
                new Spec(3, 2905, 2940, 0, "0.250"),
                new Spec(4, 2656, 2665, 0, "0.000"),
                new Spec(7, 2780, 2820, 0, "0.000"),
                new Spec(5, 2668, 2677, 2, "0.000"),
                new Spec(3, 2750, 2775, 0, "0.000"),
                new Spec(6, 2860, 2895, 0, "0.000"),
                new Spec(4, 2680, 2700, 0, "0.000"));
        List<RetailerProfile> profiles = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec spec = specs.get(i);
            int capacity = Math.min(spec.eligibility(), loadCap);
            long seed = DEMO_SEED + i + 1;
            ClockStrategy strategy = ClockStrategy.fromSeed(seed, spec.lowCost(), spec.highCost(), capacity,
                    Math.min(spec.steps(), capacity - 1));
            String number = String.format("%02d", i + 1);
            profiles.add(new RetailerProfile("DEMO-R" + number, "Demo Retailer " + number + " (illustrative)",
                    "A00" + number, spec.menuFactor(), spec.eligibility(),
                    spec.eligibility() * SECURITY_PER_TRANCHE_YEN, strategy, i == 0 && spec.eligibility() > loadCap,
                    seed));
        }
        return List.copyOf(profiles);
    }

    /** One retailer's draw: eligibility, cost range (hundredths of a yen), stepwise steps, menu factor. */
    private record Spec(int eligibility, long lowCost, long highCost, int steps, String menuFactor) {
    }
}
