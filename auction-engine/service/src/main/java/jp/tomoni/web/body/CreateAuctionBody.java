package jp.tomoni.web.body;

import static jp.tomoni.web.body.BodyValueException.required;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.tomoni.core.clock.ClockParameters;
import jp.tomoni.core.reverse.OpenReverseParameters;
import jp.tomoni.core.unit.Percentage;
import jp.tomoni.core.unit.Price;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.Limits;
import jp.tomoni.engine.SupplyPeriod;

/**
 * The body of a create or a re-auction: {@code {auctionId?, lotId, format, clock{...} | openReverse{...},
 * schedule{roundSeconds, recessSeconds?}, bidders[]?}}. A CLOCK auction has {@code clock} and {@code schedule}
 * and no {@code openReverse}; an OPEN_REVERSE one has {@code openReverse} and neither of the others. The
 * sections take the scenario format's fields with the rules' defaults, and the rules' own parameter records
 * ({@link ClockParameters}, {@link OpenReverseParameters}) judge them while the body is read, so that a bound
 * body always makes a valid command.
 *
 * @param auctionId   the new auction's id, or {@code null} to have one made up
 * @param lotId       the lot; required by a create, and in a re-auction the failed auction's lot when given
 * @param format      {@code CLOCK} or {@code OPEN_REVERSE}
 * @param clock       the CLOCK parameters
 * @param openReverse the OPEN_REVERSE parameters
 * @param schedule    a CLOCK auction's round length and recess
 * @param bidders     the retailers invited; absent or empty means every retailer qualified at creation
 * @param confirmSecondAward {@code true} to auction a lot whose award is already approved (buying its facilities
 *                    a second time); otherwise such a lot is refused with 409 {@code LOT_ALREADY_AWARDED}
 * @param supplyPeriod the period the winners supply the lot, shown to bidders before they bid; absent means one
 *                    fiscal year from the first 1 April after the day the auction is created (in Japan)
 * @param securityPerTrancheYen the security a retailer must have posted per tranche it may offer (1 to
 *                    10<sup>15</sup> yen): its eligibility is its security divided by this, rounded down, and a
 *                    retailer whose security buys no tranche is not invited; absent keeps the typed eligibilities
 */
