package jp.tomoni.web;

import java.util.Map;
import java.util.TreeMap;
import jp.tomoni.core.award.AwardReport;
import jp.tomoni.core.award.Figures;
import jp.tomoni.engine.EngineEvent;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.engine.LiveClockAuction;
import jp.tomoni.engine.LiveReverseAuction;
import jp.tomoni.facility.FacilityRecord;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public facts of an auction that every invited retailer may see: the lot in summary (kWh, tranche size,
 * facilities by municipality and voltage class, as tender documents give them) and the published parameters,
 * never the reserve.
 */
final class BidderLot {

    private BidderLot() {
    }

    static ObjectNode summary(LiveAuction auction) {
        ObjectNode lot = BidderProjection.NODES.objectNode();
        long demand = auction.lot().toLot().demand().value();
        lot.put("lotId", auction.lot().lotId()).put("facilityCount", auction.lot().facilities().size())
                .put("annualKwh", demand);
        if (auction instanceof LiveClockAuction clock) {
            int tranches = clock.core().parameters().tranches();
            lot.put("trancheKwh", (demand * 2 + tranches) / (2L * tranches));
        }
        Map<String, long[]> wards = new TreeMap<>();
        Map<String, long[]> voltages = new TreeMap<>();
        for (FacilityRecord f : auction.lot().facilities()) {
            add(wards, f.wardCode(), f.annualKwh().value());
            add(voltages, f.voltageClass().name(), f.annualKwh().value());
        }
        ArrayNode byWard = lot.putArray("byWard");
        wards.forEach((ward, v) -> byWard.addObject().put("ward", ward).put("facilities", v[0]).put("annualKwh", v[1]));
        ArrayNode byVoltage = lot.putArray("byVoltageClass");
        voltages.forEach((c, v) -> byVoltage.addObject().put("voltageClass", c).put("facilities", v[0])
                .put("annualKwh", v[1]));
        return lot;
    }

    private static void add(Map<String, long[]> into, String key, long kwh) {
        long[] v = into.computeIfAbsent(key, k -> new long[2]);
        v[0]++;
        v[1] += kwh;
    }

    static ObjectNode parameters(LiveAuction auction) {
        ObjectNode p = BidderProjection.NODES.objectNode();
        if (auction instanceof LiveClockAuction clock) {
            var c = clock.core().parameters();
            p.put("tranches", c.tranches()).put("startPrice", c.startPrice().toString())
                    .put("floorPrice", c.floorPrice().toString())
                    .put("decrementPercentOfCurrent", percent(c.decrementOfCurrent().basisPoints()))
                    .put("decrementPercentOfStart", percent(c.decrementOfStart().basisPoints()))
                    .put("loadCap", c.loadCap()).put("allowPartialAward", c.allowPartialAward())
                    .put("roundSeconds", clock.roundLength().toSeconds()).put("recessSeconds", clock.recess().toSeconds())
                    .put("reserve", "confidential");
        } else if (auction instanceof LiveReverseAuction reverse) {
            var r = reverse.parameters();
            p.put("opensAt", r.opensAt().toString()).put("closesAt", r.closesAt().toString())
                    .put("ceilingPrice", r.ceilingPrice().toString()).put("minStep", r.minStep().toString())
                    .put("softCloseWindowMinutes", r.softCloseWindow().toMinutes())
                    .put("extensionMinutes", r.extension().toMinutes()).put("maxExtensions", r.maxExtensions())
                    .put("reserve", "confidential");
        }
        return p;
    }

    private static String percent(int basisPoints) {
        return basisPoints / 100 + "." + (basisPoints % 100 < 10 ? "0" : "") + basisPoints % 100;
    }

    /** A retailer's own award: its tranches, facilities, kWh and cost at the award's price. */
    static ObjectNode award(LiveAuction auction, EngineEvent.AuctionEnded ended, String retailerId) {
        ObjectNode award = BidderProjection.NODES.objectNode().put("auctionId", auction.id())
                .put("status", ended.status().name());
        AwardReport report = AwardAssembler.report(auction);
        if (report == null) {
            return award.put("tranches", 0);
        }
        award.put("price", report.price().toString());
        var mine = report.allocation().winners().stream().filter(w -> w.share().bidder().equals(retailerId)).findFirst();
        if (mine.isEmpty()) {
            return award.put("tranches", 0);
        }
        Figures figures = report.byWinner().get(retailerId);
        award.put("tranches", mine.get().share().tranches()).put("annualKwh", mine.get().assigned().value())
                .put("annualCostYen", figures.annualCost().value());
        ArrayNode facilities = award.putArray("facilities");
        mine.get().facilities().forEach(f -> facilities.add(f.id()));
        return award;
    }
}
