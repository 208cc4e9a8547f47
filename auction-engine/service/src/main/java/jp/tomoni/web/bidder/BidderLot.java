package jp.tomoni.web.bidder;

import java.util.Map;
import java.util.TreeMap;
import jp.tomoni.contract.v1.Award;
import jp.tomoni.contract.v1.ClockParameters;
import jp.tomoni.contract.v1.LotSummary;
import jp.tomoni.contract.v1.ReverseParameters;
import jp.tomoni.contract.v1.Share;
import jp.tomoni.core.award.AwardReport;
import jp.tomoni.core.award.Figures;
import jp.tomoni.engine.EngineEvent;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.engine.LiveClockAuction;
import jp.tomoni.engine.LiveReverseAuction;
import jp.tomoni.facility.FacilityRecord;
import jp.tomoni.web.AwardAssembler;

/**
 * The public facts of an auction that every invited retailer may see: the lot in summary (kWh, tranche size,
 * facilities by municipality and voltage class, as tender documents give them) and the published parameters,
 * never the reserve; and, after approval, a retailer's own award.
 */
final class BidderLot {

    private BidderLot() {
    }

    static LotSummary summary(LiveAuction auction) {
        long demand = auction.lot().toLot().demand().value();
        LotSummary.Builder lot = LotSummary.newBuilder().setLotId(auction.lot().lotId())
                .setFacilityCount(auction.lot().facilities().size()).setAnnualKwh(demand);
        if (auction instanceof LiveClockAuction clock) {
            int tranches = clock.core().parameters().tranches();
            lot.setTrancheKwh((demand * 2 + tranches) / (2L * tranches));
        }
        Map<String, long[]> wards = new TreeMap<>();
        Map<String, long[]> voltages = new TreeMap<>();
        for (FacilityRecord f : auction.lot().facilities()) {
            add(wards, f.wardCode(), f.annualKwh().value());
            add(voltages, f.voltageClass().name(), f.annualKwh().value());
        }
        wards.forEach((ward, v) -> lot.addByWard(share(ward, v)));
        voltages.forEach((voltage, v) -> lot.addByVoltageClass(share(voltage, v)));
        return lot.build();
    }

    private static Share share(String key, long[] v) {
        return Share.newBuilder().setKey(key).setFacilities((int) v[0]).setAnnualKwh(v[1]).build();
    }

    private static void add(Map<String, long[]> into, String key, long kwh) {
        long[] v = into.computeIfAbsent(key, k -> new long[2]);
        v[0]++;
        v[1] += kwh;
    }

    static ClockParameters clock(LiveClockAuction clock) {
        var c = clock.core().parameters();
        return ClockParameters.newBuilder().setTranches(c.tranches()).setStartPrice(c.startPrice().hundredths())
                .setFloorPrice(c.floorPrice().hundredths())
                .setDecrementBasisPointsOfCurrent(c.decrementOfCurrent().basisPoints())
                .setDecrementBasisPointsOfStart(c.decrementOfStart().basisPoints()).setLoadCap(c.loadCap())
                .setAllowPartialAward(c.allowPartialAward()).setRoundSeconds(clock.roundLength().toSeconds())
                .setRecessSeconds(clock.recess().toSeconds()).build();
    }

    static ReverseParameters reverse(LiveReverseAuction reverse) {
        var r = reverse.parameters();
        return ReverseParameters.newBuilder().setOpensAt(Wire.time(r.opensAt())).setClosesAt(Wire.time(r.closesAt()))
                .setCeilingPrice(r.ceilingPrice().hundredths()).setMinStep(r.minStep().hundredths())
                .setSoftCloseWindowMinutes(r.softCloseWindow().toMinutes()).setExtensionMinutes(r.extension().toMinutes())
                .setMaxExtensions(r.maxExtensions()).build();
    }

    /**
     * A retailer's own award: its tranches, facilities, kWh and cost at the award's price, and which of the
     * facilities' bodies declined their part (no contract is signed for those).
     */
    static Award award(LiveAuction auction, EngineEvent.AuctionEnded ended, String retailerId) {
        Award.Builder award = Award.newBuilder().setAuctionId(auction.id()).setStatus(ended.status().name());
        AwardReport report = AwardAssembler.report(auction);
        if (report == null) {
            return award.setTranches(0).build();
        }
        award.setPrice(report.price().hundredths());
        var mine = report.allocation().winners().stream().filter(w -> w.share().bidder().equals(retailerId)).findFirst();
        if (mine.isEmpty()) {
            return award.setTranches(0).build();
        }
        Figures figures = report.byWinner().get(retailerId);
        award.setTranches(mine.get().share().tranches()).setAnnualKwh(mine.get().assigned().value())
                .setAnnualCostYen(figures.annualCost().value());
        java.util.List<String> declined = auction.approval() == null ? java.util.List.of()
                : auction.approval().declined();
        mine.get().facilities().forEach(f -> {
            award.addFacilities(f.id());
            if (declined.contains(f.ward())) {
                award.addDeclinedFacilities(f.id());
            }
        });
        return award.build();
    }
}
