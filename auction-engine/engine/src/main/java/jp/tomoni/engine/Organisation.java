package jp.tomoni.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.tomoni.engine.EngineEvent.CommandRejected;
import jp.tomoni.reference.PublicBodies;

/**
 * Procurement groups and the users of public bodies. Each command is decided first (a refusal changes
 * nothing) and then applied from its event. Written by the engine's writer thread only; readable from any
 * thread.
 */
final class Organisation implements OrganisationQueries {

    private final PublicBodies bodies = PublicBodies.standard();
    private final Map<String, ProcurementGroup> groups = new ConcurrentHashMap<>();
    private final List<String> groupOrder = new CopyOnWriteArrayList<>();
    private final Map<String, String> groupOfBody = new ConcurrentHashMap<>();
    private final Map<String, UserAccount> users = new ConcurrentHashMap<>();
    private final List<String> userOrder = new CopyOnWriteArrayList<>();
    private final Applications applications = new Applications();

    /** The retailers' applications to the groups. */
    Applications applications() {
        return applications;
    }

    void createGroup(EngineCommand.CreateGroup command, Emitter out) {
        CommandRejected refused = groupProblem(command);
        if (refused != null) {
            out.emit(refused);
            return;
        }
        List<String> members = new ArrayList<>();
        members.add(command.leadBody());
        command.members().stream().filter(m -> !m.equals(command.leadBody())).distinct().forEach(members::add);
        ProcurementGroup group = new ProcurementGroup(command.groupId(), command.name(), command.nameJa(),
                command.leadBody(), members);
        groups.put(group.groupId(), group);
        groupOrder.add(group.groupId());
        members.forEach(m -> groupOfBody.put(m, group.groupId()));
        out.emit(new EngineEvent.GroupCreated(group.groupId(), group.leadBody(), group.members()));
    }

    private CommandRejected groupProblem(EngineCommand.CreateGroup command) {
        if (groups.containsKey(command.groupId())) {
            return new CommandRejected("DUPLICATE_ID", "groupId", "group " + command.groupId() + " already exists");
        }
        List<String> all = new ArrayList<>(command.members());
        all.add(command.leadBody());
        for (String code : all) {
            if (bodies.byCode(code).isEmpty()) {
                return new CommandRejected("UNKNOWN_BODY", "members", "no public body " + code + " in the reference data");
            } else if (groupOfBody.containsKey(code)) {
                return new CommandRejected("BODY_IN_GROUP", "members", "body " + code + " is already in group "
                        + groupOfBody.get(code));
            }
        }
        return null;
    }

    void registerUser(EngineCommand.RegisterUser command, Emitter out) {
        if (users.containsKey(command.userId())) {
            out.emit(new CommandRejected("DUPLICATE_ID", "userId", "user " + command.userId() + " already exists"));
            return;
        } else if (bodies.byCode(command.bodyCode()).isEmpty()) {
            out.emit(new CommandRejected("UNKNOWN_BODY", "bodyCode", "no public body " + command.bodyCode()
                    + " in the reference data"));
            return;
        } else if (command.roles().isEmpty()) {
            out.emit(new CommandRejected("INVALID_USER", "roles", "a user holds at least one role"));
            return;
        }
        ProcurementGroup group = groupOfBody(command.bodyCode());
        if (command.roles().contains(Role.LEAD_OFFICER) && (group == null || !group.leadBody().equals(command.bodyCode()))) {
            out.emit(new CommandRejected("NOT_LEAD", "roles", "body " + command.bodyCode()
                    + " leads no group, so it has no lead officer"));
            return;
        }
        UserAccount user = new UserAccount(command.userId(), command.bodyCode(), command.roles(), command.passwordHash());
        users.put(user.userId(), user);
        userOrder.add(user.userId());
        out.emit(new EngineEvent.UserRegistered(user.userId(), user.bodyCode(), user.roles()));
    }

    @Override
    public ProcurementGroup group(String groupId) {
        return groupId == null ? null : groups.get(groupId);
    }

    @Override
    public ProcurementGroup groupOfBody(String bodyCode) {
        String id = bodyCode == null ? null : groupOfBody.get(bodyCode);
        return id == null ? null : groups.get(id);
    }

    @Override
    public List<ProcurementGroup> groups() {
        return groupOrder.stream().map(groups::get).toList();
    }

    @Override
    public UserAccount user(String userId) {
        return userId == null ? null : users.get(userId);
    }

    @Override
    public List<UserAccount> users() {
        return userOrder.stream().map(users::get).toList();
    }

    @Override
    public List<GroupApplication> applicationsOf(String retailerId) {
        return applications.ofRetailer(retailerId);
    }

    @Override
    public List<GroupApplication> applicationsTo(String groupId) {
        return applications.toGroup(groupId);
    }
}
