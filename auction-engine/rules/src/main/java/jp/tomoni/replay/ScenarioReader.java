package jp.tomoni.replay;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.tomoni.core.clock.ClockCommand;
import jp.tomoni.core.clock.ClockParameters;
import jp.tomoni.core.draw.TieBreakSeed;
import jp.tomoni.core.lot.Facility;
import jp.tomoni.core.lot.FactorKind;
import jp.tomoni.core.lot.Lot;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.core.reverse.OpenReverseParameters;
import jp.tomoni.core.reverse.ReverseCommand;
import jp.tomoni.core.unit.EmissionFactor;
import jp.tomoni.core.unit.Kwh;
import jp.tomoni.core.unit.Percentage;
import jp.tomoni.core.unit.Price;
import jp.tomoni.json.InvalidInputException;
import jp.tomoni.json.JsonField;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a scenario file as {@code shared/scenario-format.md} defines it, failing on the first problem with
 * its place. Unknown fields are refused, so that a misspelt optional field cannot silently change a result.
 */
public final class ScenarioReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScenarioReader() {
    }

    /** Parses a scenario from JSON text. */
    public static Scenario read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String place = at == null ? "file" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidInputException(place, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidInputException("file", "is empty");
        }
        return read(new JsonField(root, "").object(Set.of("auctionId", "format", "lot", "clock", "openReverse",
                "tieBreakSeed", "bidders", "rounds", "bids")));
    }

    private static Scenario read(JsonField root) {
        String auctionId = root.required("auctionId").text();
        JsonField format = root.required("format");
        String kind = format.text();
        Lot lot = lot(root.required("lot").object(Set.of("facilities")));
        TieBreakSeed seed = root.required("tieBreakSeed").parsed(TieBreakSeed::parse);
        boolean clock = "CLOCK".equals(kind);
        if (!clock && !"OPEN_REVERSE".equals(kind)) {
            throw new InvalidInputException(format.place(), "must be \"CLOCK\" or \"OPEN_REVERSE\", not \"" + kind + "\"");
        }
        forbid(root, clock ? "openReverse" : "clock", kind);
        forbid(root, clock ? "bids" : "rounds", kind);
        List<Scenario.Bidder> bidders = bidders(root.required("bidders"), clock, lot.latestBaselineFiscalYear());
        if (clock) {
            ClockParameters parameters = clockParameters(root.required("clock"));
            return new Scenario(auctionId, lot, parameters, null, null, seed, bidders,
                    rounds(root.optional("rounds")), List.of());
        }
        JsonField section = root.required("openReverse");
        OffsetDateTime opensAt = section.required("opensAt").time();
        return new Scenario(auctionId, lot, null, openReverse(section, opensAt), opensAt.getOffset(), seed,
                bidders, List.of(), reverseBids(root.optional("bids")));
    }

    private static void forbid(JsonField root, String name, String kind) {
        JsonField present = root.optional(name);
        if (present != null) {
            throw new InvalidInputException(present.place(), "does not belong in a " + kind + " scenario");
        }
    }

    private static Lot lot(JsonField section) {
        List<Facility> facilities = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonField f : section.required("facilities").elements()) {
            f.object(Set.of("id", "ward", "annualKwh", "currentPrice", "baselineFactor"));
            JsonField id = f.required("id");
            if (!ids.add(id.text())) {
                throw new InvalidInputException(id.place(), "facility id \"" + id.text() + "\" appears twice");
            }
            JsonField kwh = f.required("annualKwh");
            if (kwh.wholeNumber() < 0) {
                throw new InvalidInputException(kwh.place(), "annual kWh cannot be negative");
            }
            JsonField current = f.optional("currentPrice");
            facilities.add(new Facility(id.text(), f.required("ward").text(), Kwh.of(kwh.wholeNumber()),
                    current == null ? null : current.price(), factor(f.required("baselineFactor"))));
        }
        if (facilities.isEmpty()) {
            throw new InvalidInputException("lot.facilities", "a lot needs at least one facility");
        }
        return new Lot(facilities);
    }

    /** Reads an emission factor object {@code {value, kind, fiscalYear}}. */
    public static ReportedFactor factor(JsonField f) {
        f.object(Set.of("value", "kind", "fiscalYear"));
        return new ReportedFactor(f.required("value").parsed(EmissionFactor::parse),
                f.required("kind").parsed(FactorKind::parse), fiscalYear(f.required("fiscalYear")));
    }

    private static int fiscalYear(JsonField f) {
        int year = f.smallNumber();
        if (year < 1990 || year > 2100) {
            throw new InvalidInputException(f.place(), "fiscal year " + year + " is out of range");
        }
        return year;
    }

    private static List<Scenario.Bidder> bidders(JsonField list, boolean clock, int defaultYear) {
        List<Scenario.Bidder> bidders = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonField b : list.elements()) {
            b.object(Set.of("id", "eligibility", "qualified", "planFactor", "planFactorKind", "planFactorFiscalYear"));
            JsonField id = b.required("id");
            if (!ids.add(id.text())) {
                throw new InvalidInputException(id.place(), "bidder id \"" + id.text() + "\" appears twice");
            }
            int eligibility = clock ? b.required("eligibility").smallNumber() : 0;
            if (eligibility < 0) {
                throw new InvalidInputException(b.place() + ".eligibility", "cannot be negative");
            }
            JsonField qualified = b.optional("qualified");
            JsonField value = b.optional("planFactor");
            JsonField kind = b.optional("planFactorKind");
            JsonField year = b.optional("planFactorFiscalYear");
            ReportedFactor plan = new ReportedFactor(
                    value == null ? EmissionFactor.ZERO : value.parsed(EmissionFactor::parse),
                    kind == null ? FactorKind.ADJUSTED : kind.parsed(FactorKind::parse),
                    year == null ? defaultYear : fiscalYear(year));
            bidders.add(new Scenario.Bidder(id.text(), eligibility, qualified == null || qualified.bool(), plan));
        }
        return bidders;
    }

    /** Reads a {@code clock} section: the CLOCK parameters, with the rules' defaults for what is absent. */
    public static ClockParameters clockParameters(JsonField c) {
        c.object(Set.of("tranches", "startPrice", "reservePrice", "floorPrice", "decrementPercentOfCurrent",
                "decrementPercentOfStart", "loadCap", "allowPartialAward"));
        int tranches = c.required("tranches").smallNumber();
        JsonField reserve = c.optional("reservePrice");
        JsonField floor = c.optional("floorPrice");
        JsonField a = c.optional("decrementPercentOfCurrent");
        JsonField b = c.optional("decrementPercentOfStart");
        JsonField cap = c.optional("loadCap");
        JsonField partial = c.optional("allowPartialAward");
        try {
            return new ClockParameters(tranches, c.required("startPrice").price(),
                    reserve == null ? null : reserve.price(),
                    floor == null ? Price.ONE_HUNDREDTH : floor.price(),
                    a == null ? new Percentage(500) : a.parsed(Percentage::parse),
                    b == null ? new Percentage(100) : b.parsed(Percentage::parse),
                    cap == null ? tranches : cap.smallNumber(), partial != null && partial.bool());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(c.place(), e.getMessage());
        }
    }

    /** Reads an {@code openReverse} section whose {@code opensAt} has been read already. */
    public static OpenReverseParameters openReverse(JsonField o, OffsetDateTime opensAt) {
        o.object(Set.of("opensAt", "closesAt", "ceilingPrice", "reservePrice", "minStep", "softCloseWindowMinutes",
                "extensionMinutes", "maxExtensions"));
        JsonField reserve = o.optional("reservePrice");
        JsonField step = o.optional("minStep");
        try {
            return new OpenReverseParameters(opensAt.toInstant(), o.required("closesAt").time().toInstant(),
                    o.required("ceilingPrice").price(), reserve == null ? null : reserve.price(),
                    step == null ? Price.ONE_HUNDREDTH : step.price(),
                    Duration.ofMinutes(minutes(o, "softCloseWindowMinutes", 30)),
                    Duration.ofMinutes(minutes(o, "extensionMinutes", 30)), minutes(o, "maxExtensions", 10));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(o.place(), e.getMessage());
        }
    }

    private static int minutes(JsonField o, String name, int fallback) {
        JsonField f = o.optional(name);
        return f == null ? fallback : f.smallNumber();
    }

    private static List<List<ClockCommand.Bid>> rounds(JsonField list) {
        List<List<ClockCommand.Bid>> rounds = new ArrayList<>();
        if (list == null) {
            return rounds;
        }
        for (JsonField round : list.elements()) {
            round.object(Set.of("bids"));
            int number = rounds.size() + 1;
            List<ClockCommand.Bid> bids = new ArrayList<>();
            for (JsonField bid : round.required("bids").elements()) {
                bid.object(Set.of("bidder", "quantity", "exitPrice", "round"));
                JsonField exit = bid.optional("exitPrice");
                JsonField named = bid.optional("round");
                bids.add(new ClockCommand.Bid(bid.required("bidder").text(),
                        named == null ? number : named.smallNumber(), bid.required("quantity").smallNumber(),
                        exit == null ? null : exit.price()));
            }
            rounds.add(bids);
        }
        return rounds;
    }

    private static List<ReverseCommand.Bid> reverseBids(JsonField list) {
        List<ReverseCommand.Bid> bids = new ArrayList<>();
        if (list == null) {
            return bids;
        }
        for (JsonField bid : list.elements()) {
            bid.object(Set.of("bidder", "at", "price"));
            bids.add(new ReverseCommand.Bid(bid.required("bidder").text(), bid.required("at").time().toInstant(),
                    bid.required("price").price()));
        }
        return bids;
    }
}
