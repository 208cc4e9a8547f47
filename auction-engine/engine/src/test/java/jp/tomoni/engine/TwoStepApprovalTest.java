package jp.tomoni.engine;

import static jp.tomoni.engine.EngineFixture.RENEWABLE;
import static jp.tomoni.engine.EngineFixture.T0;
import static jp.tomoni.engine.EngineFixture.bid;
import static jp.tomoni.engine.EngineFixture.facility;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.tomoni.core.AuctionStatus;
import jp.tomoni.core.clock.ClockParameters;
import jp.tomoni.core.unit.Price;
import jp.tomoni.engine.EngineCommand.AnswerPart;
import jp.tomoni.engine.EngineCommand.ProposeAward;
import jp.tomoni.engine.EngineEvent.AuctionStateChanged;
import jp.tomoni.engine.EngineEvent.AwardProposed;
import jp.tomoni.engine.EngineEvent.CommandRejected;
import jp.tomoni.engine.EngineEvent.PartAnswered;
import org.junit.jupiter.api.Test;

/**
 * The two-step approval of a group's award (起案・決裁): given a lot of group G1 with facilities of 13103, 13101 and
 * 13104 (in that order) and a CLOCK auction of it that ended AWARDED, when the lead's officer proposes the award
 * expect AwardProposed by that officer to the lot's bodies in the lot's order; then each body answers for its own
 * part once, a decline with a reason, and after the last answer the auction is APPROVED, naming the bodies that
 * declined. A group's award is never approved in one step, an award of no group never in two; only the award of an
 * ended auction can be proposed, once. The same journal replayed gives the same events and the same approval.
 */
class TwoStepApprovalTest {

    private static final String LEAD = "chiyoda.lead";

    private final EngineFixture engine = new EngineFixture();
    private final List<LoggedEvent> logged = new ArrayList<>();

    /** Journals {@code command} from {@code actor} at {@code seconds} after T0 and returns its events. */
    private List<EngineEvent> as(String actor, long seconds, EngineCommand command) {
        Journaled entry = new Journaled(engine.processor.lastSeq() + 1, T0.plusSeconds(seconds), actor, command);
        engine.journal.add(entry);
        List<LoggedEvent> events = engine.processor.apply(entry);
        logged.addAll(events);
        return events.stream().map(LoggedEvent::event).toList();
    }

    private List<EngineEvent> at(long seconds, EngineCommand command) {
        return as("test", seconds, command);
    }

    private LiveAuction auction(String id) {
        return engine.processor.auction(id);
    }

    /** G1 = 13101 (lead), 13103, 13104; lot GL of G1, lot L0 of no group; retailers A and B, qualified in G1. */
    TwoStepApprovalTest() {
        at(0, new EngineCommand.ImportFacilities(List.of(facility("F-13103", "13103", 1_000_000),
                facility("F-13101", "13101", 3_000_000), facility("F-13102", "13102", 700_000),
                facility("F-13104", "13104", 500_000))));
        at(0, new EngineCommand.CreateGroup("G1", "Central", "都心", "13101", List.of("13101", "13103", "13104")));
        at(0, new EngineCommand.CreateLot("GL", "G1 offices", new LotSelection(Set.of(), Set.of(), Set.of(),
                Set.of()), null, "G1"));
        at(0, new EngineCommand.CreateLot("L0", "Chuo", new LotSelection(Set.of("13102"), Set.of(), Set.of(),
                Set.of())));
        for (String id : List.of("A", "B")) {
            at(0, new EngineCommand.QualifyRetailer(id, "Retailer " + id, "A000" + id, RENEWABLE, 1_000_000, 2,
                    "hash-" + id));
            at(0, new EngineCommand.ApplyToGroup(id, "G1", "A000" + id, List.of(new GroupApplication.Plan("Green",
                    RENEWABLE)), 1_000_000, java.time.LocalDate.parse("2099-03-31")));
            at(0, new EngineCommand.DecideApplication(id, "G1", true, null));
        }
    }

    private void create(String id, String lot, long at) {
        at(at, new EngineCommand.CreateClockAuction(id, lot, ClockParameters.withDefaults(2, Price.parse("30.00"),
                null), Duration.ofSeconds(60), Duration.ZERO, EngineFixture.SEED, List.of(), null));
        at(at + 1, new EngineCommand.StartAuction(id));
    }

    /** Auction {@code id} of {@code lot}, created at 1 s, both tranches bid in round one, AWARDED at 70 s. */
    private void awarded(String id, String lot) {
        create(id, lot, 1);
        at(6, bid(id, "A", 1, 1));
        at(7, bid(id, "B", 1, 1));
        assertThat(at(70, new EngineCommand.Tick())).anyMatch(e -> e instanceof EngineEvent.AuctionEnded ended
                && ended.status() == AuctionStatus.AWARDED);
    }

