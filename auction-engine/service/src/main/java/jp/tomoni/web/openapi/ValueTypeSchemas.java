package jp.tomoni.web.openapi;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import jp.tomoni.core.lot.FactorKind;
import jp.tomoni.core.unit.EmissionFactor;
import jp.tomoni.core.unit.Percentage;
import jp.tomoni.core.unit.Price;
import jp.tomoni.engine.Role;
import jp.tomoni.web.body.Identifier;
import jp.tomoni.web.body.Text;

/**
 * The schemas of the value types that travel as JSON strings (ids, texts, prices, percentages, emission
 * factors and their kinds), with the bounds their parsers enforce, and of the free-form JSON trees some answers are built from.
 * Without it the document would show the Java records' insides ({@code {"hundredths": 2730}}) instead of what a
 * client sends ({@code "27.30"}), and springdoc would introspect Jackson's tree classes, whose conflicting
 * setters it can only log as a warning.
 */
public final class ValueTypeSchemas implements ModelConverter {

    /** A price: yen per kWh with at most two decimals, from 0 to {@link Price#MAX}. */
    static final String PRICE_PATTERN = "^[0-9]{1,15}(\\.[0-9]{1,2})?$";

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> schema = type.getType() == null ? null : schemaOf(TypeFactory.defaultInstance()
                .constructType(type.getType()));
        if (schema != null) {
            return schema;
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    private static Schema<?> schemaOf(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (raw == Identifier.class) {
            return new StringSchema().pattern("^[A-Za-z0-9._-]{1,64}$").example("AUC-2026-01")
                    .description("an id: 1 to 64 letters, digits, '.', '_' or '-' (INVALID_ID)");
        } else if (raw == Text.class) {
            return new StringSchema().minLength(1).maxLength(Text.MAX_LENGTH).example("Chiyoda schools")
                    .description("a text of 1 to " + Text.MAX_LENGTH + " characters without control characters"
                            + " (INVALID_TEXT)");
        } else if (raw == Price.class) {
            return new StringSchema().pattern(PRICE_PATTERN).example("27.30")
                    .description("a price in yen per kWh as a decimal string, at most two decimals, up to "
                            + Price.MAX + " (INVALID_PRICE); never a JSON number");
        } else if (raw == Percentage.class) {
            return new StringSchema().pattern("^[0-9]{1,15}(\\.[0-9]{1,2})?$").example("5")
                    .description("a percentage from 0 to 100 as a decimal string, at most two decimals"
                            + " (INVALID_PERCENTAGE)");
        } else if (raw == EmissionFactor.class) {
            return new StringSchema().pattern("^[0-9]{1,15}(\\.[0-9]{1,3})?$").example("0.433")
                    .description("an emission factor in kg-CO2/kWh, at most three decimals (INVALID_FACTOR)");
        } else if (raw == LocalDate.class) {
            return new StringSchema().format("date").pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}$").example("2027-04-01")
                    .description("a day as an ISO-8601 date (INVALID_DATE)");
        } else if (raw == FactorKind.class) {
            StringSchema kind = new StringSchema();
            kind.setEnum(List.of("basic", "adjusted"));
            return kind.example("adjusted").description("the kind of an emission factor, in lower case"
                    + " (INVALID_FACTOR_KIND)");
        } else if (raw == Role.class) {
            StringSchema role = new StringSchema();
            role.setEnum(java.util.Arrays.stream(Role.values()).map(Enum::name).toList());
            return role.example("BODY_OFFICER").description("a user's role (UNKNOWN_ROLE)");
        } else if (isTree(raw, "ArrayNode")) {
            return new ArraySchema().items(new ObjectSchema()).description("a JSON array of objects");
        } else if (isTree(raw, "ObjectNode") || isTree(raw, "JsonNode")) {
            return new ObjectSchema().description("a JSON object; its members are described in docs/engine.md");
        }
        return null;
    }

    /** Jackson 3's tree classes ({@code tools.jackson.databind.node}), and Jackson 2's. */
    private static boolean isTree(Class<?> raw, String simpleName) {
        return raw.getSimpleName().equals(simpleName) && (raw.getPackageName().startsWith("tools.jackson.databind")
                || raw.getPackageName().startsWith("com.fasterxml.jackson.databind"));
    }
}
