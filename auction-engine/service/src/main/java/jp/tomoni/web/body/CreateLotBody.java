package jp.tomoni.web.body;

import static jp.tomoni.web.body.BodyValueException.required;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.LotSelection;
import jp.tomoni.facility.FacilityType;
import jp.tomoni.facility.VoltageClass;

/**
 * The body that creates a lot:
 * {@code {lotId, groupId?, name?, nameJa?, wards[]?, types[]?, voltageClasses[]?, facilityIds[]?}}.
 * A facility is chosen when it matches every criterion given; an absent or empty criterion matches every
 * facility. Types and voltage classes are the import's names in any case ({@code SCHOOL}, {@code high}).
 *
 * @param lotId          the new lot's id
 * @param name           a readable name; the id when absent
 * @param wards          municipal codes
 * @param types          facility types
 * @param voltageClasses voltage classes
 * @param facilityIds    explicit facility ids
 * @param nameJa         the name in Japanese, shown in Japanese reports and pages; none when absent
 * @param groupId        the procurement group the lot belongs to, whose members' facilities alone it may hold;
 *                       when absent, the group of its creator's body (none for the installation's operator)
 */
public record CreateLotBody(Identifier lotId, Text name, List<Identifier> wards, List<FacilityType> types,
                            List<VoltageClass> voltageClasses, List<Identifier> facilityIds, Text nameJa,
                            Identifier groupId) {

    public CreateLotBody {
        required(lotId, "lotId");
        wards = wards == null ? List.of() : List.copyOf(wards);
        types = types == null ? List.of() : List.copyOf(types);
        voltageClasses = voltageClasses == null ? List.of() : List.copyOf(voltageClasses);
        facilityIds = facilityIds == null ? List.of() : List.copyOf(facilityIds);
    }

    /** The engine's command for this body, the lot of {@code group} (or of none, for {@code null}). */
    public EngineCommand.CreateLot command(String group) {
        LotSelection selection = new LotSelection(values(wards), Set.copyOf(types), Set.copyOf(voltageClasses),
                values(facilityIds));
        return new EngineCommand.CreateLot(lotId.value(), name == null ? lotId.value() : name.value(), selection,
                nameJa == null ? null : nameJa.value(), group);
    }

    private static Set<String> values(List<Identifier> ids) {
        return ids.stream().map(Identifier::value).collect(Collectors.toSet());
    }
}
