package jp.tomoni.web;

import java.util.Map;
import jp.tomoni.core.award.Allocation;
import jp.tomoni.core.award.AwardReport;
import jp.tomoni.core.award.Figures;
import jp.tomoni.core.lot.Facility;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.core.unit.Carbon;
import jp.tomoni.engine.LiveAuction;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An award report as JSON for officers and analysts: the price, one line per awarded facility, figures per
 * ward, per winner and in total, every factor used with its kind and fiscal year, and the tie-break seed with
 * its SHA-256 (the report exists only once the auction has ended, when the seed is public). The draws are
 * not part of it: they come with a replay of the auction's scenario.
 *
 * <p>Prices are decimal strings ({@code "27.30"}); kWh, yen, kg-CO2 and households whole numbers;
 * {@code co2ReductionT} tonnes with one decimal as a string ({@code "1645.4"}), all rounded half up from exact
 * grams, totals never summed from rounded parts. A facility's {@code currentPrice} and {@code savingYen} are
 * {@code null} when its current price is unknown; such facilities are counted in
 * {@code facilitiesWithoutCurrentPrice}.
 */
public final class ReportJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ReportJson() {
    }

    /** The report of {@code auction}'s award. */
    public static ObjectNode of(LiveAuction auction, AwardReport report) {
        ObjectNode root = NODES.objectNode();
        root.put("auctionId", auction.id()).put("format", auction.format()).put("lotId", auction.lot().lotId());
        root.put("price", report.price().toString());
        ArrayNode facilities = root.putArray("facilities");
        for (AwardReport.FacilityLine line : report.lines()) {
            facility(facilities.addObject(), line, report);
        }
        ArrayNode unawarded = root.putArray("unawardedFacilities");
        report.allocation().unawarded().stream().map(Facility::id).forEach(unawarded::add);
        ArrayNode wards = root.putArray("wards");
        for (Map.Entry<String, Figures> ward : report.byWard().entrySet()) {
            figures(wards.addObject().put("ward", ward.getKey()), ward.getValue());
        }
        ArrayNode winners = root.putArray("winners");
        for (Allocation.Winner winner : report.allocation().winners()) {
            String bidder = winner.share().bidder();
            ObjectNode node = winners.addObject().put("bidder", bidder).put("tranches", winner.share().tranches())
                    .put("targetKwh", winner.target().value()).put("differenceKwh", winner.differenceKwh());
            figures(node, report.byWinner().get(bidder));
            factor(node.putObject("planFactor"), winner.share().planFactor());
        }
        figures(root.putObject("totals"), report.totals());
        ArrayNode factors = root.putArray("factors");
        report.factors().forEach(f -> factor(factors.addObject(), f));
        root.put("seed", auction.seed().hex()).put("seedSha256", auction.seed().publishedHash());
        return root;
    }

    private static void facility(ObjectNode node, AwardReport.FacilityLine line, AwardReport report) {
        Facility facility = line.facility();
        Figures figures = line.figures();
        boolean known = facility.currentPrice() != null;
        node.put("facilityId", facility.id()).put("ward", facility.ward()).put("winner", line.winner())
                .put("annualKwh", facility.annualKwh().value()).put("price", report.price().toString())
                .put("annualCostYen", figures.annualCost().value());
        if (known) {
            node.put("currentPrice", facility.currentPrice().toString()).put("savingYen", figures.saving().value());
        } else {
            node.putNull("currentPrice").putNull("savingYen");
        }
        carbon(node, figures.co2Reduction(), false);
        factor(node.putObject("baselineFactor"), facility.baseline());
        factor(node.putObject("planFactor"), line.planFactor());
    }

    private static void figures(ObjectNode node, Figures f) {
        node.put("facilities", f.facilities()).put("annualKwh", f.annualKwh().value())
                .put("annualCostYen", f.annualCost().value()).put("savingYen", f.saving().value())
                .put("facilitiesWithoutCurrentPrice", f.withoutCurrentPrice());
        carbon(node, f.co2Reduction(), true);
    }

    private static void carbon(ObjectNode node, Carbon carbon, boolean households) {
        node.put("co2ReductionKg", carbon.kilograms()).put("co2ReductionT", carbon.tonnesOneDecimal());
        if (households) {
            node.put("households", carbon.households());
        }
    }

    private static void factor(ObjectNode node, ReportedFactor f) {
        node.put("value", f.value().toString()).put("kind", f.kind().label()).put("fiscalYear", f.fiscalYear());
    }
}
