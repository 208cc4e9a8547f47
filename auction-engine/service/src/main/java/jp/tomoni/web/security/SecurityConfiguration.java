package jp.tomoni.web.security;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.tomoni.contract.ApiKeys;
import jp.tomoni.contract.MetricsCredential;
import jp.tomoni.engine.EngineQueries;
import jp.tomoni.engine.UserAccount;
import jp.tomoni.web.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.csrf.WebSessionServerCsrfTokenRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Roles: the installation's own accounts (configured) are OFFICER, the operator, who may do everything in the
 * API, and ANALYST, who may only read auctions, their reports and exports, and the console's lists. Users of
 * public bodies (registered in the engine) are MEMBER with their roles; this chain lets them reach the API
 * and the console, and every endpoint then applies the scope rules of their body and group
 * ({@code jp.tomoni.web.Scopes}). A retailer's key (BIDDER) reaches nothing here (403): retailers use the bidder
 * gateway, which reaches the engine over its own gRPC endpoint with its own key, outside this filter chain.
 *
 * <p>API clients sign in with HTTP Basic, keys come as {@code Authorization: Bearer}; neither creates a
 * session. People using the browser console sign in on {@code /console/login} (form login): the session
 * cookie ({@code SameSite=Strict}, {@code HttpOnly}, see {@code server.reactive.session}) then authorises the
 * console's pages and its own calls to {@code /api/v1/**} under the same role rules. A state-changing request
 * that could ride on that cookie (it carries no {@code Authorization} header and either carries the session
 * cookie or goes to {@code /console/**}) must also carry the session's CSRF token (synchronizer token, kept in
 * the session, sent as {@code X-CSRF-TOKEN} or the form field {@code _csrf}); without it the answer is 403
 * {@code CSRF_REJECTED}. Requests with an {@code Authorization} header cannot be forged cross-site without a
 * CORS preflight, which this service never grants, so API clients are unaffected.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class SecurityConfiguration {

    /** Where the console's login page is; a POST there signs in. */
    public static final String LOGIN_PAGE = "/console/login";

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);

    @Bean
    SecurityWebFilterChain api(ServerHttpSecurity http, SecurityProperties properties, EngineQueries engine,
                               ReactiveUserDetailsService people,
                               @Value("${server.reactive.session.cookie.name:SESSION}") String sessionCookie) {
        MetricsCredential metrics = new MetricsCredential(properties.metricsToken());
        if (!metrics.configured()) {
            LOG.warn("tomoni.security.metrics-token ({}) is not set: /actuator/prometheus is closed to everyone",
                    MetricsCredential.ENVIRONMENT);
        }
        AuthenticationWebFilter bearer = new AuthenticationWebFilter(apiKeys(engine, metrics));
        bearer.setServerAuthenticationConverter(exchange -> Mono.justOrEmpty(
                exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION))
                .filter(h -> scheme(h, "Bearer"))
                .map(h -> UsernamePasswordAuthenticationToken.unauthenticated("api-key", h.substring(7).trim())));
        bearer.setAuthenticationFailureHandler((exchange, e) -> ProblemResponses.write(exchange.getExchange(), 401,
                "UNAUTHENTICATED", "the API key is not valid"));
        ReactiveAuthenticationManager passwords = new RememberedPasswords(people);
        ServerAuthenticationEntryPoint problem = (exchange, e) -> ProblemResponses.write(exchange, 401,
                "UNAUTHENTICATED", "sign in with a user name and password, or an API key");
        return http.csrf(csrf -> csrf.csrfTokenRepository(new WebSessionServerCsrfTokenRepository())
                        .requireCsrfProtectionMatcher(exchange -> needsCsrfToken(exchange, sessionCookie)
                                ? ServerWebExchangeMatcher.MatchResult.match()
                                : ServerWebExchangeMatcher.MatchResult.notMatch())
                        .accessDeniedHandler((exchange, e) -> ProblemResponses.write(exchange, 403, "CSRF_REJECTED",
                                "the console's security token is missing or out of date; reload the page")))
                .httpBasic(basic -> basic.authenticationManager(passwords).authenticationEntryPoint(problem))
                .formLogin(form -> form.loginPage(LOGIN_PAGE).authenticationManager(passwords)
                        .authenticationSuccessHandler(new RedirectServerAuthenticationSuccessHandler("/console/"))
                        .authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler(
                                LOGIN_PAGE + "?error")))
                .logout(logout -> logout.logoutUrl("/console/logout")
                        .logoutHandler(new DelegatingServerLogoutHandler(new SecurityContextServerLogoutHandler(),
                                new WebSessionServerLogoutHandler()))
                        .logoutSuccessHandler(redirect(LOGIN_PAGE + "?logout")))
                .addFilterAt(bearer, SecurityWebFiltersOrder.AUTHENTICATION)
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(entryPoint(problem))
                        .accessDeniedHandler((exchange, e) -> ProblemResponses.write(exchange, 403, "FORBIDDEN",
                                "your role may not do this")))
                .authorizeExchange(rules -> rules
                        .pathMatchers("/actuator/health/**", "/v3/api-docs/**").permitAll()
                        .pathMatchers("/actuator/**").hasRole("METRICS")
                        .pathMatchers(HttpMethod.GET, "/", LOGIN_PAGE, "/console/csrf", "/console/css/**",
                                "/console/js/**", "/console/img/**").permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/v1/auctions/**", "/api/v1/console/**",
                                "/api/v1/groups/**").hasAnyRole("OFFICER", "ANALYST", "MEMBER")
                        .pathMatchers("/api/v1/**").hasAnyRole("OFFICER", "MEMBER")
                        .pathMatchers(HttpMethod.GET, "/console/auctions/new").hasAnyRole("OFFICER", "LEAD_OFFICER")
                        .pathMatchers(HttpMethod.GET, "/console", "/console/**", "/webjars/**")
                        .hasAnyRole("OFFICER", "ANALYST", "MEMBER")
                        .anyExchange().denyAll())
                .build();
    }

    /**
     * Whether a request must carry the session's CSRF token: it changes something, carries no Basic or Bearer
     * credentials, and either carries the session cookie or goes to the console. Only those two schemes
     * exempt a request, since their filters then either authenticate it by them or answer 401: a header of
     * any other scheme authenticates nothing, so it leaves the session in charge and the token required.
     */
    static boolean needsCsrfToken(ServerWebExchange exchange, String sessionCookie) {
        var request = exchange.getRequest();
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (SAFE.contains(request.getMethod()) || scheme(authorization, "Basic") || scheme(authorization, "Bearer")) {
            return false;
        }
        return request.getPath().pathWithinApplication().value().startsWith("/console/")
                || request.getCookies().containsKey(sessionCookie);
    }

    /** Whether {@code authorization} is credentials of {@code scheme} (case-insensitive, as RFC 9110 says). */
    static boolean scheme(String authorization, String scheme) {
        int n = scheme.length();
        return authorization != null && authorization.length() > n + 1
                && authorization.regionMatches(true, 0, scheme, 0, n) && authorization.charAt(n) == ' ';
    }

    /** Pages of the console send a person to the login page; everything else is answered 401 problem+json. */
    private static ServerAuthenticationEntryPoint entryPoint(ServerAuthenticationEntryPoint problem) {
        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegateEntry(new PathPatternParserServerWebExchangeMatcher("/console/**", HttpMethod.GET),
                        new RedirectServerAuthenticationEntryPoint(LOGIN_PAGE)),
                new DelegateEntry(new PathPatternParserServerWebExchangeMatcher("/console", HttpMethod.GET),
                        new RedirectServerAuthenticationEntryPoint(LOGIN_PAGE)));
        entryPoint.setDefaultEntryPoint(problem);
        return entryPoint;
    }

    private static RedirectServerLogoutSuccessHandler redirect(String location) {
        RedirectServerLogoutSuccessHandler handler = new RedirectServerLogoutSuccessHandler();
        handler.setLogoutSuccessUrl(URI.create(location));
        return handler;
    }

    /**
     * The firewall's refusal of a path or header it deems unsafe (an encoded slash, a NUL, a {@code ..}
     * segment, a character outside the header grammar) as 400 {@code REQUEST_REJECTED} problem+json.
     */
    @Bean
    ServerExchangeRejectedHandler rejectedExchanges() {
        return (exchange, e) -> ProblemResponses.write(exchange, 400, "REQUEST_REJECTED",
                "the request's path or headers hold a sequence this service refuses, such as an encoded slash or NUL");
    }

    /**
     * Who may sign in: the installation's own accounts from configuration first, then the users of public
     * bodies registered in the engine (role {@code MEMBER} and each of their roles). A registered name never
     * shadows a configured one: registering it is refused.
     */
    @Bean
    ReactiveUserDetailsService people(SecurityProperties properties, EngineQueries engine) {
        List<UserDetails> users = properties.users().stream().map(u -> User.withUsername(u.name())
                .password(u.password()).roles(u.role()).build()).toList();
        if (users.isEmpty()) {
            users = List.of(User.withUsername("nobody").password("{noop}" + UUID.randomUUID())
                    .roles("NONE").build());
        }
        MapReactiveUserDetailsService configured = new MapReactiveUserDetailsService(users);
        return name -> configured.findByUsername(name).switchIfEmpty(Mono.fromSupplier(() -> {
            UserAccount user = engine.organisation().user(name);
            if (user == null) {
                return null;
            }
            List<String> roles = new java.util.ArrayList<>(List.of("MEMBER"));
            user.roles().forEach(r -> roles.add(r.name()));
            return User.withUsername(user.userId()).password(user.passwordHash()).roles(roles.toArray(String[]::new))
                    .build();
        }));
    }

    /**
     * Authenticates the operator's metrics token (role METRICS), or a retailer's issued API key by its
     * SHA-256, so that it is told it has no business here.
     */
    private static ReactiveAuthenticationManager apiKeys(EngineQueries engine, MetricsCredential metrics) {
        return authentication -> Mono.fromSupplier(() -> {
            if (metrics.admits("Bearer " + authentication.getCredentials())) {
                return UsernamePasswordAuthenticationToken.authenticated("metrics", null,
                        List.of(new SimpleGrantedAuthority("ROLE_METRICS")));
            }
            String hash = ApiKeys.hash(String.valueOf(authentication.getCredentials()));
            var retailer = engine.retailerByKeyHash(hash);
            if (retailer == null) {
                throw new BadCredentialsException("unknown API key");
            }
            return UsernamePasswordAuthenticationToken.authenticated("retailer:" + retailer.retailerId(), null,
                    List.of(new SimpleGrantedAuthority("ROLE_BIDDER")));
        });
    }
}
