package jp.tomoni.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jp.tomoni.core.lot.FactorKind;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.core.unit.EmissionFactor;
import jp.tomoni.engine.EngineCommand.AnswerPart;
import jp.tomoni.engine.EngineCommand.ApplyToGroup;
import jp.tomoni.engine.EngineCommand.CreateGroup;
import jp.tomoni.engine.EngineCommand.DecideApplication;
import jp.tomoni.engine.EngineCommand.ProposeAward;
import jp.tomoni.engine.EngineCommand.RegisterUser;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.GroupApplication;
import jp.tomoni.engine.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The journal's format for the commands of procurement groups, users, retailers' applications and the two-step
 * approval; part of {@link CommandCodec}'s contract. Roles are written in their names' order, so one command has
 * one payload.
 */
final class OrganisationCodec {

    private OrganisationCodec() {
    }

    /** Writes the payload of {@code command} into {@code n}; {@code false} when it is not one of these commands. */
    static boolean encode(EngineCommand command, ObjectNode n) {
        if (command instanceof CreateGroup c) {
            n.put("groupId", c.groupId()).put("name", c.name()).put("nameJa", c.nameJa()).put("leadBody", c.leadBody());
            c.members().forEach(n.putArray("members")::add);
        } else if (command instanceof RegisterUser c) {
            n.put("userId", c.userId()).put("bodyCode", c.bodyCode()).put("passwordHash", c.passwordHash());
            new TreeSet<>(c.roles().stream().map(Enum::name).toList()).forEach(n.putArray("roles")::add);
        } else if (command instanceof ApplyToGroup c) {
            n.put("retailerId", c.retailerId()).put("groupId", c.groupId())
                    .put("registrationNumber", c.registrationNumber()).put("securityYen", c.securityYen())
                    .put("securityExpiresOn", c.securityExpiresOn().toString());
            var plans = n.putArray("plans");
            c.plans().forEach(p -> {
                ObjectNode plan = plans.addObject().put("name", p.name());
                plan.put("value", p.factor().value().toString()).put("kind", p.factor().kind().label())
                        .put("fiscalYear", p.factor().fiscalYear());
            });
        } else if (command instanceof DecideApplication c) {
            n.put("retailerId", c.retailerId()).put("groupId", c.groupId()).put("approved", c.approved())
                    .put("reason", c.reason());
        } else if (command instanceof ProposeAward c) {
            n.put("auctionId", c.auctionId());
        } else if (command instanceof AnswerPart c) {
            n.put("auctionId", c.auctionId()).put("bodyCode", c.bodyCode()).put("confirmed", c.confirmed())
                    .put("reason", c.reason());
        } else {
            return false;
        }
        return true;
    }

    /** The command of {@code kind} read from {@code n}, or {@code null} when the kind is not one of these. */
    static EngineCommand decode(String kind, JsonNode n) {
        return switch (kind) {
            case "CreateGroup" -> new CreateGroup(text(n, "groupId"), text(n, "name"), text(n, "nameJa"),
                    text(n, "leadBody"), strings(n.get("members")));
            case "RegisterUser" -> new RegisterUser(text(n, "userId"), text(n, "bodyCode"),
                    Set.copyOf(strings(n.get("roles")).stream().map(Role::valueOf).toList()), text(n, "passwordHash"));
            case "ApplyToGroup" -> new ApplyToGroup(text(n, "retailerId"), text(n, "groupId"),
                    text(n, "registrationNumber"), plans(n.get("plans")), n.get("securityYen").longValue(),
                    LocalDate.parse(text(n, "securityExpiresOn")));
            case "DecideApplication" -> new DecideApplication(text(n, "retailerId"), text(n, "groupId"),
                    n.get("approved").booleanValue(), text(n, "reason"));
            case "ProposeAward" -> new ProposeAward(text(n, "auctionId"));
            case "AnswerPart" -> new AnswerPart(text(n, "auctionId"), text(n, "bodyCode"),
                    n.get("confirmed").booleanValue(), text(n, "reason"));
            default -> null;
        };
    }

    private static String text(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() ? null : v.stringValue();
    }

    private static List<GroupApplication.Plan> plans(JsonNode array) {
        List<GroupApplication.Plan> out = new ArrayList<>(array.size());
        array.forEach(p -> out.add(new GroupApplication.Plan(text(p, "name"), new ReportedFactor(
                EmissionFactor.parse(text(p, "value")), FactorKind.parse(text(p, "kind")), p.get("fiscalYear").intValue()))));
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>(array.size());
        array.forEach(e -> out.add(e.stringValue()));
        return out;
    }
}
