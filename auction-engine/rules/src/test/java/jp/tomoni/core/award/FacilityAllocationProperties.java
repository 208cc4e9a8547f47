package jp.tomoni.core.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.tomoni.core.lot.Facility;
import jp.tomoni.core.lot.FactorKind;
import jp.tomoni.core.lot.Lot;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.core.unit.EmissionFactor;
import jp.tomoni.core.unit.Kwh;
import jp.tomoni.core.unit.Price;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the award to facilities over generated lots and winners. */
class FacilityAllocationProperties {

    private static final ReportedFactor BASELINE = new ReportedFactor(EmissionFactor.parse("0.433"),
            FactorKind.ADJUSTED, 2022);
    private static final ReportedFactor RENEWABLE = new ReportedFactor(EmissionFactor.ZERO, FactorKind.ADJUSTED, 2022);

    record Case(Lot lot, int tranches, List<WinnerShare> shares) {
    }

    @Provide
    Arbitrary<Case> fullAwards() {
        return cases(true);
    }

    @Provide
    Arbitrary<Case> partialAwards() {
        return cases(false);
    }

    private Arbitrary<Case> cases(boolean full) {
        Arbitrary<List<Long>> loads = Arbitraries.longs().between(0, 5_000_000).list().ofMinSize(1).ofMaxSize(40);
        return Combinators.combine(loads, Arbitraries.integers().between(1, 30), Arbitraries.integers().between(1, 8),
                Arbitraries.longs()).as((kwh, tranches, winners, salt) -> {
                    List<Facility> facilities = new ArrayList<>();
                    for (int i = 0; i < kwh.size(); i++) {
                        facilities.add(new Facility("F" + i, "1310" + (i % 10), Kwh.of(kwh.get(i)),
                                i % 3 == 0 ? null : Price.parse("28.00"), BASELINE));
                    }
                    int total = full ? tranches : Math.max(1, tranches - 1 - (int) Math.floorMod(salt, tranches));
                    return new Case(new Lot(facilities), tranches, split(total, Math.min(winners, total), salt));
                });
    }

    private static List<WinnerShare> split(int total, int winners, long salt) {
        List<WinnerShare> shares = new ArrayList<>();
        int left = total;
        for (int w = 0; w < winners; w++) {
            int rest = winners - w - 1;
            int take = w == winners - 1 ? left : 1 + (int) Math.floorMod(salt >> (w * 3), left - rest);
            shares.add(new WinnerShare("R-" + (char) ('A' + w), take, RENEWABLE));
            left -= take;
        }
        return shares;
    }

    @Property(tries = 500)
    void inAFullAwardEveryFacilityGoesToExactlyOneWinner(@ForAll("fullAwards") Case c) {
        Allocation allocation = FacilityAllocator.allocate(c.lot(), c.tranches(), c.shares());
        Set<String> seen = new HashSet<>();
        for (Allocation.Winner winner : allocation.winners()) {
            for (Facility facility : winner.facilities()) {
                assertThat(seen.add(facility.id())).as("facility %s assigned twice", facility.id()).isTrue();
            }
        }
        assertThat(allocation.unawarded()).isEmpty();
        assertThat(seen).hasSize(c.lot().facilities().size());
    }

    @Property(tries = 500)
    void afterAPartialAwardEachFacilityIsAssignedOnceOrLeftForANewAuction(@ForAll("partialAwards") Case c) {
        Allocation allocation = FacilityAllocator.allocate(c.lot(), c.tranches(), c.shares());
        List<String> ids = new ArrayList<>();
        allocation.winners().forEach(w -> w.facilities().forEach(f -> ids.add(f.id())));
        allocation.unawarded().forEach(f -> ids.add(f.id()));
        assertThat(ids).doesNotHaveDuplicates().hasSize(c.lot().facilities().size());
    }

    @Property(tries = 300)
    void assignedKwhAddUpToTheLotAndTotalsToTheirParts(@ForAll("fullAwards") Case c) {
        AwardReport report = AwardReport.of(c.lot(), c.tranches(), Price.parse("27.30"), c.shares());
        long assigned = report.allocation().winners().stream().mapToLong(w -> w.assigned().value()).sum();
        assertThat(assigned).isEqualTo(c.lot().demand().value());
        Figures byWard = report.byWard().values().stream().reduce(Figures.NONE, Figures::plus);
        Figures byWinner = report.byWinner().values().stream().reduce(Figures.NONE, Figures::plus);
        assertThat(byWard).isEqualTo(report.totals());
        assertThat(byWinner).isEqualTo(report.totals());
        assertThat(report.totals().co2Reduction().grams()).isEqualTo(c.lot().demand().value() * 433);
    }
}
