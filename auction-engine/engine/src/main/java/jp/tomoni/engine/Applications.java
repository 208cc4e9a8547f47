package jp.tomoni.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.tomoni.engine.EngineEvent.CommandRejected;

/**
 * Retailers' applications to procurement groups and the groups' answers: the per-group qualification. Each
 * command is decided first (a refusal changes nothing), then kept. Written by the engine's writer thread only;
 * readable from any thread.
 */
final class Applications {

    private final Map<String, GroupApplication> latest = new ConcurrentHashMap<>();
    private final List<String> order = new CopyOnWriteArrayList<>();

    void apply(EngineCommand.ApplyToGroup command, Retailer retailer, ProcurementGroup group, Instant at,
               Emitter out) {
        GroupApplication before = latest.get(key(command.retailerId(), command.groupId()));
        if (command.plans().isEmpty() || command.securityYen() < 1 || command.securityExpiresOn() == null) {
            out.emit(new CommandRejected("INVALID_APPLICATION", "plans", "an application names at least one plan"
                    + " and a posted security with its last day"));
        } else if (retailer == null) {
            out.emit(new CommandRejected("UNKNOWN_RETAILER", "retailerId", "no retailer " + command.retailerId()));
        } else if (group == null) {
            out.emit(new CommandRejected("UNKNOWN_GROUP", "groupId", "no group " + command.groupId()));
        } else if (!retailer.registrationNumber().equals(command.registrationNumber())) {
            out.emit(new CommandRejected("REGISTRATION_MISMATCH", "registrationNumber", "the retailer is registered as "
                    + retailer.registrationNumber() + ", not " + command.registrationNumber()));
        } else if (before != null && before.status() != GroupApplication.Status.REFUSED) {
            out.emit(new CommandRejected("ALREADY_APPLIED", "groupId", "the application to group " + group.groupId()
                    + " is already " + before.status()));
        } else {
            GroupApplication filed = new GroupApplication(command.retailerId(), command.groupId(),
                    command.registrationNumber(), command.plans(), command.securityYen(), command.securityExpiresOn(),
                    GroupApplication.Status.PENDING, null, at, null, null);
            keep(filed);
            out.emit(new EngineEvent.ApplicationFiled(filed.retailerId(), filed.groupId()));
        }
    }

    void decide(EngineCommand.DecideApplication command, Instant at, String by, Emitter out) {
        GroupApplication pending = latest.get(key(command.retailerId(), command.groupId()));
        if (pending == null) {
            out.emit(new CommandRejected("UNKNOWN_APPLICATION", "retailerId", "retailer " + command.retailerId()
                    + " has not applied to group " + command.groupId()));
        } else if (pending.status() != GroupApplication.Status.PENDING) {
            out.emit(new CommandRejected("WRONG_STATE", "state", "the application is already " + pending.status()));
        } else if (!command.approved() && (command.reason() == null || command.reason().isBlank())) {
            out.emit(new CommandRejected("REASON_REQUIRED", "reason", "a refusal says why"));
        } else {
            keep(pending.decided(command.approved(), command.reason(), at, by));
            out.emit(new EngineEvent.ApplicationDecided(command.retailerId(), command.groupId(), command.approved(),
                    command.approved() ? null : command.reason(), by));
        }
    }

    private void keep(GroupApplication application) {
        String key = key(application.retailerId(), application.groupId());
        if (latest.put(key, application) == null) {
            order.add(key);
        }
    }

    /** The latest application of a retailer to a group, or {@code null}. */
    GroupApplication application(String retailerId, String groupId) {
        return latest.get(key(retailerId, groupId));
    }

    /** A retailer's latest application to each group, in the order first filed. */
    List<GroupApplication> ofRetailer(String retailerId) {
        return order.stream().map(latest::get).filter(a -> a.retailerId().equals(retailerId)).toList();
    }

    /** The latest application of each retailer to a group, in the order first filed. */
    List<GroupApplication> toGroup(String groupId) {
        return order.stream().map(latest::get).filter(a -> a.groupId().equals(groupId)).toList();
    }

    /** The retailers qualified in {@code groupId}, in registration order, as its auctions see them. */
    List<Retailer> qualified(String groupId, List<Retailer> registered) {
        List<Retailer> qualified = new ArrayList<>();
        for (Retailer retailer : registered) {
            GroupApplication application = latest.get(key(retailer.retailerId(), groupId));
            if (application != null && application.status() == GroupApplication.Status.APPROVED) {
                qualified.add(application.qualify(retailer));
            }
        }
        return qualified;
    }

    private static String key(String retailerId, String groupId) {
        return retailerId + "\n" + groupId;
    }
}
