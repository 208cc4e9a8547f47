package jp.tomoni.web.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.tomoni.core.clock.ClockParameters;
import jp.tomoni.core.lot.FactorKind;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.core.award.AwardReport;
import jp.tomoni.core.reverse.OpenReverseParameters;
import jp.tomoni.core.unit.EmissionFactor;
import jp.tomoni.core.unit.Kwh;
import jp.tomoni.core.unit.Percentage;
import jp.tomoni.core.unit.Price;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.EngineProcessor;
import jp.tomoni.engine.Journaled;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.engine.LotSelection;
import jp.tomoni.engine.SupplyPeriod;
import jp.tomoni.facility.FacilityCsv;
import jp.tomoni.facility.FacilityRecord;
import jp.tomoni.facility.FacilityType;
import jp.tomoni.facility.VoltageClass;
import jp.tomoni.web.AwardAssembler;
import jp.tomoni.web.ReportJson;
import tools.jackson.databind.node.ObjectNode;

/**
 * A processor holding the demo's 213 facilities plus one of a municipality outside the 23 wards whose name is
 * markup, four retailers (one named with markup, one with a basic plan factor), and two ended auctions of
 * all of them:
 * <ul>
 *   <li>{@code CLOCK-1}: T = 10 from 30.00, three rounds (30.00, 28.50, 27.07); in round 3 R1 and R2 both
 *       exit at 27.30 and only one tranche is short, so a draw ({@code exit-3}) decides who keeps it;
 *       clearing price 27.30; approved.</li>
 *   <li>{@code CLOCK-1} supplies from 2027-04-01 to 2028-03-31.</li>
 *   <li>{@code REVERSE-1}: open reverse from 30.00, three accepted bids, won by R3 at 28.10; not approved.</li>
 * </ul>
 */
final class ReportFixture {

    static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    static final String SEED = "6b86b273ff34fce19d6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4b";
    static final String EVIL_FACILITY = "<script>alert(\"facility\")</script> & Co";
    static final String EVIL_RETAILER = "<img src=x onerror=alert(1)> 'Denki' & \"Co\"";
    static final String OUTSIDE_WARD = "27100";
    /** CLOCK-1's supply period; REVERSE-1 states none, as an auction journaled before auctions stated one. */
    static final SupplyPeriod SUPPLY = new SupplyPeriod(LocalDate.parse("2027-04-01"), LocalDate.parse("2028-03-31"));

    final EngineProcessor processor = new EngineProcessor();
    private long seq;

    ReportFixture() {
        List<FacilityRecord> facilities = new ArrayList<>(FacilityCsv.parse(demoCsv()).facilities());
        facilities.add(new FacilityRecord(OUTSIDE_WARD, "F-27100-X", EVIL_FACILITY, FacilityType.LIBRARY,
                VoltageClass.LOW, 40, Kwh.of(120_000), null,
                new ReportedFactor(EmissionFactor.parse("0.441"), FactorKind.BASIC, 2023)));
        at(0, new EngineCommand.ImportFacilities(facilities));
        at(0, new EngineCommand.CreateLot("WARDS-23", "23区＋1 joint lot",
                new LotSelection(Set.of(), Set.of(), Set.of(), Set.of())));
        ReportedFactor renewable = new ReportedFactor(EmissionFactor.ZERO, FactorKind.ADJUSTED, 2024);
        retailer("R1", "東京グリーン電力株式会社", renewable);
        retailer("R2", EVIL_RETAILER, new ReportedFactor(EmissionFactor.parse("0.100"), FactorKind.BASIC, 2023));
        retailer("R3", "Setagaya Solar", renewable);
        retailer("R4", "Kanto Wind", renewable);
        runClock();
        runReverse();
    }

    private void retailer(String id, String name, ReportedFactor menu) {
        at(0, new EngineCommand.QualifyRetailer(id, name, "A000" + id.substring(1), menu, 10_000_000, 6,
                "hash-" + id));
    }

    private void runClock() {
        ClockParameters parameters = new ClockParameters(10, Price.parse("30.00"), Price.parse("29.00"),
                Price.ONE_HUNDREDTH, new Percentage(500), new Percentage(100), 6, false);
        at(1, new EngineCommand.CreateClockAuction("CLOCK-1", "WARDS-23", parameters, Duration.ofSeconds(60),
                Duration.ofSeconds(10), SEED, List.of(), null, SUPPLY));
        at(10, new EngineCommand.StartAuction("CLOCK-1"));
        bid(20, 1, "R1", 6, null);
        bid(21, 1, "R2", 6, null);
        bid(22, 1, "R3", 5, null);
        bid(23, 1, "R4", 3, null);
        bid(90, 2, "R1", 6, null);
        bid(91, 2, "R2", 5, "29.00");
        bid(92, 2, "R3", 5, null);
        bid(160, 3, "R1", 4, "27.30");
        bid(161, 3, "R2", 3, "27.30");
        bid(162, 3, "R3", 2, "28.00");
        at(215, new EngineCommand.Tick());
        at(300, new EngineCommand.ApproveAward("CLOCK-1"));
    }

    private void bid(long seconds, int round, String retailer, int quantity, String exit) {
        at(seconds, new EngineCommand.SubmitClockBid("CLOCK-1", retailer, round, quantity,
                exit == null ? null : Price.parse(exit)));
    }

    private void runReverse() {
        at(400, new EngineCommand.CreateReverseAuction("REVERSE-1", "WARDS-23", OpenReverseParameters.withDefaults(
                T0.plusSeconds(500), T0.plusSeconds(4000), Price.parse("30.00"), Price.parse("29.00")), SEED,
                List.of(), null));
        at(410, new EngineCommand.StartAuction("REVERSE-1"));
        at(600, new EngineCommand.SubmitReverseBid("REVERSE-1", "R1", Price.parse("29.50")));
        at(700, new EngineCommand.SubmitReverseBid("REVERSE-1", "R3", Price.parse("28.80")));
        at(800, new EngineCommand.SubmitReverseBid("REVERSE-1", "R3", Price.parse("28.10")));
        at(5000, new EngineCommand.Tick());
    }

    private void at(long seconds, EngineCommand command) {
        processor.apply(new Journaled(++seq, T0.plusSeconds(seconds), "test", command));
    }

    LiveAuction auction(String id) {
        return processor.auction(id);
    }

    AwardReport report(String id) {
        return AwardAssembler.report(auction(id));
    }

    ObjectNode json(String id) {
        return ReportJson.of(auction(id), report(id));
    }

    /** The page of an auction's award, as the controller renders it. */
    String page(String id, ReportLanguage language) {
        return AwardReportPage.standalone().render(ReportFacts.of(auction(id)), report(id), json(id), language);
    }

    /** The page as it is downloaded, to be opened offline. */
    String offlinePage(String id, ReportLanguage language) {
        return AwardReportPage.standalone().render(ReportFacts.of(auction(id)), report(id), json(id), language, true);
    }

    private static String demoCsv() {
        try (InputStream in = ReportFixture.class.getResourceAsStream("/demo/facilities-23-wards.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
