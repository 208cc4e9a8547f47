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
import jp.tomoni.engine.GroupApplication;
import jp.tomoni.engine.LotSelection;
import jp.tomoni.engine.Role;
import jp.tomoni.engine.SupplyPeriod;
import jp.tomoni.facility.FacilityRecord;
import jp.tomoni.facility.FacilityType;
import jp.tomoni.facility.VoltageClass;
import org.junit.jupiter.api.Test;

/**
 * The journal's format keeps Japanese names of facilities and lots, auctions' supply periods and security terms,
 * and reads entries written before them. Procurement groups, users (their roles in any order give one payload),
 * the two-step approval's proposals and answers, and a lot's group come back as they went; a lot journaled before
 * groups has none.
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

    @Test
    void aGroupComesBackAsItWentWithItsMembersInOrder() {
        EngineCommand group = new EngineCommand.CreateGroup("G1", "Central", "都心", "13101",
                List.of("13101", "13104", "13103"));
        EngineCommand unnamed = new EngineCommand.CreateGroup("G2", "Saitama", null, "11100", List.of("11208"));

        assertThat(CommandCodec.kind(group)).isEqualTo("CreateGroup");
        assertThat(CommandCodec.decode("CreateGroup", CommandCodec.encode(group))).isEqualTo(group);
        assertThat(CommandCodec.decode("CreateGroup", CommandCodec.encode(unnamed))).isEqualTo(unnamed);
        assertThat(CommandCodec.encode(group)).contains("\"members\":[\"13101\",\"13104\",\"13103\"]");
    }

    @Test
    void aUserComesBackWithItsRolesAndOneCommandHasOnePayloadWhateverTheRolesOrder() {
        java.util.Set<Role> ordered = new java.util.LinkedHashSet<>(List.of(Role.LEAD_OFFICER, Role.BODY_OFFICER,
                Role.ADMIN));
        java.util.Set<Role> reversed = new java.util.LinkedHashSet<>(List.of(Role.ADMIN, Role.BODY_OFFICER,
                Role.LEAD_OFFICER));
        EngineCommand user = new EngineCommand.RegisterUser("chiyoda.lead", "13101", ordered, "{bcrypt}$2a$10$xyz");
        EngineCommand same = new EngineCommand.RegisterUser("chiyoda.lead", "13101", reversed, "{bcrypt}$2a$10$xyz");

        String payload = CommandCodec.encode(user);
        assertThat(CommandCodec.kind(user)).isEqualTo("RegisterUser");
        assertThat(CommandCodec.decode("RegisterUser", payload)).isEqualTo(user).isEqualTo(same);
        assertThat(CommandCodec.encode(same)).isEqualTo(payload);
        assertThat(payload).contains("\"roles\":[\"ADMIN\",\"BODY_OFFICER\",\"LEAD_OFFICER\"]");
        assertThat(((EngineCommand.RegisterUser) CommandCodec.decode("RegisterUser", payload)).passwordHash())
                .isEqualTo("{bcrypt}$2a$10$xyz");
    }

    @Test
    void aProposalAndAnswersComeBackAsTheyWent() {
        EngineCommand propose = new EngineCommand.ProposeAward("A1");
        EngineCommand confirm = new EngineCommand.AnswerPart("A1", "13103", true, null);
        EngineCommand decline = new EngineCommand.AnswerPart("A1", "13101", false, "予算超過 over the budget");

        for (EngineCommand command : List.of(propose, confirm, decline)) {
            assertThat(CommandCodec.decode(CommandCodec.kind(command), CommandCodec.encode(command)))
                    .isEqualTo(command);
        }
        assertThat(CommandCodec.kind(propose)).isEqualTo("ProposeAward");
        assertThat(CommandCodec.kind(decline)).isEqualTo("AnswerPart");
    }

    @Test
    void aLotKeepsItsGroupAndOneJournaledBeforeGroupsHasNone() {
        LotSelection selection = new LotSelection(Set.of("13101", "13103"), Set.of(FacilityType.SCHOOL), Set.of(),
                Set.of("F-1"));
        EngineCommand grouped = new EngineCommand.CreateLot("GL", "Schools", selection, "学校", "G1");
        EngineCommand ungrouped = new EngineCommand.CreateLot("L", "Schools", selection, "学校");

        assertThat(CommandCodec.encode(grouped)).contains("\"groupId\":\"G1\"");
        assertThat(CommandCodec.decode("CreateLot", CommandCodec.encode(grouped))).isEqualTo(grouped);
        assertThat(CommandCodec.encode(ungrouped)).doesNotContain("groupId");
        assertThat(CommandCodec.decode("CreateLot", CommandCodec.encode(ungrouped))).isEqualTo(ungrouped);
        assertThat(((EngineCommand.CreateLot) CommandCodec.decode("CreateLot", "{\"lotId\": \"L\", \"name\": \"L\","
                + " \"wards\": [], \"types\": [], \"voltageClasses\": [], \"facilityIds\": []}")).groupId()).isNull();
    }

    @Test
    void anApplicationAndItsAnswerComeBackAsTheyWent() {
        var plans = List.of(new GroupApplication.Plan("Green 100", new ReportedFactor(
                        EmissionFactor.parse("0.000"), FactorKind.ADJUSTED, 2024)),
                new GroupApplication.Plan("Standard", new ReportedFactor(
                        EmissionFactor.parse("0.433"), FactorKind.BASIC, 2023)));
        for (EngineCommand command : List.<EngineCommand>of(
                new EngineCommand.ApplyToGroup("R1", "G1", "A0001", plans, 25_000_000, LocalDate.parse("2028-03-31")),
                new EngineCommand.DecideApplication("R1", "G1", true, null),
                new EngineCommand.DecideApplication("R1", "G1", false, "the bond has expired"))) {
            assertThat(CommandCodec.decode(CommandCodec.kind(command), CommandCodec.encode(command)))
                    .isEqualTo(command);
        }
    }
}
