package jp.tomoni.web.openapi;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The officers' and analysts' OpenAPI document at {@code /v3/api-docs}: its title, the two ways to sign in, the
 * problem body every refusal carries, and the schemas of the value types. The operations describe themselves
 * with {@code @Operation} on the controllers; the gateway–engine endpoints under {@code /internal} and the
 * console's own helpers are left out ({@code springdoc.paths-to-exclude}).
 *
 * <p>The document is committed as {@code openapi/engine-api.json} and kept equal to the served one by
 * {@code OpenApiSnapshotTest}; the tests drive an officer's whole path with a client generated from it.
 */
@Configuration(proxyBeanMethods = false)
public class OfficerApiDocument {

    /** The security scheme of people: officers and analysts sign in with HTTP Basic. */
    public static final String PEOPLE = "officerOrAnalyst";
    /** The security scheme of keys: {@code Authorization: Bearer KEY}. */
    public static final String KEYS = "key";

    /** The document's metadata, security schemes and the problem schema. */
    @Bean
    public OpenAPI officerOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Tomoni engine: officers' and analysts' API").version("v1")
                        .description(DESCRIPTION))
                .components(new Components()
                        .addSecuritySchemes(PEOPLE, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("Officers and analysts: their user name and password"
                                        + " (tomoni.security.users). Officers may do everything; analysts may"
                                        + " only read."))
                        .addSecuritySchemes(KEYS, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("Keys: a retailer's API key (answered once by"
                                        + " POST /api/v1/retailers) for the bidder gateway, and the operator's"
                                        + " metrics token for /actuator/prometheus. No key reaches this API.")))
                .addSecurityItem(new SecurityRequirement().addList(PEOPLE));
    }

    /**
     * Puts {@link ValueTypeSchemas} first among the model converters, once springdoc has registered its own: a
     * converter registered as a bean would come after springdoc's, which introspect Jackson's tree classes
     * before it could answer for them. The registry is one per JVM, so a second context (tests) adds none.
     */
    @Bean
    public SmartInitializingSingleton valueTypeSchemas(SpringDocConfigProperties springdoc) {
        return () -> {
            ModelConverters converters = ModelConverters.getInstance(springdoc.isOpenapi31());
            if (converters.getConverters().stream().noneMatch(ValueTypeSchemas.class::isInstance)) {
                converters.addConverter(new ValueTypeSchemas());
            }
        };
    }

    /** The problem answers of every operation. */
    @Bean
    public GlobalOpenApiCustomizer problemAnswers() {
        return new ProblemAnswers();
    }

    private static final String DESCRIPTION = """
            The officers of the buying bodies import facilities, pool them into lots, qualify retailers, open \
            and watch auctions, approve awards and re-auction a failed lot; analysts read the auctions, their \
            events and their award reports. Retailers bid through the bidder gateway's own API, not this one.

            **Signing in.** HTTP Basic for people (officers and analysts). Analysts may only read (GET).

            **Refusals.** Every refusal is `application/problem+json` with a stable `code` and, where one is \
            at fault, the `field`; it changes nothing. Bodies are strict: UTF-8 JSON, no unknown or duplicate \
            fields, prices and percentages as decimal strings (`"27.30"`), never JSON numbers. 404: an unknown \
            auction, lot or facility; 409: the state does not allow it (`WRONG_STATE`, `DUPLICATE_ID`, \
            `ALREADY_REAUCTIONED`, `LOT_ALREADY_AWARDED`); 422: the rules refuse it; 503: the engine cannot \
            write its journal right now (`ENGINE_HALTED`, `ENGINE_BUSY`): retry after `Retry-After` seconds.

            **Events.** `GET /api/v1/auctions/{id}/events` and the `/watch` stream carry the engine's events; \
            every type, its fields and an example are listed in docs/events.md of the Tomoni repository.

            **Money, energy and carbon** are exact: prices in yen per kWh with two decimals, energy in kWh, \
            money in whole yen, CO2 in kg, as the auction rules (version 1.1) define them.
            """;
}
