package jp.tomoni.core.lot;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.tomoni.core.unit.Kwh;

/**
 * A set of facilities auctioned together. Its demand {@code D} is the sum of their annual kWh.
 *
 * @param facilities the facilities, at least one, with unique ids
 */
public record Lot(List<Facility> facilities) {

    public Lot {
        facilities = List.copyOf(facilities);
        if (facilities.isEmpty()) {
            throw new IllegalArgumentException("a lot needs at least one facility");
        }
        Set<String> ids = new HashSet<>();
        for (Facility facility : facilities) {
            if (!ids.add(facility.id())) {
                throw new IllegalArgumentException("facility " + facility.id() + " appears twice in the lot");
            }
        }
    }

    /** The lot's demand {@code D}: the sum of its facilities' annual kWh. */
    public Kwh demand() {
        Kwh total = Kwh.ZERO;
        for (Facility facility : facilities) {
            total = total.plus(facility.annualKwh());
        }
        return total;
    }

    /** The latest fiscal year among the facilities' baseline factors. */
    public int latestBaselineFiscalYear() {
        return facilities.stream().mapToInt(f -> f.baseline().fiscalYear()).max().orElseThrow();
    }
}
