package jp.tomoni.gateway;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's one JSON mapper, strict on input: a repeated property or anything after the value is
 * malformed, and a number with a fraction is read as a decimal, never as floating point.
 */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Json() {
    }

    /** Parses UTF-8 JSON; throws Jackson's exception when it is not exactly one JSON value. */
    static JsonNode read(byte[] body) {
        return MAPPER.readTree(body);
    }

    /** Writes a tree as UTF-8 JSON. */
    static byte[] write(JsonNode node) {
        return MAPPER.writeValueAsBytes(node);
    }
}
