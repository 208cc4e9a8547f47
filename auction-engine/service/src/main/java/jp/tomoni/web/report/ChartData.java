package jp.tomoni.web.report;

import java.util.List;
import java.util.Map;
import jp.tomoni.core.award.AwardReport;
import jp.tomoni.core.award.Figures;
import jp.tomoni.core.unit.Price;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The data the report's charts draw, as the JSON of the page's {@code #tomoni-charts} island: the chart
 * labels in the report's language, the price path (CLOCK: each round's price, supply {@code S_r} and demand
 * {@code T}; OPEN_REVERSE: each accepted bid's price and the lowest price after it) and the per-ward figures.
 * Prices and tonnes are the exact decimal strings of the report, other figures whole numbers: the charts
 * only draw what the tables print.
 */
final class ChartData {

    private static final List<String> LABELS = List.of("price", "supply", "demand", "tranches", "round", "bid",
            "lowest", "bidOrder", "cost", "saving", "yen", "co2", "households", "wardMoney", "wardCo2");

    private ChartData() {
    }

    /** The charts' data for one report. */
    static ObjectNode of(ReportFacts facts, AwardReport report, Phrases phrases) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", facts.format());
        root.put("locale", phrases.language() == ReportLanguage.JA ? "ja-JP" : "en-US");
        ObjectNode labels = root.putObject("labels");
        LABELS.forEach(key -> labels.put(key, phrases.dictionary().text("chart." + key)));
        ObjectNode path = root.putObject("pricePath");
        ArrayNode names = path.putArray("labels");
        ArrayNode prices = path.putArray("price");
        if (facts.clock()) {
            ArrayNode supply = path.putArray("supply");
            ArrayNode demand = path.putArray("demand");
            for (ReportFacts.RoundLine round : facts.rounds()) {
                names.add(Integer.toString(round.round()));
                prices.add(round.price().toString());
                supply.add(round.supply());
                demand.add(facts.tranches());
            }
        } else {
            ArrayNode lowest = path.putArray("lowest");
            Price low = null;
            for (ReportFacts.BidLine bid : facts.bids()) {
                low = low == null || bid.price().isBelow(low) ? bid.price() : low;
                names.add(phrases.clockTime(bid.at()));
                prices.add(bid.price().toString());
                lowest.add(low.toString());
            }
        }
        ObjectNode wards = root.putObject("wards");
        ArrayNode wardNames = wards.putArray("labels");
        ArrayNode cost = wards.putArray("annualCostYen");
        ArrayNode saving = wards.putArray("savingYen");
        ArrayNode co2 = wards.putArray("co2ReductionT");
        ArrayNode households = wards.putArray("households");
        for (Map.Entry<String, Figures> ward : report.byWard().entrySet()) {
            Figures f = ward.getValue();
            wardNames.add(phrases.ward(ward.getKey()));
            cost.add(f.annualCost().value());
            saving.add(f.saving().value());
            co2.add(f.co2Reduction().tonnesOneDecimal());
            households.add(f.co2Reduction().households());
        }
        return root;
    }
}
