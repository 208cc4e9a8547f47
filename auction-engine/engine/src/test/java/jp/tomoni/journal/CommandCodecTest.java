package jp.tomoni.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import jp.tomoni.engine.LotSelection;
import jp.tomoni.engine.SupplyPeriod;
import jp.tomoni.facility.FacilityRecord;
import jp.tomoni.facility.FacilityType;
import jp.tomoni.facility.VoltageClass;
import org.junit.jupiter.api.Test;

/**
 * The journal's format keeps Japanese names of facilities and lots, auctions' supply periods and security terms,
 * and reads entries written before them.
 */
class CommandCodecTest {

    private static FacilityRecord office(String nameJa) {
        return new FacilityRecord("13101", "F-13101-HQ", "Chiyoda ward head office", FacilityType.OFFICE,
                VoltageClass.HIGH, 816, Kwh.of(3_215_000), Price.ofHundredths(2849),
                new ReportedFactor(new EmissionFactor(433), FactorKind.ADJUSTED, 2022), nameJa);
    }

    @Test
    void anImportWithAndWithoutJapaneseNamesComesBackAsItWent() {
        EngineCommand command = new EngineCommand.ImportFacilities(List.of(office("千代田区役所本庁舎"), office(null)));

        String payload = CommandCodec.encode(command);

        assertThat(CommandCodec.decode(CommandCodec.kind(command), payload)).isEqualTo(command);
        assertThat(payload).contains("\"nameJa\":\"千代田区役所本庁舎\"");
    }

    @Test
    void aLotKeepsItsJapaneseName() {
        EngineCommand lot = new EngineCommand.CreateLot("L", "Schools", new LotSelection(Set.of("13101"), Set.of(),
                Set.of(), Set.of()), "学校");

        assertThat(CommandCodec.decode("CreateLot", CommandCodec.encode(lot))).isEqualTo(lot);
    }

    @Test
    void anEntryJournaledBeforeJapaneseNamesHasNone() {
        String before = CommandCodec.encode(new EngineCommand.ImportFacilities(List.of(office(null))));

        assertThat(before).doesNotContain("nameJa");
        EngineCommand read = CommandCodec.decode("ImportFacilities", before);
        assertThat(((EngineCommand.ImportFacilities) read).facilities().get(0).nameJa()).isNull();
        assertThat(((EngineCommand.CreateLot) CommandCodec.decode("CreateLot", "{\"lotId\": \"L\", \"name\": \"L\","
                + " \"wards\": [], \"types\": [], \"voltageClasses\": [], \"facilityIds\": []}")).nameJa()).isNull();
    }

    @Test
    void anAuctionKeepsItsSupplyPeriodAndOneJournaledBeforeHasNone() {
        SupplyPeriod period = new SupplyPeriod(LocalDate.parse("2027-10-01"), LocalDate.parse("2029-09-30"));
        EngineCommand clock = new EngineCommand.CreateClockAuction("A", "L", ClockParameters.withDefaults(4,
                Price.parse("30.00"), null), Duration.ofSeconds(60), Duration.ZERO, "00".repeat(32), List.of(), null,
                period);
        EngineCommand reverse = new EngineCommand.CreateReverseAuction("B", "L", OpenReverseParameters.withDefaults(
                Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2027-01-02T00:00:00Z"), Price.parse("30.00"),
                null), "00".repeat(32), List.of("R1"), "A", period);

        String payload = CommandCodec.encode(clock);
        assertThat(payload).contains("\"supplyStart\":\"2027-10-01\",\"supplyEnd\":\"2029-09-30\"");
        assertThat(CommandCodec.decode("CreateClockAuction", payload)).isEqualTo(clock);
        assertThat(CommandCodec.decode("CreateReverseAuction", CommandCodec.encode(reverse))).isEqualTo(reverse);

        String before = payload.replace(",\"supplyStart\":\"2027-10-01\",\"supplyEnd\":\"2029-09-30\"", "");
        assertThat(before).doesNotContain("supply");
        assertThat(((EngineCommand.CreateClockAuction) CommandCodec.decode("CreateClockAuction", before))
                .supplyPeriod()).isNull();
    }

    @Test
    void securityTermsComeBackAsTheyWentAndOldEntriesHaveNone() {
        EngineCommand qualify = new EngineCommand.QualifyRetailer("R1", "R1", "A0001", new ReportedFactor(
                EmissionFactor.ZERO, FactorKind.ADJUSTED, 2024), 25_000_000, 0, "hash", LocalDate.parse("2028-03-31"));
        EngineCommand clock = new EngineCommand.CreateClockAuction("A", "L", ClockParameters.withDefaults(4,
                Price.parse("30.00"), null), Duration.ofSeconds(60), Duration.ZERO, "00".repeat(32), List.of(), null,
                null, 10_000_000L);

        assertThat(CommandCodec.decode("QualifyRetailer", CommandCodec.encode(qualify))).isEqualTo(qualify);
        assertThat(CommandCodec.encode(clock)).contains("\"securityPerTrancheYen\":10000000");
        assertThat(CommandCodec.decode("CreateClockAuction", CommandCodec.encode(clock))).isEqualTo(clock);
        EngineCommand old = new EngineCommand.QualifyRetailer("R1", "R1", "A0001", new ReportedFactor(
                EmissionFactor.ZERO, FactorKind.ADJUSTED, 2024), 25_000_000, 2, "hash");
        assertThat(CommandCodec.encode(old)).doesNotContain("securityExpiresOn");
        assertThat(CommandCodec.decode("QualifyRetailer", CommandCodec.encode(old))).isEqualTo(old);
    }
}
