package jp.tomoni.core.clock;

/**
 * The only view of aggregate supply bidders get between rounds: the band of {@code S_r / T}.
 */
public enum SupplyBand {
    AT_MOST_ONE("<=1"),
    ONE_TO_ONE_AND_A_QUARTER("(1,1.25]"),
    ONE_AND_A_QUARTER_TO_ONE_AND_A_HALF("(1.25,1.5]"),
    ONE_AND_A_HALF_TO_TWO("(1.5,2]"),
    ABOVE_TWO(">2");

    private final String label;

    SupplyBand(String label) {
        this.label = label;
    }

    /** The band as written in reports, e.g. {@code "(1.5,2]"}. */
    public String label() {
        return label;
    }

    /** The band of {@code supply / tranches}, compared exactly in integers. */
    public static SupplyBand of(long supply, long tranches) {
        long quarters = supply * 4;
        if (supply <= tranches) {
            return AT_MOST_ONE;
        } else if (quarters <= tranches * 5) {
            return ONE_TO_ONE_AND_A_QUARTER;
        } else if (quarters <= tranches * 6) {
            return ONE_AND_A_QUARTER_TO_ONE_AND_A_HALF;
        } else if (supply <= tranches * 2) {
            return ONE_AND_A_HALF_TO_TWO;
        }
        return ABOVE_TWO;
    }
}
