package jp.tomoni.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Rows bound from the JSON form are judged exactly as {@link FacilityJson#parse} judges the same document. */
class FacilityRowsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String GOOD = """
            {"wardCode": "13101", "id": "F-1", "name": "Chiyoda ward head office", "type": "OFFICE",
             "voltageClass": "HIGH", "contractKw": 816, "annualKwh": 3215000, "currentPrice": "28.49",
             "baselineFactor": {"value": "0.433", "kind": "adjusted", "fiscalYear": 2022}}""";

    /** A good element and a second one (id F-2) changed by {@code change}. */
    private static String document(Consumer<ObjectNode> change) {
        ObjectNode second = (ObjectNode) JSON.readTree(GOOD);
        second.put("id", "F-2");
        change.accept(second);
        return "[" + GOOD + ", " + JSON.writeValueAsString(second) + "]";
    }

    private static ObjectNode factor(ObjectNode facility) {
        return (ObjectNode) facility.get("baselineFactor");
    }

    static List<String> documents() {
        return List.of(document(f -> { }),
                document(f -> f.putNull("currentPrice")),
                document(f -> f.remove("currentPrice")),
                document(f -> f.put("currentPrice", "28.495")),
                document(f -> f.put("currentPrice", "")),
                document(f -> f.put("id", "F-1")),
                document(f -> f.put("id", "F 2")),
                document(f -> f.put("name", "Line\nbreak")),
                document(f -> f.put("name", "x".repeat(201))),
                document(f -> f.remove("name")),
                document(f -> f.put("wardCode", "1310")),
                document(f -> f.put("type", "castle")),
                document(f -> f.put("voltageClass", "LOW")),
                document(f -> f.put("contractKw", 0)),
                document(f -> f.put("contractKw", -5)),
                document(f -> f.put("annualKwh", 1_000_000_000_000_000L)),
                document(f -> f.remove("baselineFactor")),
                document(f -> f.putNull("baselineFactor")),
                document(f -> factor(f).put("value", "2.001")),
                document(f -> factor(f).put("kind", "Adjusted")),
                document(f -> factor(f).put("fiscalYear", 1989)),
                document(f -> factor(f).remove("fiscalYear")),
                document(f -> {
                    f.put("wardCode", "");
                    f.put("type", "");
                    factor(f).put("value", "0.4330");
                }),
                "[]");
    }

    @ParameterizedTest
    @MethodSource("documents")
    void boundRowsAreJudgedAsTheParserJudgesTheirDocument(String json) {
        List<FacilityRows.Row> rows = JSON.readValue(json, new TypeReference<List<FacilityRows.Row>>() { });

        assertThat(FacilityRows.check(rows)).isEqualTo(FacilityJson.parse(json));
    }

    @Test
    void theDocumentsCoverBothOutcomes() {
        assertThat(documents()).anyMatch(json -> FacilityJson.parse(json).ok())
                .anyMatch(json -> !FacilityJson.parse(json).ok());
    }
}
