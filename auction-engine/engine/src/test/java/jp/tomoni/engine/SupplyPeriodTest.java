package jp.tomoni.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;

/** A supply period's bounds, and the usual period: one fiscal year from the first 1 April after a day. */
class SupplyPeriodTest {

    @Test
    void theUsualPeriodIsTheNextFiscalYear() {
        assertThat(SupplyPeriod.fiscalYearAfter(LocalDate.parse("2026-12-01")))
                .isEqualTo(new SupplyPeriod(LocalDate.parse("2027-04-01"), LocalDate.parse("2028-03-31")));
        assertThat(SupplyPeriod.fiscalYearAfter(LocalDate.parse("2027-03-31")).start()).hasToString("2027-04-01");
        assertThat(SupplyPeriod.fiscalYearAfter(LocalDate.parse("2027-04-01")).start()).hasToString("2028-04-01");
        assertThat(SupplyPeriod.fiscalYearAfter(LocalDate.parse("2028-02-29")).end()).hasToString("2029-03-31");
    }

    @Property
    void theUsualPeriodStartsOnAFirstOfAprilAfterTheDayAndLastsOneYear(
            @ForAll @DateRange(min = "2000-01-01", max = "2098-12-31") LocalDate day) {
        SupplyPeriod period = SupplyPeriod.fiscalYearAfter(day);
        assertThat(period.start()).isAfter(day).isBeforeOrEqualTo(day.plusYears(1));
        assertThat(period.start().getMonthValue()).isEqualTo(4);
        assertThat(period.start().getDayOfMonth()).isEqualTo(1);
        assertThat(period.end().plusDays(1)).isEqualTo(period.start().plusYears(1));
    }

    @Test
    void aPeriodEndsOnOrAfterItsStartLastsAtMostThirtySixMonthsAndLiesIn2000To2100() {
        LocalDate april = LocalDate.parse("2027-04-01");
        assertThat(new SupplyPeriod(april, april).end()).isEqualTo(april);
        assertThat(new SupplyPeriod(april, LocalDate.parse("2030-03-31")).end()).hasToString("2030-03-31");
        assertThat(SupplyPeriod.problem(april, LocalDate.parse("2030-04-01"))).contains("36 months");
        assertThat(SupplyPeriod.problem(april, april.minusDays(1))).contains("on or after");
        assertThat(SupplyPeriod.problem(LocalDate.parse("1999-12-31"), april)).contains("2000 to 2100");
        assertThat(SupplyPeriod.problem(LocalDate.parse("2100-12-01"), LocalDate.parse("2101-01-01")))
                .contains("2000 to 2100");
        assertThatThrownBy(() -> new SupplyPeriod(april, april.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
