package jp.tomoni.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jp.tomoni.contract.ApiKeys;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.engine.EngineCommand;
import jp.tomoni.engine.EngineQueries;
import jp.tomoni.engine.Retailer;
import jp.tomoni.json.InvalidInputException;
import jp.tomoni.json.JsonField;
import jp.tomoni.replay.ScenarioReader;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Retailers: qualify one with its registration number, menu emission factor, posted security and
 * eligibility. Qualifying issues its API key, which is shown once in the response and stored only as a hash.
 */
@RestController
@RequestMapping("/api/v1/retailers")
public class RetailerController {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern REGISTRATION = Pattern.compile("A\\d{4}");

    private final Commands commands;
    private final EngineQueries engine;

    public RetailerController(Commands commands, EngineQueries engine) {
        this.commands = commands;
        this.engine = engine;
    }

    /** Qualifies a retailer; the answer holds its API key, which cannot be shown again. */
    @PostMapping
    public Mono<ResponseEntity<Map<String, Object>>> qualify(@RequestBody String body, Principal who) {
        JsonField root = Bodies.parse(body).object(Set.of("retailerId", "name", "registrationNumber", "menuFactor",
                "securityYen", "eligibility"));
        JsonField idField = root.required("retailerId");
        String id = idField.text();
        if (!ID.matcher(id).matches()) {
            throw new InvalidInputException(idField.place(), "INVALID_ID", "a retailer id is 1-64 letters, digits, '.', '_' or '-'");
        }
        JsonField registration = root.required("registrationNumber");
        if (!REGISTRATION.matcher(registration.text()).matches()) {
            throw new InvalidInputException(registration.place(), "INVALID_REGISTRATION_NUMBER",
                    "a retailer's registration number has the form A0001");
        }
        ReportedFactor factor = ScenarioReader.factor(root.required("menuFactor"));
        long security = root.required("securityYen").wholeNumber();
        int eligibility = root.required("eligibility").smallNumber();
        String apiKey = ApiKeys.issue();
        EngineCommand.QualifyRetailer command = new EngineCommand.QualifyRetailer(id, root.required("name").text(),
                registration.text(), factor, security, eligibility, ApiKeys.hash(apiKey));
        return commands.run(who, command).map(outcome -> {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("retailerId", id);
            answer.put("apiKey", apiKey);
            answer.put("note", "The API key is shown only now; Tomoni keeps only its hash.");
            answer.put("seq", outcome.entry().seq());
            return ResponseEntity.status(HttpStatus.CREATED).body(answer);
        });
    }

    /** Lists qualified retailers, without their credentials. */
    @GetMapping
    public List<Map<String, Object>> list() {
        return engine.retailers().stream().map(RetailerController::json).toList();
    }

    private static Map<String, Object> json(Retailer r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("retailerId", r.retailerId());
        m.put("name", r.name());
        m.put("registrationNumber", r.registrationNumber());
        m.put("menuFactor", Map.of("value", r.menuFactor().value().toString(), "kind", r.menuFactor().kind().label(),
                "fiscalYear", r.menuFactor().fiscalYear()));
        m.put("securityYen", r.securityYen());
        m.put("eligibility", r.eligibility());
        return m;
    }

}
