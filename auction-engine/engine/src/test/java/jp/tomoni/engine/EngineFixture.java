package jp.tomoni.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.tomoni.core.clock.ClockParameters;
import jp.tomoni.core.lot.FactorKind;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.core.unit.EmissionFactor;
import jp.tomoni.core.unit.Kwh;
import jp.tomoni.core.unit.Price;
import jp.tomoni.facility.FacilityRecord;
import jp.tomoni.facility.FacilityType;
import jp.tomoni.facility.VoltageClass;

/** Journals commands at given times into a processor and keeps everything it emitted. */
final class EngineFixture {

    static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    static final String SEED = "6b86b273ff34fce19d6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4b";
    static final ReportedFactor PLANNING = new ReportedFactor(EmissionFactor.parse("0.433"), FactorKind.ADJUSTED, 2022);
    static final ReportedFactor RENEWABLE = new ReportedFactor(EmissionFactor.ZERO, FactorKind.ADJUSTED, 2022);

    final EngineProcessor processor = new EngineProcessor();
    final List<Journaled> journal = new ArrayList<>();
    private long seq;

    /** Applies a command stamped {@code seconds} after T0 and returns its events. */
    List<EngineEvent> at(long seconds, EngineCommand command) {
        return logged(seconds, command).stream().map(LoggedEvent::event).toList();
    }

    /** Applies a command stamped {@code seconds} after T0 and returns its events as logged. */
    List<LoggedEvent> logged(long seconds, EngineCommand command) {
        Journaled entry = new Journaled(++seq, T0.plusSeconds(seconds), "test", command);
        journal.add(entry);
        return processor.apply(entry);
    }

    static FacilityRecord facility(String id, String ward, long kwh) {
        return new FacilityRecord(ward, id, "Facility " + id, FacilityType.OFFICE, VoltageClass.HIGH, 500, Kwh.of(kwh),
                Price.parse("28.00"), PLANNING);
    }

    /** Two facilities, a lot of both, retailers A, B and C (eligibility 2 each) and nothing else. */
    EngineFixture withLotAndRetailers() {
        at(0, new EngineCommand.ImportFacilities(List.of(facility("F1", "13101", 3_000_000),
                facility("F2", "13102", 1_000_000))));
        at(0, new EngineCommand.CreateLot("L1", "two offices", new LotSelection(Set.of(), Set.of(), Set.of(), Set.of())));
        for (String id : List.of("A", "B", "C")) {
            at(0, new EngineCommand.QualifyRetailer(id, "Retailer " + id, "A000" + id.charAt(0), RENEWABLE, 1_000_000, 2,
                    "hash-" + id));
        }
        return this;
    }

    /** A CLOCK auction of 2 tranches from 30.00, rounds of 60 s with a 10 s recess, for A and B. */
    static EngineCommand.CreateClockAuction clockAuction(String id) {
        return new EngineCommand.CreateClockAuction(id, "L1", ClockParameters.withDefaults(2, Price.parse("30.00"),
                Price.parse("29.00")), Duration.ofSeconds(60), Duration.ofSeconds(10), SEED, List.of("A", "B"), null);
    }

    static EngineCommand.SubmitClockBid bid(String auction, String retailer, int round, int quantity) {
        return new EngineCommand.SubmitClockBid(auction, retailer, round, quantity, null);
    }
}
