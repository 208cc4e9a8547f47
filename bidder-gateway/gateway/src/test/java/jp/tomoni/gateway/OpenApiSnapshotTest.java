package jp.tomoni.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps {@code openapi/bidder-api.json}, from which the end-to-end tests generate their client, equal to the
 * document the gateway serves at {@code /v3/api-docs}. The two are compared as JSON trees (property order
 * and whitespace do not matter) without their {@code servers} block, whose host and port differ per run.
 *
 * <p>After a deliberate change to the API, refresh the file and commit it:
 * {@code ./mvnw -o test -pl bidder-gateway -Dtest=OpenApiSnapshotTest -Dtomoni.openapi.write=true}. With
 * that property the test writes the served document (pretty-printed, with a fixed {@code servers} entry for
 * the default port) instead of comparing.
 */
class OpenApiSnapshotTest extends GatewayTestBase {

    /** The committed document, relative to the module's folder (the tests' working directory). */
    static final Path SNAPSHOT = Path.of("openapi", "bidder-api.json");
    /** Set to {@code true} to rewrite {@link #SNAPSHOT} from the served document. */
    static final String WRITE_PROPERTY = "tomoni.openapi.write";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final String REFRESH = "./mvnw -o test -pl bidder-gateway -Dtest=OpenApiSnapshotTest -D"
            + WRITE_PROPERTY + "=true";

    @Test
    void theCommittedDocumentIsTheOneTheGatewayServes() throws IOException {
        byte[] body = client.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                .returnResult().getResponseBody();
        ObjectNode served = (ObjectNode) JSON.readTree(body);
        if (Boolean.getBoolean(WRITE_PROPERTY)) {
            write(served);
            return;
        }
        assertThat(Files.isRegularFile(SNAPSHOT)).as("%s is missing; create it with: %s", SNAPSHOT.toAbsolutePath(),
                REFRESH).isTrue();
        ObjectNode committed = (ObjectNode) JSON.readTree(Files.readString(SNAPSHOT, StandardCharsets.UTF_8));
        assertThat(withoutServers(served))
                .as("the gateway's /v3/api-docs differs from %s; if the API change is deliberate, refresh the file"
                        + " with: %s (then commit it; the end-to-end tests' client is generated from it)",
                        SNAPSHOT, REFRESH)
                .isEqualTo(withoutServers(committed));
    }

    private static JsonNode withoutServers(ObjectNode document) {
        ObjectNode copy = document.deepCopy();
        copy.remove("servers");
        return copy;
    }

    private static void write(ObjectNode served) throws IOException {
        ObjectNode document = served.deepCopy();
        document.putArray("servers").addObject().put("url", "http://localhost:8081")
                .put("description", "the gateway on its default port (TOMONI_GATEWAY_PORT)");
        Files.createDirectories(SNAPSHOT.getParent());
        Files.writeString(SNAPSHOT, JSON.writeValueAsString(document) + "\n", StandardCharsets.UTF_8);
    }
}
