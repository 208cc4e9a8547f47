package jp.tomoni.engine;

import static jp.tomoni.engine.EngineFixture.PLANNING;
import static jp.tomoni.engine.EngineFixture.RENEWABLE;
import static jp.tomoni.engine.EngineFixture.SEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.tomoni.core.clock.ClockParameters;
import jp.tomoni.core.unit.Price;
import jp.tomoni.engine.EngineEvent.CommandRejected;
import jp.tomoni.replay.ReplayOutcome;
import jp.tomoni.replay.Scenario;
import jp.tomoni.replay.ScenarioReader;
import jp.tomoni.replay.ScenarioReplay;
import jp.tomoni.replay.ScenarioWriter;
import org.junit.jupiter.api.Test;

/**
 * Qualification per procurement group. Given retailers registered once for the installation, when they apply
 * to group G1 with plans and posted security and G1's lead approves one and refuses another, expect only the
 * approved retailer invited to G1's auctions, with its application's security, last day and first plan, while
 * an auction of no group still invites every registered retailer, and its export replays to the same award;
 * and every refusal to change nothing.
 */
class GroupQualificationTest {

    private static final LocalDate LAST_DAY = LocalDate.parse("2099-03-31");
    private static final GroupApplication.Plan GREEN = new GroupApplication.Plan("Green 100", RENEWABLE);
    private static final GroupApplication.Plan MIX = new GroupApplication.Plan("Standard mix", PLANNING);

    private final EngineFixture engine = new EngineFixture();

    GroupQualificationTest() {
        engine.at(0, new EngineCommand.ImportFacilities(List.of(EngineFixture.facility("F1", "13101", 3_000_000),
                EngineFixture.facility("F2", "13102", 1_000_000))));
        engine.at(0, new EngineCommand.CreateGroup("G1", "Central", "都心", "13101", List.of("13101")));
        engine.at(0, new EngineCommand.CreateLot("GL", "G1 office", new LotSelection(Set.of(), Set.of(), Set.of(),
                Set.of()), null, "G1"));
        engine.at(0, new EngineCommand.CreateLot("L0", "Chuo office", new LotSelection(Set.of("13102"), Set.of(),
                Set.of(), Set.of())));
        for (String id : List.of("A", "B", "C")) {
            engine.at(0, new EngineCommand.QualifyRetailer(id, "Retailer " + id, "A000" + id.charAt(0), PLANNING,
                    1_000_000, 2, "hash-" + id));
        }
    }

    private List<EngineEvent> apply(String retailer, String registration, long security) {
        return engine.at(1, new EngineCommand.ApplyToGroup(retailer, "G1", registration, List.of(MIX, GREEN),
                security, LAST_DAY));
    }

    private List<EngineEvent> decide(String retailer, boolean approved, String reason) {
        return engine.at(2, new EngineCommand.DecideApplication(retailer, "G1", approved, reason));
    }

    private LiveAuction clock(String id, String lot, Long perTranche) {
        engine.at(3, new EngineCommand.CreateClockAuction(id, lot, ClockParameters.withDefaults(2,
                Price.parse("30.00"), null), Duration.ofSeconds(60), Duration.ZERO, SEED, List.of(), null, null,
                perTranche));
        return engine.processor.auction(id);
    }

    @Test
    void onlyAnApprovedRetailerIsInvitedToTheGroupsAuctionsWithItsApplicationsSecurityAndFirstPlan() {
        assertThat(apply("A", "A000A", 25_000_000)).containsExactly(new EngineEvent.ApplicationFiled("A", "G1"));
        apply("B", "A000B", 9_000_000);
        assertThat(decide("A", true, null)).containsExactly(new EngineEvent.ApplicationDecided("A", "G1", true, null,
                "test"));
        assertThat(decide("B", false, "no security bond from a bank")).containsExactly(
                new EngineEvent.ApplicationDecided("B", "G1", false, "no security bond from a bank", "test"));

        LiveAuction group = clock("GA", "GL", 10_000_000L);
        assertThat(group.roster().keySet()).containsExactly("A");
        Retailer a = group.roster().get("A");
        assertThat(a.securityYen()).isEqualTo(25_000_000);
        assertThat(a.eligibility()).as("25 million yen at 10 million a tranche").isEqualTo(2);
        assertThat(a.securityExpiresOn()).isEqualTo(LAST_DAY);
        assertThat(a.menuFactor()).as("the first plan's factor").isEqualTo(PLANNING);
        assertThat(clock("UA", "L0", null).roster().keySet()).containsExactlyInAnyOrder("A", "B", "C");
    }

    @Test
    void aGroupAuctionNamingAnUnqualifiedRetailerIsRefused() {
        apply("A", "A000A", 25_000_000);
        engine.at(3, new EngineCommand.CreateClockAuction("GA", "GL", ClockParameters.withDefaults(2,
                Price.parse("30.00"), null), Duration.ofSeconds(60), Duration.ZERO, SEED, List.of("A"), null));
        assertThat(engine.processor.auction("GA")).as("A's application is still pending").isNull();
    }

