package jp.tomoni.gateway;

import tools.jackson.databind.json.JsonMapper;

/** The gateway's JSON mapper for what it writes: answers, problems and event data. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    /** Writes a value (a record or a tree) as UTF-8 JSON. */
    static byte[] write(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }
}
