package jp.tomoni.journal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import jp.tomoni.core.clock.ClockParameters;
import jp.tomoni.core.lot.FactorKind;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.core.reverse.OpenReverseParameters;
import jp.tomoni.core.unit.EmissionFactor;
import jp.tomoni.core.unit.Kwh;
import jp.tomoni.core.unit.Percentage;
import jp.tomoni.core.unit.Price;
import jp.tomoni.engine.EngineCommand.*;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.LotSelection;
import jp.tomoni.engine.SupplyPeriod;
import jp.tomoni.facility.FacilityRecord;
import jp.tomoni.facility.FacilityType;
import jp.tomoni.facility.VoltageClass;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The journal's format for commands: a kind (the command's name) and a JSON payload. Prices, factors and
 * percentages are decimal strings, times ISO-8601 instants, durations ISO-8601 durations. The format is part
 * of the journal's contract: changing it needs a migration.
 */
public final class CommandCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CommandCodec() {
    }

    /** The kind stored beside the payload. */
    public static String kind(EngineCommand command) {
        return command.getClass().getSimpleName();
    }

    /** The payload as JSON text. */
    public static String encode(EngineCommand command) {
        ObjectNode n = JSON.createObjectNode();
        if (OrganisationCodec.encode(command, n)) {
            return JSON.writeValueAsString(n);
        } else if (command instanceof SubmitClockBid c) {
            n.put("auctionId", c.auctionId()).put("retailerId", c.retailerId()).put("round", c.round())
                    .put("quantity", c.quantity()).put("exitPrice", text(c.exitPrice()))
                    .put("idempotencyKey", c.idempotencyKey()).put("requestHash", c.requestHash());
        } else if (command instanceof SubmitReverseBid c) {
            n.put("auctionId", c.auctionId()).put("retailerId", c.retailerId()).put("price", c.price().toString())
                    .put("idempotencyKey", c.idempotencyKey()).put("requestHash", c.requestHash());
        } else if (command instanceof ImportFacilities c) {
            ArrayNode list = n.putArray("facilities");
            c.facilities().forEach(f -> facility(list.addObject(), f));
        } else if (command instanceof CreateLot c) {
            n.put("lotId", c.lotId()).put("name", c.name());
            LotSelection s = c.selection();
            sorted(n.putArray("wards"), s.wards());
            sorted(n.putArray("types"), s.types().stream().map(Enum::name).toList());
            sorted(n.putArray("voltageClasses"), s.voltageClasses().stream().map(Enum::name).toList());
            sorted(n.putArray("facilityIds"), s.facilityIds());
            if (c.nameJa() != null) {
                n.put("nameJa", c.nameJa());
            }
            if (c.groupId() != null) {
                n.put("groupId", c.groupId());
            }
        } else if (command instanceof QualifyRetailer c) {
            n.put("retailerId", c.retailerId()).put("name", c.name()).put("registrationNumber", c.registrationNumber())
                    .put("securityYen", c.securityYen()).put("eligibility", c.eligibility()).put("apiKeyHash", c.apiKeyHash());
            factor(n.putObject("menuFactor"), c.menuFactor());
            if (c.securityExpiresOn() != null) {
                n.put("securityExpiresOn", c.securityExpiresOn().toString());
            }
        } else if (command instanceof CreateClockAuction c) {
            n.put("auctionId", c.auctionId()).put("lotId", c.lotId()).put("roundLength", c.roundLength().toString())
                    .put("recess", c.recess().toString()).put("seed", c.seedHex()).put("reauctionOf", c.reauctionOf());
            clock(n.putObject("parameters"), c.parameters());
            strings(n.putArray("bidders"), c.bidders());
            supplyPeriod(n, c.supplyPeriod());
            securityPerTranche(n, c.securityPerTrancheYen());
        } else if (command instanceof CreateReverseAuction c) {
            n.put("auctionId", c.auctionId()).put("lotId", c.lotId()).put("seed", c.seedHex())
                    .put("reauctionOf", c.reauctionOf());
            reverse(n.putObject("parameters"), c.parameters());
            strings(n.putArray("bidders"), c.bidders());
            supplyPeriod(n, c.supplyPeriod());
            securityPerTranche(n, c.securityPerTrancheYen());
        } else if (command instanceof ScheduleAuction c) {
            n.put("auctionId", c.auctionId()).put("startsAt", c.startsAt().toString());
        } else if (command instanceof CancelAuction c) {
            n.put("auctionId", c.auctionId()).put("reason", c.reason());
        } else if (command instanceof Recover c) {
            n.put("grace", c.grace().toString());
        } else if (!(command instanceof Tick)) {
            n.put("auctionId", auctionIdOf(command));
        }
        return JSON.writeValueAsString(n);
    }

    /** Reads a payload back into the command it was encoded from. */
    public static EngineCommand decode(String kind, String payload) {
        JsonNode n = JSON.readTree(payload);
        EngineCommand organisation = OrganisationCodec.decode(kind, n);
        if (organisation != null) {
            return organisation;
        }
        return switch (kind) {
            case "SubmitClockBid" -> new SubmitClockBid(s(n, "auctionId"), s(n, "retailerId"), n.get("round").intValue(),
                    n.get("quantity").intValue(), price(n.get("exitPrice")), s(n, "idempotencyKey"), s(n, "requestHash"));
            case "SubmitReverseBid" -> new SubmitReverseBid(s(n, "auctionId"), s(n, "retailerId"), price(n.get("price")),
                    s(n, "idempotencyKey"), s(n, "requestHash"));
            case "ImportFacilities" -> new ImportFacilities(list(n.get("facilities"), CommandCodec::facility));
            case "CreateLot" -> new CreateLot(s(n, "lotId"), s(n, "name"), new LotSelection(set(n, "wards", x -> x),
                    set(n, "types", FacilityType::valueOf), set(n, "voltageClasses", VoltageClass::valueOf),
                    set(n, "facilityIds", x -> x)), optional(n, "nameJa"), optional(n, "groupId"));
            case "QualifyRetailer" -> new QualifyRetailer(s(n, "retailerId"), s(n, "name"), s(n, "registrationNumber"),
                    factor(n.get("menuFactor")), n.get("securityYen").longValue(), n.get("eligibility").intValue(),
                    s(n, "apiKeyHash"), optional(n, "securityExpiresOn") == null ? null
                            : LocalDate.parse(s(n, "securityExpiresOn")));
            case "CreateClockAuction" -> new CreateClockAuction(s(n, "auctionId"), s(n, "lotId"), clock(n.get("parameters")),
                    Duration.parse(s(n, "roundLength")), Duration.parse(s(n, "recess")), s(n, "seed"),
                    list(n.get("bidders"), JsonNode::stringValue), s(n, "reauctionOf"), supplyPeriod(n),
                    securityPerTranche(n));
            case "CreateReverseAuction" -> new CreateReverseAuction(s(n, "auctionId"), s(n, "lotId"),
                    reverse(n.get("parameters")), s(n, "seed"), list(n.get("bidders"), JsonNode::stringValue),
                    s(n, "reauctionOf"), supplyPeriod(n), securityPerTranche(n));
            case "StartAuction" -> new StartAuction(s(n, "auctionId"));
            case "ScheduleAuction" -> new ScheduleAuction(s(n, "auctionId"), Instant.parse(s(n, "startsAt")));
            case "PauseAuction" -> new PauseAuction(s(n, "auctionId"));
            case "ResumeAuction" -> new ResumeAuction(s(n, "auctionId"));
            case "CancelAuction" -> new CancelAuction(s(n, "auctionId"), s(n, "reason"));
            case "ApproveAward" -> new ApproveAward(s(n, "auctionId"));
            case "Tick" -> new Tick();
            case "Recover" -> new Recover(Duration.parse(s(n, "grace")));
            default -> throw new IllegalArgumentException("unknown journal command kind " + kind);
        };
    }

    private static String auctionIdOf(EngineCommand command) {
        if (command instanceof StartAuction c) {
            return c.auctionId();
        } else if (command instanceof PauseAuction c) {
            return c.auctionId();
        } else if (command instanceof ResumeAuction c) {
            return c.auctionId();
        } else if (command instanceof ApproveAward c) {
            return c.auctionId();
        }
        throw new IllegalArgumentException("no journal format for " + command.getClass().getName());
    }

    private static void facility(ObjectNode n, FacilityRecord f) {
        n.put("wardCode", f.wardCode()).put("id", f.id()).put("name", f.name()).put("type", f.type().name())
                .put("voltageClass", f.voltageClass().name()).put("contractKw", f.contractKw())
                .put("annualKwh", f.annualKwh().value()).put("currentPrice", text(f.currentPrice()));
        factor(n.putObject("baseline"), f.baseline());
        if (f.nameJa() != null) {
            n.put("nameJa", f.nameJa());
        }
    }

    private static FacilityRecord facility(JsonNode n) {
        return new FacilityRecord(s(n, "wardCode"), s(n, "id"), s(n, "name"), FacilityType.valueOf(s(n, "type")),
                VoltageClass.valueOf(s(n, "voltageClass")), n.get("contractKw").longValue(),
                Kwh.of(n.get("annualKwh").longValue()), price(n.get("currentPrice")), factor(n.get("baseline")),
                optional(n, "nameJa"));
    }

    /** A text that entries journaled before it existed do not have ({@code nameJa}): {@code null} then. */
    private static String optional(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() ? null : v.stringValue();
    }

    private static void factor(ObjectNode n, ReportedFactor f) {
        n.put("value", f.value().toString()).put("kind", f.kind().label()).put("fiscalYear", f.fiscalYear());
    }

    private static ReportedFactor factor(JsonNode n) {
        return new ReportedFactor(EmissionFactor.parse(s(n, "value")), FactorKind.parse(s(n, "kind")),
                n.get("fiscalYear").intValue());
    }

    private static void clock(ObjectNode n, ClockParameters p) {
        n.put("tranches", p.tranches()).put("startPrice", p.startPrice().toString())
                .put("reservePrice", text(p.reservePrice())).put("floorPrice", p.floorPrice().toString())
                .put("decrementOfCurrentBp", p.decrementOfCurrent().basisPoints())
                .put("decrementOfStartBp", p.decrementOfStart().basisPoints()).put("loadCap", p.loadCap())
                .put("allowPartialAward", p.allowPartialAward());
    }

    private static ClockParameters clock(JsonNode n) {
        return new ClockParameters(n.get("tranches").intValue(), price(n.get("startPrice")), price(n.get("reservePrice")),
                price(n.get("floorPrice")), new Percentage(n.get("decrementOfCurrentBp").intValue()),
                new Percentage(n.get("decrementOfStartBp").intValue()), n.get("loadCap").intValue(),
                n.get("allowPartialAward").booleanValue());
    }

    private static void reverse(ObjectNode n, OpenReverseParameters p) {
        n.put("opensAt", p.opensAt().toString()).put("closesAt", p.closesAt().toString())
                .put("ceilingPrice", p.ceilingPrice().toString()).put("reservePrice", text(p.reservePrice()))
                .put("minStep", p.minStep().toString()).put("softCloseWindow", p.softCloseWindow().toString())
                .put("extension", p.extension().toString()).put("maxExtensions", p.maxExtensions());
    }

    private static OpenReverseParameters reverse(JsonNode n) {
        return new OpenReverseParameters(Instant.parse(s(n, "opensAt")), Instant.parse(s(n, "closesAt")),
                price(n.get("ceilingPrice")), price(n.get("reservePrice")), price(n.get("minStep")),
                Duration.parse(s(n, "softCloseWindow")), Duration.parse(s(n, "extension")), n.get("maxExtensions").intValue());
    }

    private static String text(Price price) {
        return price == null ? null : price.toString();
    }

    private static Price price(JsonNode n) {
        return n == null || n.isNull() ? null : Price.parse(n.stringValue());
    }

    /** Writes {@code supplyStart} and {@code supplyEnd}, or nothing for an auction without a supply period. */
    private static void supplyPeriod(ObjectNode n, SupplyPeriod period) {
        if (period != null) {
            n.put("supplyStart", period.start().toString()).put("supplyEnd", period.end().toString());
        }
    }

    /** The supply period, or {@code null} for a command journaled before auctions stated one. */
    private static SupplyPeriod supplyPeriod(JsonNode n) {
        String start = optional(n, "supplyStart");
        return start == null ? null : new SupplyPeriod(LocalDate.parse(start), LocalDate.parse(s(n, "supplyEnd")));
    }

    /** Writes {@code securityPerTrancheYen}, or nothing for an auction that asks none. */
    private static void securityPerTranche(ObjectNode n, Long yen) {
        if (yen != null) {
            n.put("securityPerTrancheYen", yen);
        }
    }

    /** The security per tranche, or {@code null} for a command journaled before auctions asked one. */
    private static Long securityPerTranche(JsonNode n) {
        JsonNode v = n.get("securityPerTrancheYen");
        return v == null || v.isNull() ? null : v.longValue();
    }

    private static String s(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() ? null : v.stringValue();
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void sorted(ArrayNode array, java.util.Collection<String> values) {
        values.stream().sorted().forEach(array::add);
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> element) {
        List<T> out = new ArrayList<>(array.size());
        array.forEach(e -> out.add(element.apply(e)));
        return out;
    }

    private static <T> Set<T> set(JsonNode n, String name, Function<String, T> parse) {
        Set<T> out = new java.util.LinkedHashSet<>();
        n.get(name).forEach(e -> out.add(parse.apply(e.stringValue())));
        return out;
    }
}
