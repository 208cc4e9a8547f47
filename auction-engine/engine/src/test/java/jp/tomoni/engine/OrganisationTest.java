package jp.tomoni.engine;

import static jp.tomoni.engine.EngineFixture.facility;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import jp.tomoni.core.unit.Kwh;
import jp.tomoni.engine.EngineCommand.CreateGroup;
import jp.tomoni.engine.EngineCommand.CreateLot;
import jp.tomoni.engine.EngineCommand.RegisterUser;
import jp.tomoni.engine.EngineEvent.CommandRejected;
import jp.tomoni.facility.FacilityRecord;
import org.junit.jupiter.api.Test;

/**
 * Procurement groups, users and group lots: given public bodies of the reference data, when a group is formed
 * expect GroupCreated with the lead first and every member once; a body joins one group at most, and a refused
 * group or user changes nothing. A user holds at least one role, and a lead officer's body leads a group;
 * UserRegistered never carries the password's hash. A lot of a group holds only the members' facilities:
 * naming another body's facility is refused exactly as naming one that does not exist, and so is a group that
 * does not exist.
 */
class OrganisationTest {

    private static final String HASH = "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z8dQ0nJ0BzD9Nq3XkE3vC1bW";
    private static final LotSelection EVERYTHING = new LotSelection(Set.of(), Set.of(), Set.of(), Set.of());

    private final EngineFixture engine = new EngineFixture();

    private OrganisationQueries organisation() {
        return engine.processor.organisation();
    }

    private static CreateGroup group(String id, String lead, String... members) {
        return new CreateGroup(id, "Group " + id, "グループ" + id, lead, List.of(members));
    }

    private static RegisterUser user(String id, String body, Role... roles) {
        return new RegisterUser(id, body, Set.of(roles), HASH);
    }

    @Test
    void aGroupListsItsLeadFirstAndEachMemberOnce() {
        assertThat(engine.at(1, group("G1", "13103", "13101", "13103", "13104", "13101"))).containsExactly(
                new EngineEvent.GroupCreated("G1", "13103", List.of("13103", "13101", "13104")));
        assertThat(engine.at(2, group("G2", "11100", "11208", "13205"))).as("a lead not among the members")
                .containsExactly(new EngineEvent.GroupCreated("G2", "11100", List.of("11100", "11208", "13205")));

        assertThat(organisation().group("G1")).isEqualTo(new ProcurementGroup("G1", "Group G1", "グループG1", "13103",
                List.of("13103", "13101", "13104")));
        assertThat(organisation().groupOfBody("13104").groupId()).isEqualTo("G1");
        assertThat(organisation().groupOfBody("11100").groupId()).isEqualTo("G2");
        assertThat(organisation().groupOfBody("13102")).as("a body of no group").isNull();
        assertThat(organisation().groups()).extracting(ProcurementGroup::groupId).containsExactly("G1", "G2");
    }

    @Test
    void aSecondGroupOfTheSameIdIsRefusedAndChangesNothing() {
        engine.at(1, group("G1", "13101", "13101", "13103"));
        assertThat(engine.at(2, group("G1", "13102", "13102"))).containsExactly(
                new CommandRejected("DUPLICATE_ID", "groupId", "group G1 already exists"));
        assertThat(organisation().group("G1").leadBody()).isEqualTo("13101");
        assertThat(organisation().groupOfBody("13102")).isNull();
        assertThat(organisation().groups()).hasSize(1);
    }

    @Test
    void aBodyOutsideTheReferenceDataIsRefusedAsMemberOrLeadAndNoneOfTheOthersJoins() {
        assertThat(engine.at(1, group("G1", "13101", "13101", "13103", "99999"))).containsExactly(
                new CommandRejected("UNKNOWN_BODY", "members", "no public body 99999 in the reference data"));
        assertThat(engine.at(2, group("G1", "00000", "13101"))).containsExactly(
                new CommandRejected("UNKNOWN_BODY", "members", "no public body 00000 in the reference data"));
        assertThat(organisation().group("G1")).isNull();
        assertThat(organisation().groupOfBody("13101")).isNull();
        assertThat(organisation().groupOfBody("13103")).isNull();
        assertThat(organisation().groups()).isEmpty();
    }

