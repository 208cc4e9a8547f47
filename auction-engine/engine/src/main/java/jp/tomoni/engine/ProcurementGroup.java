package jp.tomoni.engine;

import java.util.List;

/**
 * Public bodies that buy together. One of them, the lead, runs the procurement; each signs the supply
 * contracts for its own facilities. A body belongs to at most one group, so every user of a body has exactly
 * one group or none.
 *
 * @param groupId  its id
 * @param name     its name in English
 * @param nameJa   its name in Japanese
 * @param leadBody the lead body's municipal code
 * @param members  the members' municipal codes, the lead first
 */
public record ProcurementGroup(String groupId, String name, String nameJa, String leadBody, List<String> members) {

    public ProcurementGroup {
        members = List.copyOf(members);
        if (members.isEmpty() || !members.get(0).equals(leadBody)) {
            throw new IllegalArgumentException("a group's members start with its lead body");
        }
    }

    /** Whether the body with this municipal code is a member. */
    public boolean includes(String bodyCode) {
        return members.contains(bodyCode);
    }
}
