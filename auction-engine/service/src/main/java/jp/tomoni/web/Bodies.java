package jp.tomoni.web;

import jp.tomoni.json.InvalidInputException;
import jp.tomoni.json.JsonField;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the internal bid intake's body as a JSON tree for {@link InternalBidController}, which walks it by
 * hand until the intake moves to its own contract. The officers' API binds its bodies to records instead
 * ({@code jp.tomoni.web.body}).
 */
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
}
