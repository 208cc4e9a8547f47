package jp.tomoni.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import jp.tomoni.gateway.view.RetailerEvent;
import org.junit.jupiter.api.Test;

/** {@code docs/events.md} lists every event type a retailer can receive, with an example. */
class EventReferenceTest {

    @Test
    void everyRetailerEventTypeIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("../../docs/events.md"), StandardCharsets.UTF_8);
        String retailers = doc.substring(doc.indexOf("## Retailers' events"), doc.indexOf("## Officers' events"));
        for (String type : Arrays.stream(RetailerEvent.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .toList()) {
            assertThat(retailers).as(type + " in docs/events.md").contains("### `" + type + "`")
                    .contains("\"type\": \"" + type + "\"");
        }
        assertThat(RetailerEvent.class.getPermittedSubclasses()).hasSizeGreaterThan(5);
    }
}
