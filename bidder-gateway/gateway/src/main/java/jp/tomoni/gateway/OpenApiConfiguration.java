package jp.tomoni.gateway;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and security: every retailer call carries {@code Authorization: Bearer KEY}. */
@Configuration
public class OpenApiConfiguration {

    /** The document's metadata. */
    @Bean
    public OpenAPI gatewayOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Tomoni bidder gateway").version("v1")
                        .description("Retailers' API: auctions, bids, own bids, event stream, own award. Every error"
                                + " is application/problem+json with type urn:tomoni:problem:CODE, code and field."
                                + " The event stream's types and their fields are listed in docs/events.md of the"
                                + " Tomoni repository."))
                .components(new Components().addSecuritySchemes("retailerKey",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("retailerKey"));
    }
}
