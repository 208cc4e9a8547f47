package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The officers' and analysts' OpenAPI document: complete (every operation has a summary, a description, a
 * schema for its body and answers, and its problem answers; both ways to sign in are declared; the internal
 * intake and the console's helpers stay out), and equal to {@code openapi/engine-api.json}, from which the
 * tests generate the client that drives an officer's whole path ({@link OfficerClientPathTest}). The two are
 * compared as JSON trees without their {@code servers} block, whose port differs per run.
 *
 * <p>After a deliberate change to the API, refresh the file and commit it:
 * {@code ./mvnw -o verify -pl auction-engine/service -Dtest=OpenApiDocumentTest -Dtomoni.openapi.write=true
 * -DskipITs}.
 */
class OpenApiDocumentTest extends LiveEngineTestBase {

    /** The committed document, relative to the module's folder (the tests' working directory). */
    static final Path SNAPSHOT = Path.of("openapi", "engine-api.json");
    private static final String WRITE_PROPERTY = "tomoni.openapi.write";
    private static final String REFRESH = "./mvnw -o verify -pl auction-engine/service -Dtest=OpenApiDocumentTest -D"
            + WRITE_PROPERTY + "=true -DskipITs";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ObjectNode served;

    @BeforeEach
    void fetch() {
        byte[] body = client().get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                .returnResult().getResponseBody();
        served = (ObjectNode) JSON.readTree(body);
    }

    @Test
    void theCommittedDocumentIsTheOneTheEngineServes() throws IOException {
        if (Boolean.getBoolean(WRITE_PROPERTY)) {
            ObjectNode document = served.deepCopy();
            document.putArray("servers").addObject().put("url", "http://localhost:8080")
                    .put("description", "the engine on its default port");
            Files.createDirectories(SNAPSHOT.getParent());
            Files.writeString(SNAPSHOT, JSON.writeValueAsString(document) + "\n", StandardCharsets.UTF_8);
            return;
        }
        assertThat(Files.isRegularFile(SNAPSHOT)).as("%s is missing; create it with: %s", SNAPSHOT.toAbsolutePath(),
                REFRESH).isTrue();
        ObjectNode committed = (ObjectNode) JSON.readTree(Files.readString(SNAPSHOT, StandardCharsets.UTF_8));
        assertThat(withoutServers(served)).as("the engine's /v3/api-docs differs from %s; if the API change is"
                + " deliberate, refresh the file with: %s (then commit it)", SNAPSHOT, REFRESH)
                .isEqualTo(withoutServers(committed));
    }

    @Test
    void itHasATitleAndBothWaysToSignIn() {
        assertThat(served.at("/info/title").asString()).isEqualTo("Tomoni engine: officers' and analysts' API");
        assertThat(served.at("/info/version").asString()).isEqualTo("v1");
        assertThat(served.at("/components/securitySchemes/officerOrAnalyst/scheme").asString()).isEqualTo("basic");
        assertThat(served.at("/components/securitySchemes/key/scheme").asString()).isEqualTo("bearer");
        assertThat(served.at("/security/0/officerOrAnalyst").isArray()).isTrue();
        assertThat(served.at("/info/description").asString()).contains("docs/events.md");
    }

    @Test
    void theInternalIntakeAndTheConsoleHelpersStayOut() {
        List<String> paths = new ArrayList<>(served.get("paths").propertyNames());
        assertThat(paths).isNotEmpty().noneMatch(p -> p.startsWith("/internal") || p.startsWith("/console")
                || p.startsWith("/api/v1/console"));
        assertThat(paths).contains("/api/v1/facilities", "/api/v1/lots", "/api/v1/retailers", "/api/v1/auctions",
                "/api/v1/auctions/{auctionId}/approve", "/api/v1/auctions/{id}/report", "/api/v1/audit");
    }

    @Test
    void everyOperationIsDescribedWithItsBodiesAndItsRefusals() {
        List<String> faults = new ArrayList<>();
        served.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            if (operation.path("summary").asString("").isBlank()) {
                faults.add(name + ": no summary");
            }
            if (operation.path("description").asString("").length() < 20) {
                faults.add(name + ": no description");
            }
            operation.path("requestBody").path("content").properties().forEach(media -> {
                JsonNode schema = media.getValue().path("schema");
                boolean described = schema.has("$ref") || schema.has("items") || "text/csv".equals(media.getKey());
                if (!described) {
                    faults.add(name + ": the " + media.getKey() + " body has no schema: " + schema);
                }
            });
            JsonNode responses = operation.path("responses");
            JsonNode success = responses.has("201") ? responses.get("201") : responses.path("200");
            if (success.path("content").isEmpty()) {
                faults.add(name + ": the answer has no content");
            }
            success.path("content").properties().forEach(media -> {
                if (media.getKey().equals("*/*")) {
                    faults.add(name + ": answers */*");
                }
            });
            for (String status : op.getKey().equals("post") ? List.of("400", "401", "403", "409", "422", "503")
                    : List.of("401", "403")) {
                JsonNode problem = responses.path(status).path("content").path("application/problem+json");
                if (!problem.path("schema").path("$ref").asString("").endsWith("/Problem")) {
                    faults.add(name + ": no " + status + " problem answer");
                }
            }
        }));
        assertThat(faults).isEmpty();
    }

    @Test
    void valueTypesAreTheStringsAClientSends() {
        JsonNode clock = served.at("/components/schemas/ClockSection/properties");
        assertThat(clock.at("/startPrice/type").asString()).isEqualTo("string");
        assertThat(clock.at("/startPrice/example").asString()).isEqualTo("27.30");
        assertThat(served.at("/components/schemas/CreateAuctionBody/properties/lotId/pattern").asString())
                .isEqualTo("^[A-Za-z0-9._-]{1,64}$");
        assertThat(served.at("/components/schemas/CreateAuctionBody/properties/confirmSecondAward/type").asString())
                .isEqualTo("boolean");
        assertThat(served.at("/components/schemas/Problem/properties").propertyNames()).contains("code", "field");
        assertThat(Map.of("schemas", served.at("/components/schemas").propertyNames())).asString()
                .doesNotContain("ObjectNode", "ArrayNode", "MediaType", "Identifier", "Price");
    }

    private static JsonNode withoutServers(ObjectNode document) {
        ObjectNode copy = document.deepCopy();
        copy.remove("servers");
        return copy;
    }
}
