package jp.tomoni.facility;

/**
 * Kind of public facility a municipality buys electricity for, as given in the {@code type} column of a
 * facility import. Each type carries an assumed annual load factor that can derive a contract demand from
 * annual consumption when the real one is not known (the demo dataset does so). {@code reference-data.md}
 * gives load factors of 25 to 55% by type; the value chosen for each type is illustrative.
 */
public enum FacilityType {
    /** Municipal offices (head offices and annex buildings): weekday daytime use, load factor 45%. */
    OFFICE(45),
    /** Elementary and junior high schools: short school days and long holidays, load factor 25%. */
    SCHOOL(25),
    /** Day nurseries: long weekday opening hours, load factor 35%. */
    NURSERY(35),
    /** Libraries: open most days including evenings and weekends, load factor 40%. */
    LIBRARY(40),
    /** Sports centres: long opening hours, pools and ventilation running all year, load factor 55%. */
    SPORTS_CENTRE(55),
    /** Community centres: irregular use by bookings, load factor 30%. */
    COMMUNITY_CENTRE(30);

    private final int loadFactorPercent;

    FacilityType(int loadFactorPercent) {
        this.loadFactorPercent = loadFactorPercent;
    }

    /**
     * Annual load factor in whole percent: average demand divided by contract demand.
     *
     * @return the load factor, between 25 and 55
     */
    public int loadFactorPercent() {
        return loadFactorPercent;
    }

    /**
     * Contract demand implied by annual consumption at this type's load factor, in whole kW:
     * {@code ceil(annualKwh / (8760 × loadFactorPercent / 100))}, computed in integers as
     * {@code ceil(annualKwh × 100 / (8760 × loadFactorPercent))}.
     *
     * @param annualKwh annual consumption in kWh, not negative
     * @return the contract demand in kW, rounded up
     */
    public long contractKw(long annualKwh) {
        if (annualKwh < 0) {
            throw new IllegalArgumentException("annual kWh must not be negative: " + annualKwh);
        }
        long divisor = 8760L * loadFactorPercent;
        return (annualKwh * 100 + divisor - 1) / divisor;
    }
}