    @Test
    void aBodyAlreadyInAGroupCannotJoinASecondOneAsMemberOrLead() {
        engine.at(1, group("G1", "13101", "13101", "13103"));
        assertThat(engine.at(2, group("G2", "11100", "11100", "13103"))).containsExactly(
                new CommandRejected("BODY_IN_GROUP", "members", "body 13103 is already in group G1"));
        assertThat(engine.at(3, group("G2", "13101", "11100"))).containsExactly(
                new CommandRejected("BODY_IN_GROUP", "members", "body 13101 is already in group G1"));
        assertThat(organisation().group("G2")).isNull();
        assertThat(organisation().groupOfBody("11100")).isNull();
        assertThat(organisation().groupOfBody("13103").groupId()).isEqualTo("G1");
        assertThat(engine.at(4, group("G2", "11100", "11208"))).as("the refusals left G2 free").containsExactly(
                new EngineEvent.GroupCreated("G2", "11100", List.of("11100", "11208")));
    }

    @Test
    void aRegisteredUserKeepsTheHashButItsEventCarriesNone() {
        engine.at(1, group("G1", "13101", "13101", "13103"));
        List<EngineEvent> events = engine.at(2, user("chiyoda.lead", "13101", Role.LEAD_OFFICER, Role.BODY_OFFICER));
        assertThat(events).containsExactly(new EngineEvent.UserRegistered("chiyoda.lead", "13101",
                Set.of(Role.BODY_OFFICER, Role.LEAD_OFFICER)));
        assertThat(events.get(0).toString()).doesNotContain("bcrypt").doesNotContain(HASH);
        assertThat(Arrays.stream(EngineEvent.UserRegistered.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("userId", "bodyCode", "roles");
        engine.at(3, user("chuo.admin", "13102", Role.ADMIN));

        assertThat(organisation().user("chiyoda.lead")).isEqualTo(new UserAccount("chiyoda.lead", "13101",
                Set.of(Role.LEAD_OFFICER, Role.BODY_OFFICER), HASH));
        assertThat(organisation().user("chiyoda.lead").has(Role.ANALYST)).isFalse();
        assertThat(organisation().users()).extracting(UserAccount::userId).containsExactly("chiyoda.lead",
                "chuo.admin");
        assertThat(organisation().user("nobody")).isNull();
    }

    @Test
    void aUserIdTakenABodyOutsideTheReferenceDataAndAUserWithoutRolesAreRefused() {
        engine.at(1, user("minato.officer", "13103", Role.BODY_OFFICER));
        assertThat(engine.at(2, user("minato.officer", "13104", Role.ANALYST))).containsExactly(
                new CommandRejected("DUPLICATE_ID", "userId", "user minato.officer already exists"));
        assertThat(engine.at(3, user("ghost", "99999", Role.BODY_OFFICER))).containsExactly(
                new CommandRejected("UNKNOWN_BODY", "bodyCode", "no public body 99999 in the reference data"));
        assertThat(engine.at(4, user("idle", "13104"))).containsExactly(
                new CommandRejected("INVALID_USER", "roles", "a user holds at least one role"));

        assertThat(organisation().user("minato.officer")).isEqualTo(new UserAccount("minato.officer", "13103",
                Set.of(Role.BODY_OFFICER), HASH));
        assertThat(organisation().user("ghost")).isNull();
        assertThat(organisation().user("idle")).isNull();
        assertThat(organisation().users()).hasSize(1);
    }

    @Test
    void aLeadOfficerOfABodyThatLeadsNoGroupIsRefused() {
        engine.at(1, group("G1", "13101", "13101", "13103"));
        assertThat(engine.at(2, user("minato.lead", "13103", Role.LEAD_OFFICER))).as("a member, not the lead")
                .containsExactly(new CommandRejected("NOT_LEAD", "roles",
                        "body 13103 leads no group, so it has no lead officer"));
        assertThat(engine.at(3, user("chuo.lead", "13102", Role.LEAD_OFFICER, Role.BODY_OFFICER)))
                .as("a body of no group").containsExactly(new CommandRejected("NOT_LEAD", "roles",
                        "body 13102 leads no group, so it has no lead officer"));
        assertThat(organisation().users()).isEmpty();
        assertThat(engine.at(4, user("chuo.officer", "13102", Role.BODY_OFFICER)))
                .as("a body of no group may have other users").containsExactly(
                        new EngineEvent.UserRegistered("chuo.officer", "13102", Set.of(Role.BODY_OFFICER)));
    }

    /** Facilities of G1's members 13101, 13103, 13104, of 13102 (no group) and of 11208 (G2), in this order. */
    private void facilitiesAndGroups() {
        engine.at(0, new EngineCommand.ImportFacilities(List.of(facility("F-13104", "13104", 400_000),
                facility("F-13102", "13102", 200_000), facility("F-13101", "13101", 3_000_000),
                facility("F-11208", "11208", 800_000), facility("F-13103", "13103", 1_000_000))));
        engine.at(0, group("G1", "13101", "13101", "13103", "13104"));
        engine.at(0, group("G2", "11100", "11100", "11208"));
    }

    @Test
    void aGroupLotHoldsOnlyTheMembersFacilitiesAndNamesItsBodiesInTheLotsOrder() {
        facilitiesAndGroups();
        assertThat(engine.at(1, new CreateLot("GL", "G1 offices", EVERYTHING, "G1の庁舎", "G1"))).containsExactly(
                new EngineEvent.LotCreated("GL", 3, Kwh.of(4_400_000)));

        LotRecord lot = engine.processor.lot("GL");
        assertThat(lot.groupId()).isEqualTo("G1");
        assertThat(lot.facilities()).extracting(FacilityRecord::id).containsExactly("F-13104", "F-13101", "F-13103");
        assertThat(lot.bodies()).containsExactly("13104", "13101", "13103");
    }

    @Test
    void aWardOutsideTheGroupIsLeftOutOfAGroupLot() {
        facilitiesAndGroups();
        assertThat(engine.at(1, new CreateLot("GL", "two wards", new LotSelection(Set.of("13101", "13102"), Set.of(),
                Set.of(), Set.of()), null, "G1"))).containsExactly(new EngineEvent.LotCreated("GL", 1,
                        Kwh.of(3_000_000)));
        assertThat(engine.processor.lot("GL").bodies()).containsExactly("13101");
        assertThat(engine.at(2, new CreateLot("EMPTY", "only outsiders", new LotSelection(Set.of("13102", "11208"),
                Set.of(), Set.of(), Set.of()), null, "G1"))).containsExactly(
                        new CommandRejected("EMPTY_LOT", "selection", "no registered facility matches the selection"));
    }

    @Test
    void namingAnotherBodysFacilityForAGroupLotIsRefusedAndCreatesNoLot() {
        facilitiesAndGroups();
        assertThat(engine.at(1, new CreateLot("GL", "with a stranger", new LotSelection(Set.of(), Set.of(), Set.of(),
                Set.of("F-13101", "F-13102")), null, "G1"))).containsExactly(new CommandRejected("UNKNOWN_FACILITY",
                        "facilityIds", "facility F-13102 is not registered in group G1"));
        assertThat(engine.at(2, new CreateLot("GL", "another group's", new LotSelection(Set.of(), Set.of(), Set.of(),
                Set.of("F-11208")), null, "G1"))).containsExactly(new CommandRejected("UNKNOWN_FACILITY",
                        "facilityIds", "facility F-11208 is not registered in group G1"));
        assertThat(engine.at(2, new CreateLot("GL", "a missing one", new LotSelection(Set.of(), Set.of(), Set.of(),
                Set.of("F-NONE")), null, "G1"))).as("exactly as a facility that exists in another group")
                .containsExactly(new CommandRejected("UNKNOWN_FACILITY", "facilityIds",
                        "facility F-NONE is not registered in group G1"));
        assertThat(engine.processor.lot("GL")).isNull();
        assertThat(engine.at(3, new CreateLot("G2L", "G2's own", new LotSelection(Set.of(), Set.of(), Set.of(),
                Set.of("F-11208")), null, "G2"))).containsExactly(new EngineEvent.LotCreated("G2L", 1,
                        Kwh.of(800_000)));
    }

    @Test
    void aLotOfAGroupThatDoesNotExistIsRefused() {
        facilitiesAndGroups();
        assertThat(engine.at(1, new CreateLot("GL", "nobody's", EVERYTHING, null, "G9"))).containsExactly(
                new CommandRejected("UNKNOWN_GROUP", "groupId", "no group G9"));
        assertThat(engine.processor.lot("GL")).isNull();
        assertThat(engine.processor.lots()).isEmpty();
    }

    @Test
    void aLotOfNoGroupHoldsEveryBodysFacilities() {
        facilitiesAndGroups();
        assertThat(engine.at(1, new CreateLot("L", "everything", EVERYTHING))).containsExactly(
                new EngineEvent.LotCreated("L", 5, Kwh.of(5_400_000)));
        LotRecord lot = engine.processor.lot("L");
        assertThat(lot.groupId()).isNull();
        assertThat(lot.bodies()).containsExactly("13104", "13102", "13101", "11208", "13103");
    }

    @Test
    void aLotsBodiesAreDistinctInTheOrderOfItsFacilities() {
        LotRecord lot = new LotRecord("L", "L", List.of(facility("A", "13103", 1), facility("B", "13101", 1),
                facility("C", "13103", 1), facility("D", "13104", 1)), null, "G1");
        assertThat(lot.bodies()).containsExactly("13103", "13101", "13104");
    }
}
