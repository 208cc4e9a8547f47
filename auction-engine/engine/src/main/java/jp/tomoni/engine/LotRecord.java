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
 * @param groupId    the procurement group it belongs to, or {@code null} for a lot of the installation itself
 */
public record LotRecord(String lotId, String name, List<FacilityRecord> facilities, String nameJa, String groupId) {

    public LotRecord {
        facilities = List.copyOf(facilities);
    }

    /** A lot without a Japanese name, of no group. */
    public LotRecord(String lotId, String name, List<FacilityRecord> facilities) {
        this(lotId, name, facilities, null, null);
    }

    /** The municipal codes of the bodies whose facilities the lot holds, in the lot's order. */
    public List<String> bodies() {
        return facilities.stream().map(FacilityRecord::wardCode).distinct().toList();
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
