package jp.tomoni.replay;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import jp.tomoni.core.clock.ClockCommand;
import jp.tomoni.core.clock.ClockParameters;
import jp.tomoni.core.lot.Facility;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.core.reverse.OpenReverseParameters;
import jp.tomoni.core.reverse.ReverseCommand;
import jp.tomoni.core.unit.Percentage;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link Scenario} as a scenario file in the format of {@code shared/scenario-format.md}, such that
 * {@link ScenarioReader#read} gives back an equal scenario and a replay of the file gives the same result.
 *
 * <p>Rules of the output:
 * <ul>
 *   <li>Every parameter is written explicitly, defaults included (floor price, decrements, load cap, partial
 *       award, minimum step, soft-close window, extension and their cap), so that a file never depends on
 *       the defaults of the version that reads it. Only {@code reservePrice} and a facility's
 *       {@code currentPrice} are left out, when they are {@code null}.</li>
 *   <li>Prices are decimal strings with exactly two decimals, factors with exactly three, percentages as
 *       the shortest decimal string ({@code "5"}, {@code "2.5"}, {@code "1.25"}).</li>
 *   <li>OPEN_REVERSE times are ISO-8601 with the scenario's {@link Scenario#offset()}, always with seconds
 *       ({@code 2026-12-10T17:00:00+09:00}, or {@code ...Z} for UTC); durations are whole minutes.</li>
 *   <li>Every bidder has {@code planFactor}, {@code planFactorKind} and {@code planFactorFiscalYear};
 *       {@code eligibility} only for CLOCK; {@code qualified} only when it is {@code false}.</li>
 *   <li>A CLOCK bid has {@code round} only when it names a round other than that of the list it is in
 *       (list {@code k}, 0-based, is round {@code k + 1}): an exported late bid. {@code exitPrice} is left
 *       out when {@code null}.</li>
 *   <li>The output is pretty-printed JSON ending with a newline, the same bytes for an equal scenario.</li>
 * </ul>
 * A CLOCK scenario's {@code offset} is not written, since the format has no times for CLOCK: it reads back as
 * {@code null}. Likewise an OPEN_REVERSE bidder's eligibility is not written and reads back as 0.
 */
public final class ScenarioWriter {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ScenarioWriter() {
    }

    /**
     * The scenario as a scenario file.
     *
     * @throws IllegalArgumentException when the scenario cannot be written faithfully: neither or both of
     *                                  {@code clock} and {@code openReverse} set, bids of the other format
     *                                  present, an OPEN_REVERSE scenario without an offset, or a duration
     *                                  that is not a whole number of minutes
     */
    public static String write(Scenario scenario) {
        boolean clock = scenario.clock() != null;
        if (clock == (scenario.openReverse() != null)) {
            throw new IllegalArgumentException("a scenario has exactly one of clock and openReverse parameters");
        }
        if (clock ? !isEmpty(scenario.bids()) : !isEmpty(scenario.rounds())) {
            throw new IllegalArgumentException("a " + scenario.format() + " scenario cannot hold "
                    + (clock ? "OPEN_REVERSE bids" : "CLOCK rounds"));
        }
        if (!clock && scenario.offset() == null) {
            throw new IllegalArgumentException("an OPEN_REVERSE scenario needs the offset to write its times with");
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("auctionId", scenario.auctionId());
        root.put("format", scenario.format());
        ArrayNode facilities = root.putObject("lot").putArray("facilities");
        scenario.lot().facilities().forEach(f -> facility(facilities.addObject(), f));
        if (clock) {
            clock(root.putObject("clock"), scenario.clock());
        } else {
            openReverse(root.putObject("openReverse"), scenario.openReverse(), scenario.offset());
        }
        root.put("tieBreakSeed", scenario.seed().hex());
        ArrayNode bidders = root.putArray("bidders");
        scenario.bidders().forEach(b -> bidder(bidders.addObject(), b, clock));
        if (clock) {
            rounds(root.putArray("rounds"), scenario.rounds());
        } else {
            ArrayNode bids = root.putArray("bids");
            for (ReverseCommand.Bid bid : scenario.bids()) {
                bids.addObject().put("bidder", bid.bidder()).put("at", time(bid.at(), scenario.offset()))
                        .put("price", bid.price().toString());
            }
        }
        return JSON.writeValueAsString(root) + "\n";
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }

    private static void facility(ObjectNode node, Facility facility) {
        node.put("id", facility.id()).put("ward", facility.ward()).put("annualKwh", facility.annualKwh().value());
        if (facility.currentPrice() != null) {
            node.put("currentPrice", facility.currentPrice().toString());
        }
        ReportedFactor baseline = facility.baseline();
        node.putObject("baselineFactor").put("value", baseline.value().toString())
                .put("kind", baseline.kind().label()).put("fiscalYear", baseline.fiscalYear());
    }

    private static void clock(ObjectNode node, ClockParameters p) {
        node.put("tranches", p.tranches()).put("startPrice", p.startPrice().toString());
        if (p.reservePrice() != null) {
            node.put("reservePrice", p.reservePrice().toString());
        }
        node.put("floorPrice", p.floorPrice().toString())
                .put("decrementPercentOfCurrent", percent(p.decrementOfCurrent()))
                .put("decrementPercentOfStart", percent(p.decrementOfStart()))
                .put("loadCap", p.loadCap())
                .put("allowPartialAward", p.allowPartialAward());
    }

    private static void openReverse(ObjectNode node, OpenReverseParameters p, ZoneOffset offset) {
        node.put("opensAt", time(p.opensAt(), offset)).put("closesAt", time(p.closesAt(), offset))
                .put("ceilingPrice", p.ceilingPrice().toString());
        if (p.reservePrice() != null) {
            node.put("reservePrice", p.reservePrice().toString());
        }
        node.put("minStep", p.minStep().toString())
                .put("softCloseWindowMinutes", minutes(p.softCloseWindow(), "soft-close window"))
                .put("extensionMinutes", minutes(p.extension(), "extension"))
                .put("maxExtensions", p.maxExtensions());
    }

    private static void bidder(ObjectNode node, Scenario.Bidder bidder, boolean clock) {
        node.put("id", bidder.id());
        if (clock) {
            node.put("eligibility", bidder.eligibility());
        }
        if (!bidder.qualified()) {
            node.put("qualified", false);
        }
        ReportedFactor plan = bidder.planFactor();
        node.put("planFactor", plan.value().toString()).put("planFactorKind", plan.kind().label())
                .put("planFactorFiscalYear", plan.fiscalYear());
    }

    private static void rounds(ArrayNode rounds, List<List<ClockCommand.Bid>> bidsByRound) {
        for (int k = 0; k < bidsByRound.size(); k++) {
            ArrayNode bids = rounds.addObject().putArray("bids");
            for (ClockCommand.Bid bid : bidsByRound.get(k)) {
                ObjectNode node = bids.addObject().put("bidder", bid.bidder());
                if (bid.round() != k + 1) {
                    node.put("round", bid.round());
                }
                node.put("quantity", bid.quantity());
                if (bid.exitPrice() != null) {
                    node.put("exitPrice", bid.exitPrice().toString());
                }
            }
        }
    }

    private static String time(Instant instant, ZoneOffset offset) {
        return ISO_OFFSET_DATE_TIME.format(instant.atOffset(offset));
    }

    /** A percentage as its shortest decimal text: 500 basis points is "5", 250 is "2.5", 125 is "1.25". */
    private static String percent(Percentage percentage) {
        int bp = percentage.basisPoints();
        int whole = bp / 100;
        int fraction = bp % 100;
        if (fraction == 0) {
            return Integer.toString(whole);
        }
        return fraction % 10 == 0 ? whole + "." + fraction / 10 : whole + "." + (fraction < 10 ? "0" : "") + fraction;
    }

    private static int minutes(Duration duration, String what) {
        long minutes = duration.toMinutes();
        if (!duration.equals(Duration.ofMinutes(minutes)) || minutes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the " + what + " of " + duration
                    + " is not a whole number of minutes that the scenario format can hold");
        }
        return (int) minutes;
    }
}
