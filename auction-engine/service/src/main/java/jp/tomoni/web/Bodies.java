package jp.tomoni.web;

import java.util.List;
import jp.tomoni.json.InvalidInputException;
import jp.tomoni.json.JsonField;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads request bodies strictly, so that every problem names its field. */
final class Bodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Bodies() {
    }

    /** The body as a JSON value at the root place. */
    static JsonField parse(String body) {
        try {
            JsonNode root = JSON.readTree(body == null ? "" : body);
            if (root == null || root.isMissingNode()) {
                throw new InvalidInputException("body", "MALFORMED_JSON", "the body is empty");
            }
            return new JsonField(root, "");
        } catch (JacksonException e) {
            throw new InvalidInputException("body", "MALFORMED_JSON", "not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    /** An optional array of strings, empty when absent. */
    static List<String> strings(JsonField parent, String name) {
        JsonField list = parent.optional(name);
        return list == null ? List.of() : list.elements().stream().map(JsonField::text).toList();
    }
}
