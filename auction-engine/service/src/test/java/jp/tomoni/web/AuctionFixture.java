package jp.tomoni.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import jp.tomoni.core.clock.ClockParameters;
import jp.tomoni.core.lot.FactorKind;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.core.reverse.OpenReverseParameters;
import jp.tomoni.core.unit.EmissionFactor;
import jp.tomoni.core.unit.Kwh;
import jp.tomoni.core.unit.Price;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.EngineProcessor;
import jp.tomoni.engine.Journaled;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.engine.LoggedEvent;
import jp.tomoni.engine.LotSelection;
import jp.tomoni.facility.FacilityRecord;
import jp.tomoni.facility.FacilityType;
import jp.tomoni.facility.VoltageClass;

/**
 * A processor with three facilities (one without a current price), a lot of all of them and retailers A, B
 * and C; commands are journaled at given seconds after {@link #T0}.
 */
final class AuctionFixture {

    static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    static final String SEED = "6b86b273ff34fce19d6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4b";
    static final ReportedFactor BASELINE = new ReportedFactor(EmissionFactor.parse("0.433"), FactorKind.ADJUSTED, 2022);
    static final ReportedFactor RENEWABLE = new ReportedFactor(EmissionFactor.ZERO, FactorKind.ADJUSTED, 2022);
    static final ReportedFactor PARTLY = new ReportedFactor(EmissionFactor.parse("0.100"), FactorKind.BASIC, 2023);

    final EngineProcessor processor = new EngineProcessor();
    private long seq;

    AuctionFixture() {
        at(0, new EngineCommand.ImportFacilities(List.of(facility("F1", "13101", 3_000_000, "28.00"),
                facility("F2", "13102", 1_000_000, "28.00"), facility("F3", "13102", 500_000, null))));
        at(0, new EngineCommand.CreateLot("L1", "three facilities",
                new LotSelection(Set.of(), Set.of(), Set.of(), Set.of())));
        retailer("A", RENEWABLE);
        retailer("B", PARTLY);
        retailer("C", RENEWABLE);
    }

    private void retailer(String id, ReportedFactor menu) {
        at(0, new EngineCommand.QualifyRetailer(id, "Retailer " + id, "A000" + id, menu, 1_000_000, 2, "hash-" + id));
    }

    static FacilityRecord facility(String id, String ward, long kwh, String currentPrice) {
        return new FacilityRecord(ward, id, "Facility " + id, FacilityType.OFFICE, VoltageClass.HIGH, 500, Kwh.of(kwh),
                currentPrice == null ? null : Price.parse(currentPrice), BASELINE);
    }

    static Price price(String text) {
        return Price.parse(text);
    }

    /** Applies a command stamped {@code seconds} after T0 and returns its events. */
    List<LoggedEvent> at(long seconds, EngineCommand command) {
        return processor.apply(new Journaled(++seq, T0.plusSeconds(seconds), "test", command));
    }

    LiveAuction auction(String id) {
        return processor.auction(id);
    }

    /** A CLOCK auction of 2 tranches from 30.00 with the given reserve, rounds of 60 s and a 10 s recess, for A and B. */
    void createClock(String id, String reserve) {
        at(1, new EngineCommand.CreateClockAuction(id, "L1", ClockParameters.withDefaults(2, price("30.00"),
                reserve == null ? null : price(reserve)), Duration.ofSeconds(60), Duration.ofSeconds(10), SEED,
                List.of("A", "B"), null));
    }

    /** An OPEN_REVERSE auction open from T0+10 s to T0+3600 s, ceiling 30.00, reserve 29.00, default steps. */
    void createReverse(String id) {
        at(1, new EngineCommand.CreateReverseAuction(id, "L1", OpenReverseParameters.withDefaults(T0.plusSeconds(10),
                T0.plusSeconds(3600), price("30.00"), price("29.00")), SEED, List.of(), null));
    }

    static EngineCommand.SubmitClockBid bid(String auction, String retailer, int round, int quantity) {
        return new EngineCommand.SubmitClockBid(auction, retailer, round, quantity, null);
    }

    static EngineCommand.SubmitReverseBid offer(String auction, String retailer, String price) {
        return new EngineCommand.SubmitReverseBid(auction, retailer, price(price));
    }
}
