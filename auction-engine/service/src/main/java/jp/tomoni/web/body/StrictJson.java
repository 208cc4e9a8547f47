package jp.tomoni.web.body;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads every JSON request body of the API strictly, so that nothing reaches the engine that its sender did
 * not write exactly so. A body is refused when it
 * <ul>
 *   <li>is not one JSON value, or holds a property twice (no last-one-wins);</li>
 *   <li>holds a property its record does not have (a misspelt optional field cannot silently change an
 *       auction);</li>
 *   <li>gives a value of another JSON type than its record component's: no string for a number or a boolean,
 *       no number or boolean for a string, no fraction for a whole number, no single value for a list, no
 *       {@code null} inside a list;</li>
 *   <li>gives a whole number beyond its component's range ({@code int} or {@code long});</li>
 *   <li>nests deeper than {@value #MAX_NESTING} levels.</li>
 * </ul>
 * Values of the domain's types are read by {@link RequestValues}; records check what is required and the
 * rules in their compact constructors. Answers are written by Spring Boot's own mapper, unchanged.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJson {

    /** The deepest nesting a body may have; the API's bodies need three levels. */
    static final int MAX_NESTING = 16;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                    DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                    DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
                    DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, strings -> strings
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .changeDefaultNullHandling(setter -> JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .addModule(RequestValues.module())
            .build();

    /** The mapper that binds request bodies. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * Puts the strict mapper in the place of Spring Boot's for reading JSON bodies; ordered after Boot's own
     * customizer (order 0), which it replaces for decoding only.
     */
    @Bean
    @Order(1)
    CodecCustomizer strictRequestBodies() {
        return configurer -> configurer.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(MAPPER));
    }
}
