package jp.tomoni.facility;

/**
 * Supply voltage class of a facility, determined by its contract demand as in {@code reference-data.md}:
 * low voltage under 50 kW, high voltage (6 kV) from 50 kW to under 2,000 kW, extra-high voltage
 * (20 kV or more) from 2,000 kW.
 */
public enum VoltageClass {
    /** Low voltage (低圧): contract demand under 50 kW. */
    LOW,
    /** High voltage (高圧, 6 kV): contract demand from 50 kW to under 2,000 kW. */
    HIGH,
    /** Extra-high voltage (特別高圧, 20 kV or more): contract demand of 2,000 kW or more. */
    EXTRA_HIGH;

    /** Lowest contract demand, in kW, that is supplied at high voltage. */
    public static final long HIGH_FROM_KW = 50;

    /** Lowest contract demand, in kW, that is supplied at extra-high voltage. */
    public static final long EXTRA_HIGH_FROM_KW = 2_000;

    /**
     * The voltage class for a contract demand: {@link #LOW} below 50 kW, {@link #HIGH} from 50 kW to
     * under 2,000 kW, {@link #EXTRA_HIGH} from 2,000 kW.
     *
     * @param contractKw contract demand in whole kW, not negative
     * @return the voltage class
     */
    public static VoltageClass ofContractKw(long contractKw) {
        if (contractKw < 0) {
            throw new IllegalArgumentException("contract kW must not be negative: " + contractKw);
        }
        if (contractKw < HIGH_FROM_KW) {
            return LOW;
        }
        return contractKw < EXTRA_HIGH_FROM_KW ? HIGH : EXTRA_HIGH;
    }
}
