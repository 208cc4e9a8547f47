package jp.tomoni.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import jp.tomoni.core.clock.ClockParameters;
import jp.tomoni.core.unit.Price;
import jp.tomoni.engine.EngineEvent.CommandRejected;
import org.junit.jupiter.api.Test;

/**
 * The engine holds the scope rules itself, when a registered user's command is applied. Given groups G1 (lead
 * 13101, with 13103) and G2 (lead 11100), when G2's lead cancels, proposes or answers for G1's auction, or pools
 * a lot of G1, expect exactly the refusal of an unknown id; when G1's body officer starts G1's auction, expect
 * FORBIDDEN; and G1's lead may. So a command sent before another group created the id it names still cannot
 * touch it.
 */
class CommandScopeTest {

    private final EngineFixture engine = new EngineFixture();
    private long seq = 1_000;

    CommandScopeTest() {
        engine.at(0, new EngineCommand.ImportFacilities(List.of(EngineFixture.facility("F1", "13101", 3_000_000))));
        engine.at(0, new EngineCommand.CreateGroup("G1", "Central", "都心", "13101", List.of("13103")));
        engine.at(0, new EngineCommand.CreateGroup("G2", "Saitama", "埼玉", "11100", List.of()));
        engine.at(0, new EngineCommand.RegisterUser("lead1", "13101", Set.of(Role.LEAD_OFFICER), "{noop}x"));
        engine.at(0, new EngineCommand.RegisterUser("officer1", "13103", Set.of(Role.BODY_OFFICER), "{noop}x"));
        engine.at(0, new EngineCommand.RegisterUser("lead2", "11100", Set.of(Role.LEAD_OFFICER), "{noop}x"));
        engine.at(0, new EngineCommand.CreateLot("GL", "G1 office", new LotSelection(Set.of(), Set.of(), Set.of(),
                Set.of()), null, "G1"));
        engine.at(0, new EngineCommand.CreateClockAuction("GA", "GL", ClockParameters.withDefaults(2,
                Price.parse("30.00"), null), Duration.ofSeconds(60), Duration.ZERO, EngineFixture.SEED, List.of(),
                null));
    }

    private List<EngineEvent> as(String actor, EngineCommand command) {
        return engine.processor.apply(new Journaled(++seq, EngineFixture.T0.plusSeconds(1), actor, command)).stream()
                .map(LoggedEvent::event).toList();
    }

    @Test
    void anotherGroupsUserIsAnsweredAsForAnUnknownId() {
        String before = engine.processor.auction("GA").state() + " " + engine.processor.lots().size();
        for (EngineCommand command : List.of(new EngineCommand.CancelAuction("GA", "mine now"),
                new EngineCommand.StartAuction("GA"), new EngineCommand.ProposeAward("GA"),
                new EngineCommand.AnswerPart("GA", "11100", true, null))) {
            assertThat(as("lead2", command)).containsExactly(new CommandRejected("UNKNOWN_AUCTION", "auctionId",
                    "no auction GA"));
        }
        assertThat(as("lead2", new EngineCommand.CreateClockAuction("G2A", "GL", ClockParameters.withDefaults(2,
                Price.parse("30.00"), null), Duration.ofSeconds(60), Duration.ZERO, EngineFixture.SEED, List.of(),
                null))).containsExactly(new CommandRejected("UNKNOWN_LOT", "lotId", "no lot GL"));
        assertThat(as("lead2", new EngineCommand.CreateLot("X", "x", new LotSelection(Set.of(), Set.of(), Set.of(),
                Set.of()), null, "G1"))).containsExactly(new CommandRejected("UNKNOWN_GROUP", "groupId", "no group G1"));
        assertThat(engine.processor.auction("GA").state() + " " + engine.processor.lots().size()).isEqualTo(before);
    }

    @Test
    void aBodyOfficerMayNotRunTheGroupsAuctionAndTheLeadMay() {
        assertThat(as("officer1", new EngineCommand.StartAuction("GA"))).containsExactly(new CommandRejected(
                "FORBIDDEN", "auctionId", "your role or your body may not do this here"));
        assertThat(as("officer1", new EngineCommand.ImportFacilities(List.of(EngineFixture.facility("F9", "13101",
                1))))).containsExactly(new CommandRejected("FORBIDDEN", "wardCode",
                        "your role or your body may not do this here"));
        assertThat(as("lead1", new EngineCommand.StartAuction("GA"))).anyMatch(e -> e instanceof EngineEvent.RoundOpened);
    }

    @Test
    void theInstallationsOwnAccountsAndTheEnginesTimersAreNotScopedHere() {
        assertThat(as("officer", new EngineCommand.StartAuction("GA"))).anyMatch(e -> e instanceof EngineEvent.RoundOpened);
        assertThat(as("engine", new EngineCommand.Tick())).isEmpty();
    }
}