    @Test
    void theLeadsProposalGoesToTheLotsBodiesInTheLotsOrder() {
        awarded("GA", "GL");
        assertThat(as(LEAD, 80, new ProposeAward("GA"))).containsExactly(
                new AwardProposed("GA", LEAD, List.of("13103", "13101", "13104")));

        AwardApproval approval = auction("GA").approval();
        assertThat(approval.proposedBy()).isEqualTo(LEAD);
        assertThat(approval.proposedAt()).isEqualTo(T0.plusSeconds(80));
        assertThat(approval.parts()).containsExactly(new AwardApproval.Part("13103", null),
                new AwardApproval.Part("13101", null), new AwardApproval.Part("13104", null));
        assertThat(approval.complete()).isFalse();
        assertThat(approval.declined()).isEmpty();
        assertThat(auction("GA").state()).isEqualTo(AuctionState.ENDED);
        assertThat(auction("GA").log().from(0)).extracting(LoggedEvent::event)
                .contains(new AwardProposed("GA", LEAD, List.of("13103", "13101", "13104")));
    }

    @Test
    void aGroupsAwardIsNotApprovedInOneStep() {
        awarded("GA", "GL");
        assertThat(at(80, new EngineCommand.ApproveAward("GA"))).containsExactly(new CommandRejected(
                "TWO_STEP_APPROVAL", "auctionId", "auction GA belongs to group G1: its lead proposes the award and "
                        + "each body confirms its own part"));
        assertThat(auction("GA").state()).isEqualTo(AuctionState.ENDED);
    }

    @Test
    void anAwardOfNoGroupIsNotProposedButApprovedInOneStep() {
        awarded("UA", "L0");
        assertThat(as(LEAD, 80, new ProposeAward("UA"))).containsExactly(new CommandRejected("ONE_STEP_APPROVAL",
                "auctionId", "auction UA belongs to no group; approve its award in one step"));
        assertThat(auction("UA").approval()).isNull();
        assertThat(at(81, new EngineCommand.ApproveAward("UA"))).containsExactly(
                new AuctionStateChanged("UA", AuctionState.APPROVED, "award approved"));
    }

    @Test
    void onlyTheAwardOfAnEndedAuctionCanBeProposed() {
        at(1, new EngineCommand.CreateClockAuction("GA", "GL", ClockParameters.withDefaults(2, Price.parse("30.00"),
                null), Duration.ofSeconds(60), Duration.ZERO, EngineFixture.SEED, List.of(), null));
        assertThat(as(LEAD, 2, new ProposeAward("GA"))).containsExactly(new CommandRejected("WRONG_STATE", "state",
                "auction GA is CREATED; only an award of an ended auction can be proposed"));
        at(3, new EngineCommand.StartAuction("GA"));
        assertThat(as(LEAD, 4, new ProposeAward("GA"))).containsExactly(new CommandRejected("WRONG_STATE", "state",
                "auction GA is RUNNING; only an award of an ended auction can be proposed"));
        at(5, bid("GA", "A", 1, 1));
        at(70, new EngineCommand.Tick());
        assertThat(auction("GA").outcome()).isEqualTo(AuctionStatus.UNDERSUBSCRIBED);
        assertThat(as(LEAD, 71, new ProposeAward("GA"))).as("ended without an award").containsExactly(
                new CommandRejected("WRONG_STATE", "state", "auction GA is ENDED (UNDERSUBSCRIBED); only an award of "
                        + "an ended auction can be proposed"));
        assertThat(auction("GA").approval()).isNull();
        assertThat(as(LEAD, 72, new ProposeAward("NONE"))).containsExactly(
                new CommandRejected("UNKNOWN_AUCTION", "auctionId", "no auction NONE"));
    }

    @Test
    void anAwardIsProposedOnce() {
        awarded("GA", "GL");
        as(LEAD, 80, new ProposeAward("GA"));
        assertThat(as("someone.else", 81, new ProposeAward("GA"))).containsExactly(new CommandRejected("WRONG_STATE",
                "state", "the award of auction GA was already proposed"));
        assertThat(auction("GA").approval().proposedBy()).isEqualTo(LEAD);
        assertThat(auction("GA").approval().proposedAt()).isEqualTo(T0.plusSeconds(80));
    }

    @Test
    void noPartIsAnsweredBeforeTheProposalNorForABodyWithoutFacilitiesInTheLot() {
        awarded("GA", "GL");
        assertThat(as("minato.officer", 75, new AnswerPart("GA", "13103", true, null))).containsExactly(
                new CommandRejected("WRONG_STATE", "state", "the award of auction GA has not been proposed"));
        as(LEAD, 80, new ProposeAward("GA"));
        assertThat(as("chuo.officer", 81, new AnswerPart("GA", "13102", true, null))).containsExactly(
                new CommandRejected("NO_PART", "bodyCode", "body 13102 has no facility in auction GA"));
        assertThat(auction("GA").approval().parts()).allMatch(p -> p.answer() == null);
    }