    @Test
    void refusalsChangeNothing() {
        String before = state();
        assertThat(code(engine.at(1, new EngineCommand.ApplyToGroup("X", "G1", "A0001", List.of(GREEN), 1, LAST_DAY))))
                .isEqualTo("UNKNOWN_RETAILER");
        assertThat(code(engine.at(1, new EngineCommand.ApplyToGroup("A", "G9", "A000A", List.of(GREEN), 1, LAST_DAY))))
                .isEqualTo("UNKNOWN_GROUP");
        assertThat(code(apply("A", "A0001", 1))).isEqualTo("REGISTRATION_MISMATCH");
        assertThat(code(decide("A", true, null))).isEqualTo("UNKNOWN_APPLICATION");
        assertThat(state()).isEqualTo(before);
        apply("A", "A000A", 1);
        String pending = state();
        assertThat(code(apply("A", "A000A", 2))).isEqualTo("ALREADY_APPLIED");
        assertThat(code(decide("A", false, " "))).isEqualTo("REASON_REQUIRED");
        assertThat(state()).isEqualTo(pending);
        decide("A", true, null);
        String approved = state();
        assertThat(code(decide("A", false, "changed our mind"))).isEqualTo("WRONG_STATE");
        assertThat(code(apply("A", "A000A", 3))).isEqualTo("ALREADY_APPLIED");
        assertThat(state()).isEqualTo(approved);
    }

    @Test
    void aRefusedRetailerMayApplyAgainAndSeesEachAnswer() {
        apply("B", "A000B", 1_000_000);
        decide("B", false, "the bond has expired");
        GroupApplication refused = engine.processor.organisation().applicationsOf("B").get(0);
        assertThat(refused.status()).isEqualTo(GroupApplication.Status.REFUSED);
        assertThat(refused.reason()).isEqualTo("the bond has expired");
        assertThat(refused.decidedBy()).isEqualTo("test");
        assertThat(apply("B", "A000B", 2_000_000)).containsExactly(new EngineEvent.ApplicationFiled("B", "G1"));
        GroupApplication again = engine.processor.organisation().applicationsOf("B").get(0);
        assertThat(again.status()).isEqualTo(GroupApplication.Status.PENDING);
        assertThat(again.securityYen()).isEqualTo(2_000_000);
        assertThat(again.plans()).containsExactly(MIX, GREEN);
        assertThat(engine.processor.organisation().applicationsTo("G1")).containsExactly(again);
    }

    @Test
    void aReplayOfTheJournalGivesTheSameApplications() {
        apply("A", "A000A", 25_000_000);
        apply("B", "A000B", 9_000_000);
        decide("A", true, null);
        decide("B", false, "no bond");
        EngineProcessor fresh = new EngineProcessor();
        engine.journal.forEach(fresh::apply);
        assertThat(fresh.organisation().applicationsTo("G1"))
                .isEqualTo(engine.processor.organisation().applicationsTo("G1"));
    }

    @Test
    void aGroupsAuctionExportsItsApprovedRosterAndTheExportReplaysToTheSameAward() {
        apply("A", "A000A", 25_000_000);
        apply("B", "A000B", 10_000_000);
        decide("A", true, null);
        decide("B", true, null);
        clock("GA", "GL", 10_000_000L);
        engine.at(4, new EngineCommand.StartAuction("GA"));
        engine.at(5, EngineFixture.bid("GA", "A", 1, 1));
        engine.at(6, EngineFixture.bid("GA", "B", 1, 1));
        engine.at(120, new EngineCommand.Tick());
        EngineEvent.AuctionEnded live = engine.processor.auction("GA").log().from(0).stream().map(LoggedEvent::event)
                .filter(EngineEvent.AuctionEnded.class::isInstance).map(EngineEvent.AuctionEnded.class::cast)
                .findFirst().orElseThrow();
        Scenario exported = ScenarioExport.of(engine.processor.auction("GA"));
        assertThat(exported.bidders()).extracting(Scenario.Bidder::id, Scenario.Bidder::eligibility)
                .containsExactlyInAnyOrder(tuple("A", 2), tuple("B", 1));
        ReplayOutcome replay = ScenarioReplay.run(ScenarioReader.read(ScenarioWriter.write(exported)));
        assertThat(live.status().hasAward()).isTrue();
        assertThat(replay.status()).isEqualTo(live.status());
        assertThat(replay.price()).isEqualTo(live.price());
        assertThat(replay.report().allocation().winners().stream().map(w -> w.share().bidder() + ":"
                + w.share().tranches()).sorted().toList()).isEqualTo(live.awards().stream()
                .map(a -> a.bidder() + ":" + a.tranches()).sorted().toList());
    }

    private String state() {
        return engine.processor.organisation().applicationsTo("G1").toString();
    }

    private static String code(List<EngineEvent> events) {
        return ((CommandRejected) events.get(0)).code();
    }
}
