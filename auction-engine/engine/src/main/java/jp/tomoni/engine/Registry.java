package jp.tomoni.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.tomoni.engine.EngineEvent.CommandRejected;
import jp.tomoni.facility.FacilityRecord;

/**
 * Facilities, lots and retailers. Written by the engine's writer thread only; readable from any thread.
 */
final class Registry {

    private final Map<String, FacilityRecord> facilities = new ConcurrentHashMap<>();
    private final List<String> facilityOrder = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<String, LotRecord> lots = new ConcurrentHashMap<>();
    private final Map<String, Retailer> retailers = new ConcurrentHashMap<>();
    private final Map<String, String> retailerByKeyHash = new ConcurrentHashMap<>();
    private final List<String> retailerOrder = new java.util.concurrent.CopyOnWriteArrayList<>();

    void importFacilities(EngineCommand.ImportFacilities command, Emitter out) {
        Map<String, FacilityRecord> incoming = new LinkedHashMap<>();
        for (FacilityRecord f : command.facilities()) {
            if (facilities.containsKey(f.id()) || incoming.putIfAbsent(f.id(), f) != null) {
                out.emit(new CommandRejected("DUPLICATE_ID", "facility_id",
                        "facility " + f.id() + " is already registered"));
                return;
            }
        }
        if (incoming.isEmpty()) {
            out.emit(new CommandRejected("EMPTY_IMPORT", "facilities", "no facilities to import"));
            return;
        }
        facilities.putAll(incoming);
        facilityOrder.addAll(incoming.keySet());
        out.emit(new EngineEvent.FacilitiesImported(incoming.size()));
    }

    /**
     * Creates a lot; for a lot of {@code group} only the members' facilities can be chosen, and naming another
     * body's facility is refused exactly as naming one that does not exist ({@code UNKNOWN_FACILITY} "not
     * registered in group …"), so that a lot reveals nothing of another group's facilities. Named ids are
     * checked in their sorted order, so that a replay refuses the same one first.
     */
    void createLot(EngineCommand.CreateLot command, ProcurementGroup group, Emitter out) {
        if (lots.containsKey(command.lotId())) {
            out.emit(new CommandRejected("DUPLICATE_ID", "lotId", "lot " + command.lotId() + " already exists"));
            return;
        }
        for (String id : new java.util.TreeSet<>(command.selection().facilityIds())) {
            FacilityRecord named = facilities.get(id);
            if (named == null || (group != null && !group.includes(named.wardCode()))) {
                out.emit(new CommandRejected("UNKNOWN_FACILITY", "facilityIds", "facility " + id + " is not registered"
                        + (group == null ? "" : " in group " + group.groupId())));
                return;
            }
        }
        List<FacilityRecord> chosen = command.selection().select(facilities().stream()
                .filter(f -> group == null || group.includes(f.wardCode())).toList());
        if (chosen.isEmpty()) {
            out.emit(new CommandRejected("EMPTY_LOT", "selection", "no registered facility matches the selection"));
            return;
        }
        long demand = 0;
        for (FacilityRecord f : chosen) {
            demand += f.annualKwh().value();
            if (demand > Limits.MAX_LOT_DEMAND.value()) {
                out.emit(new CommandRejected("LOT_TOO_LARGE", "selection", "the chosen facilities use more than "
                        + Limits.MAX_LOT_DEMAND.value() + " kWh a year, the most one lot may hold"));
                return;
            }
        }
        LotRecord lot = new LotRecord(command.lotId(), command.name(), chosen, command.nameJa(),
                group == null ? null : group.groupId());
        EngineEvent.LotCreated created = new EngineEvent.LotCreated(lot.lotId(), chosen.size(), lot.toLot().demand());
        lots.put(lot.lotId(), lot);
        out.emit(created);
    }

    void qualify(EngineCommand.QualifyRetailer command, Emitter out) {
        if (retailers.containsKey(command.retailerId())) {
            out.emit(new CommandRejected("DUPLICATE_ID", "retailerId",
                    "retailer " + command.retailerId() + " is already qualified"));
            return;
        }
        if (command.eligibility() < 0 || command.securityYen() < 0) {
            out.emit(new CommandRejected("INVALID_NUMBER", "eligibility", "eligibility and security cannot be negative"));
            return;
        }
        Retailer retailer = new Retailer(command.retailerId(), command.name(), command.registrationNumber(),
                command.menuFactor(), command.securityYen(), command.eligibility(), command.apiKeyHash(),
                command.securityExpiresOn());
        retailerOrder.add(retailer.retailerId());
        retailers.put(retailer.retailerId(), retailer);
        retailerByKeyHash.put(command.apiKeyHash(), retailer.retailerId());
        out.emit(new EngineEvent.RetailerQualified(retailer.retailerId()));
    }

    /** Every facility, in import order. */
    public List<FacilityRecord> facilities() {
        List<FacilityRecord> ordered = new ArrayList<>(facilityOrder.size());
        facilityOrder.forEach(id -> ordered.add(facilities.get(id)));
        return ordered;
    }

    /** A lot by id, or {@code null}. */
    public LotRecord lot(String lotId) {
        return lots.get(lotId);
    }

    /** Every lot. */
    public Collection<LotRecord> lots() {
        return List.copyOf(lots.values());
    }

    /** A retailer by id, or {@code null}. */
    public Retailer retailer(String retailerId) {
        return retailers.get(retailerId);
    }

    /** The retailer holding the API key with this SHA-256 hash, or {@code null}. */
    public Retailer retailerByKeyHash(String keyHash) {
        String id = retailerByKeyHash.get(keyHash);
        return id == null ? null : retailers.get(id);
    }

    /** Every retailer, in the order they were qualified. */
    public List<Retailer> retailers() {
        List<Retailer> all = new ArrayList<>(retailerOrder.size());
        retailerOrder.forEach(id -> all.add(retailers.get(id)));
        return all;
    }
}
