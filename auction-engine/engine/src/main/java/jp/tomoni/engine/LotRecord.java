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
 * @param nameJa     the name in Japanese, or {@code null} for none
 */
public record LotRecord(String lotId, String name, List<FacilityRecord> facilities, String nameJa) {

    public LotRecord {
        facilities = List.copyOf(facilities);
    }

    /** A lot without a Japanese name. */
    public LotRecord(String lotId, String name, List<FacilityRecord> facilities) {
        this(lotId, name, facilities, null);
    }

    /** The name to show in {@code language} ({@code "ja"} or {@code "en"}): the Japanese one where there is one. */
    public String name(String language) {
        return "ja".equals(language) && nameJa != null ? nameJa : name;
    }

    /** The lot as the auction rules see it. */
    public Lot toLot() {
        return new Lot(facilities.stream().map(FacilityRecord::toFacility).toList());
    }
}
