package jp.tomoni.core.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.tomoni.core.lot.Facility;
import jp.tomoni.core.lot.FactorKind;
import jp.tomoni.core.lot.Lot;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.core.unit.EmissionFactor;
import jp.tomoni.core.unit.Kwh;
import jp.tomoni.core.unit.Price;
import org.junit.jupiter.api.Test;

/** Award to facilities, and the money and carbon of an award. */
class AwardReportTest {

    private static final ReportedFactor PLANNING = new ReportedFactor(EmissionFactor.parse("0.433"),
            FactorKind.ADJUSTED, 2022);
    private static final ReportedFactor RENEWABLE = new ReportedFactor(EmissionFactor.ZERO, FactorKind.ADJUSTED, 2022);

    private static Facility facility(String id, String ward, long kwh, String currentPrice) {
        return new Facility(id, ward, Kwh.of(kwh), currentPrice == null ? null : Price.parse(currentPrice), PLANNING);
    }

    @Test
    void theWardsCheckFigureOneOfficeSwitchedToRenewablesSaves1645TonnesOr571Households() {
        Lot office = new Lot(List.of(facility("HQ", "13104", 3_800_000, "27.80")));
        AwardReport report = AwardReport.of(office, 1, Price.parse("26.99"),
                List.of(new WinnerShare("R", 1, RENEWABLE)));
        Figures totals = report.totals();
        assertThat(totals.co2Reduction().grams()).isEqualTo(1_645_400_000L);
        assertThat(totals.co2Reduction().kilograms()).isEqualTo(1_645_400);
        assertThat(totals.co2Reduction().tonnes()).isEqualTo(1_645);
        assertThat(totals.co2Reduction().households()).isEqualTo(571);
        assertThat(totals.annualCost().value()).isEqualTo(102_562_000);
        assertThat(totals.saving().value()).isEqualTo(3_078_000);
    }

    @Test
    void facilitiesGoLargestFirstToTheWinnerWithTheLargestShortfallTiesByBidderId() {
        Lot lot = new Lot(List.of(facility("F1", "13101", 3_800_000, null), facility("F2", "13111", 2_600_000, null),
                facility("F3", "13123", 2_150_000, null), facility("F4", "13109", 1_430_000, null),
                facility("F5", "13112", 420_000, null)));
        Allocation allocation = FacilityAllocator.allocate(lot, 10, List.of(new WinnerShare("R-C", 2, RENEWABLE),
                new WinnerShare("R-B", 4, RENEWABLE), new WinnerShare("R-A", 4, RENEWABLE)));
        assertThat(allocation.winners()).extracting(w -> w.share().bidder(),
                        w -> w.facilities().stream().map(Facility::id).toList(), w -> w.assigned().value(),
                        w -> w.target().value(), Allocation.Winner::differenceKwh)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("R-A", List.of("F1", "F5"), 4_220_000L, 4_160_000L, 60_000L),
                        org.assertj.core.groups.Tuple.tuple("R-B", List.of("F2", "F4"), 4_030_000L, 4_160_000L, -130_000L),
                        org.assertj.core.groups.Tuple.tuple("R-C", List.of("F3"), 2_150_000L, 2_080_000L, 70_000L));
        assertThat(allocation.unawarded()).isEmpty();
    }

    @Test
    void equalFacilitiesAreTakenInIdOrder() {
        Lot lot = new Lot(List.of(facility("F-B", "13101", 100, null), facility("F-A", "13101", 100, null)));
        Allocation allocation = FacilityAllocator.allocate(lot, 2, List.of(new WinnerShare("X", 1, RENEWABLE),
                new WinnerShare("Y", 1, RENEWABLE)));
        assertThat(allocation.winners().get(0).facilities()).extracting(Facility::id).containsExactly("F-A");
        assertThat(allocation.winners().get(1).facilities()).extracting(Facility::id).containsExactly("F-B");
    }

    @Test
    void afterAPartialAwardFacilitiesBeyondTheWinnersTargetsStayUnawarded() {
        Lot lot = new Lot(List.of(facility("F1", "13101", 500, null), facility("F2", "13101", 300, null),
                facility("F3", "13101", 200, null)));
        Allocation allocation = FacilityAllocator.allocate(lot, 10, List.of(new WinnerShare("X", 5, RENEWABLE)));
        assertThat(allocation.winners().get(0).facilities()).extracting(Facility::id).containsExactly("F1");
        assertThat(allocation.unawarded()).extracting(Facility::id).containsExactly("F2", "F3");
    }

    @Test
    void costIsRoundedHalfUpOncePerFacilityAndTotalsAddTheRoundedCosts() {
        Lot lot = new Lot(List.of(facility("F1", "13101", 1, "0.00"), facility("F2", "13102", 1, "0.00")));
        AwardReport report = AwardReport.of(lot, 1, Price.parse("0.50"), List.of(new WinnerShare("X", 1, RENEWABLE)));
        assertThat(report.lines()).extracting(l -> l.figures().annualCost().value()).containsExactly(1L, 1L);
        assertThat(report.totals().annualCost().value()).isEqualTo(2);
        assertThat(report.totals().saving().value()).isEqualTo(-2);
    }

    @Test
    void savingCountsOnlyFacilitiesWithAKnownCurrentPriceAndEachWardIsSummedApart() {
        Lot lot = new Lot(List.of(facility("F1", "13101", 1_000, "30.00"), facility("F2", "13101", 1_000, null),
                facility("F3", "13102", 2_000, "25.00")));
        AwardReport report = AwardReport.of(lot, 1, Price.parse("27.00"), List.of(new WinnerShare("X", 1, RENEWABLE)));
        assertThat(report.totals().saving().value()).isEqualTo(3_000 - 4_000);
        assertThat(report.totals().withoutCurrentPrice()).isEqualTo(1);
        assertThat(report.byWard().get("13101").saving().value()).isEqualTo(3_000);
        assertThat(report.byWard().get("13101").annualKwh().value()).isEqualTo(2_000);
        assertThat(report.byWard().get("13102").saving().value()).isEqualTo(-4_000);
        assertThat(report.factors()).containsExactly(PLANNING, RENEWABLE);
    }

    @Test
    void aPlanDirtierThanTheBaselineGivesANegativeReduction() {
        ReportedFactor dirty = new ReportedFactor(EmissionFactor.parse("0.500"), FactorKind.BASIC, 2023);
        Lot lot = new Lot(List.of(facility("F1", "13101", 1_000, null)));
        AwardReport report = AwardReport.of(lot, 1, Price.parse("27.00"), List.of(new WinnerShare("X", 1, dirty)));
        assertThat(report.totals().co2Reduction().grams()).isEqualTo(-67_000);
        assertThat(report.totals().co2Reduction().kilograms()).isEqualTo(-67);
    }
}
