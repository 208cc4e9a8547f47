package jp.tomoni.engine;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * The period the winners supply the lot's facilities, from {@code start} to {@code end}, both days included:
 * a parameter of an auction that bidders see before they bid and that every contract sheet states.
 *
 * <p>Bounds: both dates in the years 2000 to 2100, {@code end} on or after {@code start}, and the period at most
 * {@value #MAX_MONTHS} months long (tender documents commonly ask for 12 to 24). Public bodies in Japan count
 * fiscal years from 1 April; {@link #fiscalYearAfter} gives the usual period, one fiscal year.
 *
 * @param start the first day of supply
 * @param end   the last day of supply
 */
public record SupplyPeriod(LocalDate start, LocalDate end) {

    /** The longest period an auction may ask for, in months. */
    public static final int MAX_MONTHS = 36;

    private static final MonthDay FISCAL_YEAR_START = MonthDay.of(4, 1);

    /** @throws IllegalArgumentException when the period is out of its bounds ({@link #problem}) */
    public SupplyPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        String problem = problem(start, end);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** What is wrong with a period from {@code start} to {@code end}, or {@code null} when it is within bounds. */
    public static String problem(LocalDate start, LocalDate end) {
        if (start.getYear() < 2000 || start.getYear() > 2100 || end.getYear() < 2000 || end.getYear() > 2100) {
            return "the supply period's dates lie in the years 2000 to 2100";
        }
        if (end.isBefore(start)) {
            return "the supply period ends on or after the day it starts";
        }
        if (end.plusDays(1).isAfter(start.plusMonths(MAX_MONTHS))) {
            return "the supply period lasts at most " + MAX_MONTHS + " months";
        }
        return null;
    }

    /**
     * One fiscal year from the first 1 April after {@code day}: for 2026-12-01 that is 2027-04-01 to 2028-03-31,
     * and for 2027-04-01 itself 2028-04-01 to 2029-03-31 (a contract is signed before supply starts).
     */
    public static SupplyPeriod fiscalYearAfter(LocalDate day) {
        LocalDate start = FISCAL_YEAR_START.atYear(day.getYear());
        if (!start.isAfter(day)) {
            start = start.plusYears(1);
        }
        return new SupplyPeriod(start, start.plusYears(1).minusDays(1));
    }

    /** The period as ISO dates, {@code 2027-04-01/2028-03-31}. */
    @Override
    public String toString() {
        return start + "/" + end;
    }
}
