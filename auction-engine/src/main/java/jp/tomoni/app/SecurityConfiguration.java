package jp.tomoni.app;

import java.util.List;
import jp.tomoni.web.ProblemResponses;
import jp.tomoni.web.RetailerController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import reactor.core.publisher.Mono;

/**
 * Roles: OFFICER may do everything in the API; ANALYST may only read auctions, their reports and exports;
 * a retailer's key (BIDDER) reaches nothing here (403): retailers use the bidder gateway; the gateway's key
 * (GATEWAY) reaches only the internal bid intake. People sign in with HTTP Basic; keys come as
 * {@code Authorization: Bearer}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class SecurityConfiguration {

    @Bean
    SecurityWebFilterChain api(ServerHttpSecurity http, SecurityProperties properties, EngineRuntime runtime,
                               MapReactiveUserDetailsService people) {
        AuthenticationWebFilter bearer = new AuthenticationWebFilter(apiKeys(properties, runtime));
        bearer.setServerAuthenticationConverter(exchange -> Mono.justOrEmpty(
                exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION))
                .filter(h -> h.startsWith("Bearer "))
                .map(h -> UsernamePasswordAuthenticationToken.unauthenticated("api-key", h.substring(7).trim())));
        bearer.setAuthenticationFailureHandler((exchange, e) -> ProblemResponses.write(exchange.getExchange(), 401,
                "UNAUTHENTICATED", "the API key is not valid"));
        UserDetailsRepositoryReactiveAuthenticationManager passwords =
                new UserDetailsRepositoryReactiveAuthenticationManager(people);
        passwords.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(basic -> basic.authenticationManager(passwords).authenticationEntryPoint((exchange, e) -> ProblemResponses.write(exchange, 401,
                        "UNAUTHENTICATED", "sign in with a user name and password, or an API key")))
                .addFilterAt(bearer, SecurityWebFiltersOrder.AUTHENTICATION)
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((exchange, e) -> ProblemResponses.write(exchange, 401,
                                "UNAUTHENTICATED", "sign in with a user name and password, or an API key"))
                        .accessDeniedHandler((exchange, e) -> ProblemResponses.write(exchange, 403, "FORBIDDEN",
                                "your role may not do this")))
                .authorizeExchange(rules -> rules
                        .pathMatchers("/actuator/health/**", "/actuator/prometheus", "/v3/api-docs/**").permitAll()
                        .pathMatchers("/internal/**").hasRole("GATEWAY")
                        .pathMatchers(HttpMethod.GET, "/api/v1/auctions/**").hasAnyRole("OFFICER", "ANALYST")
                        .pathMatchers("/api/v1/**").hasRole("OFFICER")
                        .anyExchange().denyAll())
                .build();
    }

    @Bean
    MapReactiveUserDetailsService people(SecurityProperties properties) {
        List<UserDetails> users = properties.users().stream().map(u -> User.withUsername(u.name())
                .password(u.password()).roles(u.role()).build()).toList();
        if (users.isEmpty()) {
            users = List.of(User.withUsername("nobody").password("{noop}" + java.util.UUID.randomUUID())
                    .roles("NONE").build());
        }
        return new MapReactiveUserDetailsService(users);
    }

    /** Authenticates API keys by their SHA-256: the gateway's configured key, or a retailer's issued key. */
    private static ReactiveAuthenticationManager apiKeys(SecurityProperties properties, EngineRuntime runtime) {
        String gatewayHash = properties.gatewayKey() == null || properties.gatewayKey().isBlank() ? null
                : RetailerController.sha256(properties.gatewayKey());
        return authentication -> Mono.fromSupplier(() -> {
            String hash = RetailerController.sha256(String.valueOf(authentication.getCredentials()));
            if (hash.equals(gatewayHash)) {
                return UsernamePasswordAuthenticationToken.authenticated("gateway", null,
                        List.of(new SimpleGrantedAuthority("ROLE_GATEWAY")));
            }
            var retailer = runtime.processor().registry().retailerByKeyHash(hash);
            if (retailer == null) {
                throw new BadCredentialsException("unknown API key");
            }
            return UsernamePasswordAuthenticationToken.authenticated("retailer:" + retailer.retailerId(), null,
                    List.of(new SimpleGrantedAuthority("ROLE_BIDDER")));
        });
    }
}
