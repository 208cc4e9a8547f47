package jp.tomoni.replay;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;

import java.util.Map;
import jp.tomoni.core.award.Allocation;
import jp.tomoni.core.award.AwardReport;
import jp.tomoni.core.award.Figures;
import jp.tomoni.core.clock.ClockEvent.RoundClosed;
import jp.tomoni.core.draw.DrawRecord;
import jp.tomoni.core.lot.Facility;
import jp.tomoni.core.lot.ReportedFactor;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a replay's result in the output format of {@code shared/scenario-format.md}, with more detail
 * beside it: per-ward figures, each factor's kind and fiscal year, and the seed with every draw made.
 * Prices are decimal strings; the output is the same bytes for the same scenario.
 */
public final class ResultJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ResultJson() {
    }

    /** The result as a JSON document. */
    public static String write(ReplayOutcome outcome) {
        ObjectNode root = JSON.createObjectNode();
        Scenario scenario = outcome.scenario();
        root.put("auctionId", scenario.auctionId());
        root.put("format", scenario.format());
        root.put("status", outcome.status().name());
        boolean clock = scenario.clock() != null;
        if (outcome.price() != null) {
            String name = outcome.status().hasAward() ? (clock ? "clearingPrice" : "winningPrice") : "failedAtPrice";
            root.put(name, outcome.price().toString());
        }
        if (clock) {
            ArrayNode rounds = root.putArray("rounds");
            for (RoundClosed r : outcome.rounds()) {
                rounds.addObject().put("round", r.round()).put("price", r.price().toString())
                        .put("supply", r.supply()).put("supplyBand", r.band().label());
            }
        } else {
            root.put("closesAt", ISO_OFFSET_DATE_TIME.format(outcome.closesAt().atOffset(scenario.offset())));
            root.put("extensions", outcome.extensions());
        }
        writeAwards(root, outcome.report());
        ArrayNode rejected = root.putArray("rejectedBids");
        for (ReplayOutcome.Rejection r : outcome.rejections()) {
            rejected.addObject().put(clock ? "round" : "index", r.position()).put("bidder", r.bidder())
                    .put("reason", r.reason().name());
        }
        AwardReport report = outcome.report();
        figures(root.putObject("totals"), report == null ? Figures.NONE : report.totals());
        ArrayNode wards = root.putArray("byWard");
        if (report != null) {
            for (Map.Entry<String, Figures> ward : report.byWard().entrySet()) {
                figures(wards.addObject().put("ward", ward.getKey()), ward.getValue());
            }
            ArrayNode factors = root.putArray("factors");
            report.factors().forEach(f -> factor(factors.addObject(), f));
        }
        writeTieBreak(root.putObject("tieBreak"), outcome);
        return JSON.writeValueAsString(root) + "\n";
    }

    private static void writeAwards(ObjectNode root, AwardReport report) {
        ArrayNode awards = root.putArray("awards");
        if (report == null) {
            return;
        }
        for (Allocation.Winner winner : report.allocation().winners()) {
            String bidder = winner.share().bidder();
            Figures figures = report.byWinner().get(bidder);
            ObjectNode award = awards.addObject().put("bidder", bidder).put("tranches", winner.share().tranches())
                    .put("annualKwh", winner.assigned().value());
            ArrayNode ids = award.putArray("facilities");
            winner.facilities().forEach(f -> ids.add(f.id()));
            award.put("annualCostYen", figures.annualCost().value())
                    .put("co2ReductionKg", figures.co2Reduction().kilograms())
                    .put("savingYen", figures.saving().value())
                    .put("targetKwh", winner.target().value())
                    .put("differenceKwh", winner.differenceKwh());
            factor(award.putObject("planFactor"), winner.share().planFactor());
        }
        if (!report.allocation().unawarded().isEmpty()) {
            ArrayNode unawarded = root.putArray("unawardedFacilities");
            report.allocation().unawarded().stream().map(Facility::id).forEach(unawarded::add);
        }
    }

    private static void figures(ObjectNode node, Figures f) {
        node.put("facilities", f.facilities())
                .put("annualKwh", f.annualKwh().value())
                .put("annualCostYen", f.annualCost().value())
                .put("savingYen", f.saving().value())
                .put("facilitiesWithoutCurrentPrice", f.withoutCurrentPrice())
                .put("co2ReductionKg", f.co2Reduction().kilograms())
                .put("co2ReductionT", f.co2Reduction().tonnes())
                .put("co2ReductionTOneDecimal", f.co2Reduction().tonnesOneDecimal())
                .put("households", f.co2Reduction().households());
    }

    private static void factor(ObjectNode node, ReportedFactor f) {
        node.put("value", f.value().toString()).put("kind", f.kind().label()).put("fiscalYear", f.fiscalYear());
    }

    private static void writeTieBreak(ObjectNode node, ReplayOutcome outcome) {
        node.put("seed", outcome.scenario().seed().hex());
        node.put("seedSha256", outcome.scenario().seed().publishedHash());
        ArrayNode draws = node.putArray("draws");
        for (DrawRecord draw : outcome.draws()) {
            ObjectNode d = draws.addObject().put("context", draw.context());
            ArrayNode order = d.putArray("order");
            draw.order().forEach(e -> order.addObject().put("key", e.key()).put("hash", e.hash()));
        }
    }
}
