package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import jp.tomoni.engine.EngineEvent;
import org.junit.jupiter.api.Test;

/** {@code docs/events.md} lists every event type officers and analysts receive, with an example. */
class EventReferenceTest {

    @Test
    void everyOfficersEventTypeIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("../../docs/events.md"), StandardCharsets.UTF_8);
        String officers = doc.substring(doc.indexOf("## Officers' events"));
        for (String type : Arrays.stream(EngineEvent.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .toList()) {
            assertThat(officers).as(type + " in docs/events.md").contains("### `" + type + "`")
                    .contains("\"type\": \"" + type + "\"");
        }
        assertThat(EngineEvent.class.getPermittedSubclasses()).hasSizeGreaterThan(10);
    }
}
