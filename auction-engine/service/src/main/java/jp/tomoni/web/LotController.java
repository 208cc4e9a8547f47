package jp.tomoni.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.EngineEvent;
import jp.tomoni.engine.EngineQueries;
import jp.tomoni.engine.LotRecord;
import jp.tomoni.engine.LotSelection;
import jp.tomoni.facility.FacilityType;
import jp.tomoni.facility.VoltageClass;
import jp.tomoni.json.InvalidInputException;
import jp.tomoni.json.JsonField;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Lots: pool registered facilities by municipality, facility type and voltage class (or by id). A facility
 * is chosen when it matches every criterion given; the lot keeps the facilities as they were then.
 */
@RestController
@RequestMapping("/api/v1/lots")
public class LotController {

    private final Commands commands;
    private final EngineQueries engine;

    public LotController(Commands commands, EngineQueries engine) {
        this.commands = commands;
        this.engine = engine;
    }

    /** Creates a lot from {@code {lotId, name, wards[], types[], voltageClasses[], facilityIds[]}}. */
    @PostMapping
    public Mono<ResponseEntity<Map<String, Object>>> create(@RequestBody String body, Principal who) {
        JsonField root = Bodies.parse(body).object(Set.of("lotId", "name", "wards", "types", "voltageClasses",
                "facilityIds"));
        String lotId = root.required("lotId").text();
        JsonField name = root.optional("name");
        LotSelection selection = new LotSelection(Set.copyOf(Bodies.strings(root, "wards")),
                parse(root, "types", FacilityType.class), parse(root, "voltageClasses", VoltageClass.class),
                Set.copyOf(Bodies.strings(root, "facilityIds")));
        return commands.run(who, new EngineCommand.CreateLot(lotId, name == null ? lotId : name.text(), selection))
                .map(outcome -> {
                    EngineEvent.LotCreated created = outcome.events().stream().map(e -> e.event())
                            .filter(EngineEvent.LotCreated.class::isInstance).map(EngineEvent.LotCreated.class::cast)
                            .findFirst().orElseThrow();
                    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("lotId", created.lotId(),
                            "facilities", created.facilities(), "demandKwh", created.demand().value(),
                            "seq", outcome.entry().seq()));
                });
    }

    private static <E extends Enum<E>> Set<E> parse(JsonField root, String name, Class<E> type) {
        return Bodies.strings(root, name).stream().map(text -> {
            try {
                return Enum.valueOf(type, text.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(name, "UNKNOWN_" + (type == FacilityType.class ? "TYPE" : "VOLTAGE_CLASS"),
                        "\"" + text + "\" is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
            }
        }).collect(Collectors.toSet());
    }

    /** Lists the lots. */
    @GetMapping
    public List<Map<String, Object>> list() {
        return engine.lots().stream().map(lot -> summary(lot, false)).toList();
    }

    /** One lot with its facilities. */
    @GetMapping("/{lotId}")
    public Map<String, Object> get(@PathVariable String lotId) {
        LotRecord lot = engine.lot(lotId);
        if (lot == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no lot " + lotId);
        }
        return summary(lot, true);
    }

    private static Map<String, Object> summary(LotRecord lot, boolean withFacilities) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lotId", lot.lotId());
        m.put("name", lot.name());
        m.put("facilityCount", lot.facilities().size());
        m.put("demandKwh", lot.toLot().demand().value());
        m.put("wards", lot.facilities().stream().map(f -> f.wardCode()).distinct().sorted().toList());
        if (withFacilities) {
            m.put("facilities", lot.facilities().stream().map(FacilityController::json).toList());
        }
        return m;
    }
}
