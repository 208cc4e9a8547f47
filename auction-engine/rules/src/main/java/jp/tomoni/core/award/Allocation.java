package jp.tomoni.core.award;

import java.util.List;
import jp.tomoni.core.lot.Facility;
import jp.tomoni.core.unit.Kwh;

/**
 * Which facilities each winner supplies.
 *
 * @param winners   one entry per winner, by bidder id
 * @param unawarded facilities left for a new auction: only ever non-empty after a partial award
 */
public record Allocation(List<Winner> winners, List<Facility> unawarded) {

    public Allocation {
        winners = List.copyOf(winners);
        unawarded = List.copyOf(unawarded);
    }

    /**
     * One winner's facilities.
     *
     * @param share      what it won
     * @param facilities the facilities assigned to it, in the order they were assigned
     * @param assigned   their annual kWh
     * @param target     its target {@code award / T × D}, rounded half up to a whole kWh
     */
    public record Winner(WinnerShare share, List<Facility> facilities, Kwh assigned, Kwh target) {

        public Winner {
            facilities = List.copyOf(facilities);
        }

        /** Assigned kWh minus the rounded target; negative when the winner supplies less than its share. */
        public long differenceKwh() {
            return assigned.value() - target.value();
        }
    }
}