public record CreateAuctionBody(Identifier auctionId, Identifier lotId, String format, ClockSection clock,
                                OpenReverseSection openReverse, ScheduleSection schedule, List<Identifier> bidders,
                                Boolean confirmSecondAward, SupplyPeriodSection supplyPeriod,
                                Long securityPerTrancheYen) {

    /** The format of a descending clock auction. */
    public static final String CLOCK = "CLOCK";
    /** The format of an open reverse auction with soft close. */
    public static final String OPEN_REVERSE = "OPEN_REVERSE";

    public CreateAuctionBody {
        required(format, "format");
        if (CLOCK.equals(format)) {
            required(clock, "clock");
            required(schedule, "schedule");
            absent(openReverse, "openReverse", format);
        } else if (OPEN_REVERSE.equals(format)) {
            required(openReverse, "openReverse");
            absent(clock, "clock", format);
            absent(schedule, "schedule", format);
        } else {
            throw new BodyValueException("UNKNOWN_FORMAT", "format", "must be \"" + CLOCK + "\" or \"" + OPEN_REVERSE
                    + "\", not \"" + Text.visible(format, 40) + "\"");
        }
        bidders = bidders == null ? List.of() : List.copyOf(bidders);
        if (securityPerTrancheYen != null && (securityPerTrancheYen < 1
                || securityPerTrancheYen > Limits.MAX_SECURITY_PER_TRANCHE_YEN)) {
            throw new BodyValueException("OUT_OF_RANGE", "securityPerTrancheYen", "the security per tranche lies"
                    + " between 1 and " + Limits.MAX_SECURITY_PER_TRANCHE_YEN + " yen");
        }
    }

    private static void absent(Object section, String name, String format) {
        if (section != null) {
            throw new BodyValueException("UNKNOWN_FIELD", name, "does not belong to a " + format + " auction");
        }
    }

    /**
     * The engine's command for this body.
     *
     * @param id          the auction's id ({@link #auctionId} or one made up)
     * @param lot         the lot to auction
     * @param seedHex     the tie-break seed generated for it
     * @param reauctionOf the failed auction this one re-auctions, or {@code null}
     * @param today       the day in Japan, from which an absent supply period is reckoned
     */
    public EngineCommand command(String id, String lot, String seedHex, String reauctionOf, LocalDate today) {
        List<String> invited = bidders.stream().map(Identifier::value).toList();
        SupplyPeriod period = supplyPeriod == null ? SupplyPeriod.fiscalYearAfter(today) : supplyPeriod.period();
        if (CLOCK.equals(format)) {
            return new EngineCommand.CreateClockAuction(id, lot, clock.parameters(), schedule.roundLength(),
                    schedule.recess(), seedHex, invited, reauctionOf, period, securityPerTrancheYen);
        }
        return new EngineCommand.CreateReverseAuction(id, lot, openReverse.parameters(), seedHex, invited, reauctionOf,
                period, securityPerTrancheYen);
    }

    /**
     * The {@code supplyPeriod} section: {@code start} and {@code end}, ISO dates, both days included, within the
     * bounds of {@link SupplyPeriod} (OUT_OF_RANGE with field {@code supplyPeriod}); a date that is not one is
     * INVALID_DATE.
     */
    public record SupplyPeriodSection(LocalDate start, LocalDate end) {

        public SupplyPeriodSection {
            required(start, "start");
            required(end, "end");
            String problem = SupplyPeriod.problem(start, end);
            if (problem != null) {
                throw new BodyValueException("OUT_OF_RANGE", null, problem);
            }
        }

        /** The engine's period. */
        public SupplyPeriod period() {
            return new SupplyPeriod(start, end);
        }
    }

    /**
     * The {@code clock} section: {@code tranches} and {@code startPrice} are required; the others take the
     * rules' defaults ({@link ClockParameters#withDefaults}).
     */
    public record ClockSection(Integer tranches, Price startPrice, Price reservePrice, Price floorPrice,
                               Percentage decrementPercentOfCurrent, Percentage decrementPercentOfStart,
                               Integer loadCap, Boolean allowPartialAward) {

        /** @throws IllegalArgumentException when the rules refuse the parameters together */
        public ClockSection {
            required(tranches, "tranches");
            required(startPrice, "startPrice");
            parameters(tranches, startPrice, reservePrice, floorPrice, decrementPercentOfCurrent,
                    decrementPercentOfStart, loadCap, allowPartialAward);
        }

        /** The rules' parameters. */
        public ClockParameters parameters() {
            return parameters(tranches, startPrice, reservePrice, floorPrice, decrementPercentOfCurrent,
                    decrementPercentOfStart, loadCap, allowPartialAward);
        }

        private static ClockParameters parameters(int tranches, Price start, Price reserve, Price floor,
                                                  Percentage ofCurrent, Percentage ofStart, Integer cap,
                                                  Boolean partial) {
            ClockParameters defaults = ClockParameters.withDefaults(tranches, start, reserve);
            return new ClockParameters(tranches, start, reserve, floor == null ? defaults.floorPrice() : floor,
                    ofCurrent == null ? defaults.decrementOfCurrent() : ofCurrent,
                    ofStart == null ? defaults.decrementOfStart() : ofStart, cap == null ? defaults.loadCap() : cap,
                    partial == null ? defaults.allowPartialAward() : partial);
        }
    }

    /**
     * A CLOCK auction's timetable: each round lasts {@code roundSeconds} (1 to 86,400), followed by a recess
     * of {@code recessSeconds} (0 to 86,400, default 0) before the next round opens ({@link Limits}).
     */
    public record ScheduleSection(Integer roundSeconds, Integer recessSeconds) {

        public ScheduleSection {
            required(roundSeconds, "roundSeconds");
            String round = Limits.roundLengthProblem(Duration.ofSeconds(roundSeconds));
            if (round != null) {
                throw new BodyValueException("OUT_OF_RANGE", "roundSeconds", round);
            }
            String recess = recessSeconds == null ? null : Limits.recessProblem(Duration.ofSeconds(recessSeconds));
            if (recess != null) {
                throw new BodyValueException("OUT_OF_RANGE", "recessSeconds", recess);
            }
        }

        /** How long each round is open. */
        public Duration roundLength() {
            return Duration.ofSeconds(roundSeconds);
        }

        /** The pause between rounds. */
        public Duration recess() {
            return Duration.ofSeconds(recessSeconds == null ? 0 : recessSeconds);
        }
    }

    /**
     * The {@code openReverse} section: {@code opensAt}, {@code closesAt} and {@code ceilingPrice} are required;
     * the others take the rules' defaults ({@link OpenReverseParameters#withDefaults}).
     */
    public record OpenReverseSection(OffsetDateTime opensAt, OffsetDateTime closesAt, Price ceilingPrice,
                                     Price reservePrice, Price minStep, Integer softCloseWindowMinutes,
                                     Integer extensionMinutes, Integer maxExtensions) {

        /** @throws IllegalArgumentException when the rules refuse the parameters together */
        public OpenReverseSection {
            required(opensAt, "opensAt");
            required(closesAt, "closesAt");
            required(ceilingPrice, "ceilingPrice");
            Limits.OutOfBounds bounds = Limits.reverseProblem(parameters(opensAt, closesAt, ceilingPrice,
                    reservePrice, minStep, softCloseWindowMinutes, extensionMinutes, maxExtensions));
            if (bounds != null) {
                throw new BodyValueException("OUT_OF_RANGE", bounds.field(), bounds.reason());
            }
        }

        /** The rules' parameters. */
        public OpenReverseParameters parameters() {
            return parameters(opensAt, closesAt, ceilingPrice, reservePrice, minStep, softCloseWindowMinutes,
                    extensionMinutes, maxExtensions);
        }

        private static OpenReverseParameters parameters(OffsetDateTime opens, OffsetDateTime closes, Price ceiling,
                                                        Price reserve, Price step, Integer window,
                                                        Integer extension, Integer cap) {
            OpenReverseParameters defaults = OpenReverseParameters.withDefaults(opens.toInstant(), closes.toInstant(),
                    ceiling, reserve);
            return new OpenReverseParameters(defaults.opensAt(), defaults.closesAt(), ceiling, reserve,
                    step == null ? defaults.minStep() : step,
                    window == null ? defaults.softCloseWindow() : Duration.ofMinutes(window),
                    extension == null ? defaults.extension() : Duration.ofMinutes(extension),
                    cap == null ? defaults.maxExtensions() : cap);
        }
    }
}
