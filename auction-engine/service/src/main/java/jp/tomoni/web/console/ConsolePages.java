package jp.tomoni.web.console;

import com.samskivert.mustache.Mustache;
import java.net.URI;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The officers' console's pages at clean addresses. Each page is a Mustache template under
 * {@code templates/console/} that shares the head ({@code console/head}: charset, viewport, title, favicon,
 * style sheet, the page's module script) and the top bar ({@code console/topbar}) with the others. The
 * pages hold nothing that depends on the request or the person: each is rendered once, with Spring Boot's
 * {@code Mustache.Compiler}, when the routes are built (a missing template, partial or value stops the
 * engine from starting), and answered as {@code text/html;charset=UTF-8}. Their scripts, styles and texts
 * are static files ({@code /console/js/**}, {@code /console/css/**}); no page has an inline script, so the
 * policy of {@link ConsoleHeaders} holds. Who may open which page is decided by the security configuration:
 * the login page is open to all, the new-auction form to officers, every other page to officers and analysts.
 */
@Configuration(proxyBeanMethods = false)
public class ConsolePages {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    /**
     * One page of the console: what its template is rendered from.
     *
     * @param path     the page's address
     * @param template the template's name, {@code console/…}
     * @param titleKey the key of the document title in {@code js/messages.js}, set by the page's script
     * @param script   the page's module script under {@code /console/js/}
     * @param charts   whether the page draws charts and so loads Chart.js from its webjar first
     */
    record Page(String path, String template, String titleKey, String script, boolean charts) {
    }

    /** Every page, in route order: the new-auction form before the live view's {@code {id}}. */
    static final List<Page> PAGES = List.of(
            new Page("/console/", "console/index", "auctions.title", "auctions-page.js", false),
            new Page("/console/login", "console/login", "login.title", "login-page.js", false),
            new Page("/console/facilities", "console/facilities", "facilities.title", "facilities-page.js", false),
            new Page("/console/lots", "console/lots", "lots.title", "lots-page.js", false),
            new Page("/console/auctions/new", "console/new-auction", "form.title", "auction-form.js", false),
            new Page("/console/auctions/{id}", "console/auction", "live.title", "live-page.js", true));

    @Bean
    RouterFunction<ServerResponse> consolePageRoutes(Mustache.Compiler mustache) {
        RouterFunctions.Builder routes = RouterFunctions.route()
                .GET("/", request -> ServerResponse.temporaryRedirect(URI.create("/console/")).build())
                .GET("/console", request -> ServerResponse.temporaryRedirect(URI.create("/console/")).build());
        for (Page page : PAGES) {
            String html = render(mustache, page);
            routes.GET(page.path(), request -> ServerResponse.ok().contentType(HTML).bodyValue(html));
        }
        return routes.build();
    }

    /**
     * The page's HTML, rendered with {@code mustache}; a section the page does not have fails like a missing
     * value does.
     *
     * @throws com.samskivert.mustache.MustacheException when a template, partial or value is missing
     */
    static String render(Mustache.Compiler mustache, Page page) {
        return mustache.strictSections(true).loadTemplate(page.template()).execute(page);
    }
}
