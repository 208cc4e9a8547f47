package jp.tomoni.engine;

import java.util.List;
import jp.tomoni.core.lot.Lot;
import jp.tomoni.facility.FacilityRecord;

/**
 * A lot as the engine keeps it: its facilities as they were when it was created.
 *
 * @param lotId      its id
 * @param name       a readable name
 * @param facilities its facilities
 */
public record LotRecord(String lotId, String name, List<FacilityRecord> facilities) {

    public LotRecord {
        facilities = List.copyOf(facilities);
    }

    /** The lot as the auction rules see it. */
    public Lot toLot() {
        return new Lot(facilities.stream().map(FacilityRecord::toFacility).toList());
    }
}
