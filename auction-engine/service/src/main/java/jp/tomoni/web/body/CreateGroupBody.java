package jp.tomoni.web.body;

import static jp.tomoni.web.body.BodyValueException.required;

import java.util.List;
import jp.tomoni.engine.EngineCommand;

/**
 * The body that forms a procurement group: {@code {groupId, name, nameJa, leadBody, members[]}}. Bodies are
 * named by their municipal codes in the reference data; the lead is a member whether {@code members} names it
 * or not.
 *
 * @param groupId  the new group's id
 * @param name     its name in English
 * @param nameJa   its name in Japanese
 * @param leadBody the lead body's municipal code
 * @param members  the other members' municipal codes (1 to {@value #MAX_MEMBERS})
 */
public record CreateGroupBody(Identifier groupId, Text name, Text nameJa, Identifier leadBody,
                              List<Identifier> members) {

    /** The most bodies one group may name. */
    public static final int MAX_MEMBERS = 100;

    public CreateGroupBody {
        required(groupId, "groupId");
        required(name, "name");
        required(nameJa, "nameJa");
        required(leadBody, "leadBody");
        members = members == null ? List.of() : List.copyOf(members);
        if (members.size() > MAX_MEMBERS) {
            throw new BodyValueException("OUT_OF_RANGE", "members", "a group names at most " + MAX_MEMBERS + " bodies");
        }
    }

    /** The engine's command for this body. */
    public EngineCommand.CreateGroup command() {
        return new EngineCommand.CreateGroup(groupId.value(), name.value(), nameJa.value(), leadBody.value(),
                members.stream().map(Identifier::value).toList());
    }
}
