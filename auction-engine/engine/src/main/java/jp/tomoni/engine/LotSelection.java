package jp.tomoni.engine;

import java.util.List;
import java.util.Set;
import jp.tomoni.facility.FacilityRecord;
import jp.tomoni.facility.FacilityType;
import jp.tomoni.facility.VoltageClass;

/**
 * Which facilities go into a lot. A facility is chosen when it matches every non-empty criterion; an empty
 * criterion matches everything.
 *
 * @param wards          municipal codes
 * @param types          facility types
 * @param voltageClasses voltage classes
 * @param facilityIds    explicit facility ids
 */
public record LotSelection(Set<String> wards, Set<FacilityType> types, Set<VoltageClass> voltageClasses,
                           Set<String> facilityIds) {

    public LotSelection {
        wards = Set.copyOf(wards);
        types = Set.copyOf(types);
        voltageClasses = Set.copyOf(voltageClasses);
        facilityIds = Set.copyOf(facilityIds);
    }

    /** Whether a facility matches. */
    public boolean matches(FacilityRecord f) {
        return (wards.isEmpty() || wards.contains(f.wardCode()))
                && (types.isEmpty() || types.contains(f.type()))
                && (voltageClasses.isEmpty() || voltageClasses.contains(f.voltageClass()))
                && (facilityIds.isEmpty() || facilityIds.contains(f.id()));
    }

    /** The matching facilities, in registry order. */
    public List<FacilityRecord> select(Iterable<FacilityRecord> registry) {
        List<FacilityRecord> chosen = new java.util.ArrayList<>();
        registry.forEach(f -> {
            if (matches(f)) {
                chosen.add(f);
            }
        });
        return chosen;
    }
}