    @Test
    void aDeclineSaysWhyAndEachBodyAnswersOnce() {
        awarded("GA", "GL");
        as(LEAD, 80, new ProposeAward("GA"));
        CommandRejected why = new CommandRejected("REASON_REQUIRED", "reason", "a body that declines its part says why");
        assertThat(as("minato.officer", 81, new AnswerPart("GA", "13103", false, null))).containsExactly(why);
        assertThat(as("minato.officer", 82, new AnswerPart("GA", "13103", false, "  "))).containsExactly(why);
        assertThat(auction("GA").approval().part("13103").answer()).isNull();

        assertThat(as("minato.officer", 83, new AnswerPart("GA", "13103", true, "fine by us"))).as("no reason kept")
                .containsExactly(new PartAnswered("GA", "13103", true, null, "minato.officer"));
        assertThat(as("minato.officer", 84, new AnswerPart("GA", "13103", false, "changed our mind")))
                .containsExactly(new CommandRejected("ALREADY_ANSWERED", "bodyCode",
                        "body 13103 already answered for its part"));
        assertThat(auction("GA").approval().part("13103").answer()).isEqualTo(
                new AwardApproval.Answer(true, null, "minato.officer", T0.plusSeconds(83)));
    }

    /** The whole approval of GA: 13103 confirms, 13101 declines, 13104 confirms last. */
    private List<EngineEvent> approvedWithOneDecline() {
        awarded("GA", "GL");
        as(LEAD, 80, new ProposeAward("GA"));
        assertThat(as("minato.officer", 90, new AnswerPart("GA", "13103", true, null))).containsExactly(
                new PartAnswered("GA", "13103", true, null, "minato.officer"));
        assertThat(as(LEAD, 95, new AnswerPart("GA", "13101", false, "over the budget"))).containsExactly(
                new PartAnswered("GA", "13101", false, "over the budget", LEAD));
        assertThat(auction("GA").state()).as("one body still to answer").isEqualTo(AuctionState.ENDED);
        return as("shinjuku.officer", 100, new AnswerPart("GA", "13104", true, null));
    }

    @Test
    void theLastAnswerApprovesTheAwardAndNamesTheBodiesThatDeclined() {
        assertThat(approvedWithOneDecline()).containsExactly(
                new PartAnswered("GA", "13104", true, null, "shinjuku.officer"),
                new AuctionStateChanged("GA", AuctionState.APPROVED, "award approved; declined by 13101"));

        LiveAuction auction = auction("GA");
        assertThat(auction.state()).isEqualTo(AuctionState.APPROVED);
        AwardApproval approval = auction.approval();
        assertThat(approval.complete()).isTrue();
        assertThat(approval.declined()).containsExactly("13101");
        assertThat(approval.proposedBy()).isEqualTo(LEAD);
        assertThat(approval.proposedAt()).isEqualTo(T0.plusSeconds(80));
        assertThat(approval.parts()).containsExactly(
                new AwardApproval.Part("13103", new AwardApproval.Answer(true, null, "minato.officer",
                        T0.plusSeconds(90))),
                new AwardApproval.Part("13101", new AwardApproval.Answer(false, "over the budget", LEAD,
                        T0.plusSeconds(95))),
                new AwardApproval.Part("13104", new AwardApproval.Answer(true, null, "shinjuku.officer",
                        T0.plusSeconds(100))));
        assertThat(as(LEAD, 101, new ProposeAward("GA"))).containsExactly(new CommandRejected("WRONG_STATE", "state",
                "auction GA is APPROVED (AWARDED); only an award of an ended auction can be proposed"));
        assertThat(at(102, new EngineCommand.ApproveAward("GA"))).containsExactly(new CommandRejected("WRONG_STATE",
                "state", "auction GA is APPROVED, not ENDED"));
    }

    @Test
    void whenEveryBodyConfirmsTheAwardIsApprovedByEveryBody() {
        awarded("GA", "GL");
        as(LEAD, 80, new ProposeAward("GA"));
        as("minato.officer", 81, new AnswerPart("GA", "13103", true, null));
        as(LEAD, 82, new AnswerPart("GA", "13101", true, null));
        assertThat(as("shinjuku.officer", 83, new AnswerPart("GA", "13104", true, null))).endsWith(
                new AuctionStateChanged("GA", AuctionState.APPROVED, "award approved by every body"));
        assertThat(auction("GA").approval().declined()).isEmpty();
    }

    @Test
    void replayingTheJournalGivesTheSameEventsAndTheSameApproval() {
        approvedWithOneDecline();
        EngineProcessor fresh = new EngineProcessor();
        List<LoggedEvent> replayed = new ArrayList<>();
        engine.journal.forEach(entry -> replayed.addAll(fresh.apply(entry)));

        assertThat(replayed).isEqualTo(logged);
        assertThat(fresh.auction("GA").approval()).isEqualTo(auction("GA").approval());
        assertThat(fresh.auction("GA").state()).isEqualTo(AuctionState.APPROVED);
        assertThat(fresh.auction("GA").log().from(0)).isEqualTo(auction("GA").log().from(0));
        assertThat(fresh.organisation().group("G1")).isEqualTo(engine.processor.organisation().group("G1"));
    }
}
