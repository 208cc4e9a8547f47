package jp.tomoni.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scope policy, cell by cell: given groups G1 (lead 13101; 13103, 13104) and G2 (lead 11100; 11208, 13205)
 * and a user of each kind, when each actor asks each check about a target of its own body, another body of its
 * group, a body of the other group, and a lot of no group (body 13102, in no group), expect the decision written
 * in {@link #MATRIX}. Outside a member's group the answer is HIDE; inside it, what the member may see but not do
 * is FORBID. The installation's accounts belong to no body: for them "own" and "same group" are G1's 13101 and
 * 13103, "other group" is G2's 11208.
 */
class AccessTest {

    /** Actor → the four targets own, same group, other group, no group, as (groupId, bodyCode). */
    private static final Map<String, List<Target>> TARGETS = new LinkedHashMap<>();

    static {
        List<Target> fromChiyoda = targets("G1", "13101", "13103", "G2", "11208");
        TARGETS.put("operator", fromChiyoda);
        TARGETS.put("installationAnalyst", fromChiyoda);
        TARGETS.put("admin.13101", fromChiyoda);
        TARGETS.put("lead.13101", fromChiyoda);
        TARGETS.put("officer.13103", targets("G1", "13103", "13101", "G2", "11208"));
        TARGETS.put("analyst.13104", targets("G1", "13104", "13101", "G2", "11100"));
        TARGETS.put("lead.11100", targets("G2", "11100", "11208", "G1", "13101"));
        TARGETS.put("officer.11208", targets("G2", "11208", "11100", "G1", "13103"));
    }

    /**
     * The expected decisions: A = ALLOW, F = FORBID, H = HIDE, for the targets own / same group / other group /
     * no group in that order.
     */
    private static final String MATRIX = """
            actor               readGroupWork runGroupWork readFacility manageFacilities answerPart readContract administer readRetailers audit readGroup
            operator            AAAA          AAAA         AAAA         AAAA             FFFF       AAAA         AAAA       AAAA          AAAA  AAAA
            installationAnalyst AAAA          FFFF         AAAA         FFFF             FFFF       AAAA         FFFF       FFFF          FFFF  AAAA
            admin.13101         FFHH          FFHH         HHHH         FFFF             FFHH       FFHH         AAAA       AAAA          FFFF  AAAA
            lead.13101          AAHH          AAHH         AAHH         AFFF             AFHH       AAHH         FFFF       AAAA          FFFF  AAHH
            officer.13103       AAHH          FFHH         AHHH         AFFF             AFHH       AFHH         FFFF       FFFF          FFFF  AAHH
            analyst.13104       AAHH          FFHH         AAHH         FFFF             FFHH       AAHH         FFFF       FFFF          FFFF  AAHH
            lead.11100          AAHH          AAHH         AAHH         AFFF             AFHH       AAHH         FFFF       AAAA          FFFF  AAHH
            officer.11208       AAHH          FFHH         AHHH         AFFF             AFHH       AFHH         FFFF       FFFF          FFFF  AAHH
            """;

    private static final List<String> TARGET_NAMES = List.of("own body", "other body of the group", "other group",
            "no group");

    /** Each check, asked about one target. */
    private static final Map<String, Check> CHECKS = new LinkedHashMap<>();

    static {
        CHECKS.put("readGroupWork", (access, actor, t) -> access.readGroupWork(actor, t.groupId()));
        CHECKS.put("runGroupWork", (access, actor, t) -> access.runGroupWork(actor, t.groupId()));
        CHECKS.put("readFacility", (access, actor, t) -> access.readFacility(actor, t.bodyCode()));
        CHECKS.put("manageFacilities", (access, actor, t) -> access.manageFacilities(actor, t.bodyCode()));
        CHECKS.put("answerPart", (access, actor, t) -> access.answerPart(actor, t.groupId(), t.bodyCode()));
        CHECKS.put("readContract", (access, actor, t) -> access.readContract(actor, t.groupId(), t.bodyCode()));
        CHECKS.put("administer", (access, actor, t) -> access.administer(actor));
        CHECKS.put("readRetailers", (access, actor, t) -> access.readRetailers(actor));
        CHECKS.put("audit", (access, actor, t) -> access.audit(actor));
        CHECKS.put("readGroup", (access, actor, t) -> access.readGroup(actor, t.groupId()));
    }

    private static final OrganisationQueries ORGANISATION = organisation();
    private static final Access ACCESS = new Access(ORGANISATION);

    private record Target(String groupId, String bodyCode) {
    }

    @FunctionalInterface
    private interface Check {
        Decision ask(Access access, Actor actor, Target target);
    }

    private static List<Target> targets(String group, String own, String sameGroup, String otherGroup,
                                        String otherBody) {
        return List.of(new Target(group, own), new Target(group, sameGroup), new Target(otherGroup, otherBody),
                new Target(null, "13102"));
    }

    /** A real engine fed the two groups and six users. */
    private static OrganisationQueries organisation() {
        EngineProcessor processor = new EngineProcessor();
        List<EngineCommand> commands = List.of(
                new EngineCommand.CreateGroup("G1", "Central", "都心", "13101", List.of("13101", "13103", "13104")),
                new EngineCommand.CreateGroup("G2", "Saitama and Ome", "埼玉・青梅", "11100",
                        List.of("11100", "11208", "13205")),
                new EngineCommand.RegisterUser("admin.13101", "13101", Set.of(Role.ADMIN), "{bcrypt}a"),
                new EngineCommand.RegisterUser("lead.13101", "13101", Set.of(Role.LEAD_OFFICER), "{bcrypt}b"),
                new EngineCommand.RegisterUser("officer.13103", "13103", Set.of(Role.BODY_OFFICER), "{bcrypt}c"),
                new EngineCommand.RegisterUser("analyst.13104", "13104", Set.of(Role.ANALYST), "{bcrypt}d"),
                new EngineCommand.RegisterUser("lead.11100", "11100", Set.of(Role.LEAD_OFFICER), "{bcrypt}e"),
                new EngineCommand.RegisterUser("officer.11208", "11208", Set.of(Role.BODY_OFFICER), "{bcrypt}f"));
        long seq = 0;
        for (EngineCommand command : commands) {
            List<LoggedEvent> events = processor.apply(new Journaled(++seq, Instant.parse("2026-12-01T00:00:00Z"),
                    "operator", command));
            assertThat(events).noneMatch(e -> e.event() instanceof EngineEvent.CommandRejected);
        }
        return processor.organisation();
    }

    private static Actor actor(String name) {
        return switch (name) {
            case "operator" -> Actor.operator("operator");
            case "installationAnalyst" -> Actor.installationAnalyst("analyst");
            default -> Actor.member(ORGANISATION.user(name));
        };
    }

    private static Decision decision(char letter) {
        return switch (letter) {
            case 'A' -> Decision.ALLOW;
            case 'F' -> Decision.FORBID;
            case 'H' -> Decision.HIDE;
            default -> throw new IllegalArgumentException("no decision " + letter);
        };
    }

    /** Every cell of the matrix: actor, check, target and the expected decision. */
    static Stream<Arguments> cells() {
        List<String> lines = MATRIX.lines().toList();
        List<String> checks = List.of(lines.get(0).trim().split("\\s+")).subList(1, CHECKS.size() + 1);
        List<Arguments> cells = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] row = line.trim().split("\\s+");
            for (int c = 0; c < checks.size(); c++) {
                for (int t = 0; t < TARGET_NAMES.size(); t++) {
                    cells.add(Arguments.of(row[0], checks.get(c), TARGET_NAMES.get(t), decision(row[c + 1].charAt(t))));
                }
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @MethodSource("cells")
    void eachCellOfTheMatrix(String actorName, String check, String target, Decision expected) {
        Target asked = TARGETS.get(actorName).get(TARGET_NAMES.indexOf(target));
        assertThat(CHECKS.get(check).ask(ACCESS, actor(actorName), asked))
                .as("%s %s on %s %s", actorName, check, target, asked).isEqualTo(expected);
    }

    @Test
    void theMatrixCoversEveryActorAndEveryCheck() {
        List<String> lines = MATRIX.lines().toList();
        assertThat(List.of(lines.get(0).trim().split("\\s+")).subList(1, lines.get(0).trim().split("\\s+").length))
                .containsExactlyElementsOf(CHECKS.keySet());
        assertThat(lines.subList(1, lines.size()).stream().map(l -> l.trim().split("\\s+")[0]))
                .containsExactlyElementsOf(TARGETS.keySet());
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l.trim().split("\\s+"))
                .hasSize(CHECKS.size() + 1).allSatisfy(cell -> assertThat(cell.length()).isGreaterThanOrEqualTo(4)));
        assertThat(cells()).hasSize(8 * 10 * 4);
    }

    @Test
    void aMemberOfABodyInNoGroupSeesOnlyItsOwnFacilitiesAndNoGroupWork() {
        Actor chuo = Actor.member(new jp.tomoni.engine.UserAccount("officer.13102", "13102",
                Set.of(Role.BODY_OFFICER), "{bcrypt}g"));
        assertThat(ACCESS.readFacility(chuo, "13102")).isEqualTo(Decision.ALLOW);
        assertThat(ACCESS.manageFacilities(chuo, "13102")).isEqualTo(Decision.ALLOW);
        assertThat(ACCESS.readFacility(chuo, "13101")).isEqualTo(Decision.HIDE);
        assertThat(Stream.of("G1", "G2", null).map(g -> ACCESS.readGroupWork(chuo, g))).containsOnly(Decision.HIDE);
        assertThat(ACCESS.answerPart(chuo, null, "13102")).isEqualTo(Decision.HIDE);
    }

    @Test
    void aLeadOfficerRunsOnlyTheGroupItsBodyLeads() {
        BiFunction<String, String, Decision> run = (user, group) -> ACCESS.runGroupWork(actor(user), group);
        assertThat(run.apply("lead.13101", "G1")).isEqualTo(Decision.ALLOW);
        assertThat(run.apply("lead.13101", "G2")).isEqualTo(Decision.HIDE);
        assertThat(run.apply("lead.11100", "G2")).isEqualTo(Decision.ALLOW);
        assertThat(run.apply("lead.11100", "G9")).as("a group that does not exist").isEqualTo(Decision.HIDE);
        assertThat(ACCESS.runGroupWork(Actor.operator("op"), "G9")).isEqualTo(Decision.ALLOW);
    }
}
