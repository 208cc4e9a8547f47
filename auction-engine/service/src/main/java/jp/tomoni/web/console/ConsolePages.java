package jp.tomoni.web.console;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The officers' console's pages at clean addresses. Each page is a static HTML file under
 * {@code static/console/}; its scripts and styles are served from there too ({@code /console/js/**},
 * {@code /console/css/**}). Who may open which page is decided by the security configuration: the login page
 * is open to all, the new-auction form to officers, every other page to officers and analysts.
 */
@Configuration(proxyBeanMethods = false)
public class ConsolePages {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    @Bean
    RouterFunction<ServerResponse> consolePageRoutes() {
        return RouterFunctions.route()
                .GET("/", request -> ServerResponse.temporaryRedirect(URI.create("/console/")).build())
                .GET("/console", request -> ServerResponse.temporaryRedirect(URI.create("/console/")).build())
                .GET("/console/", page("index.html"))
                .GET("/console/login", page("login.html"))
                .GET("/console/facilities", page("facilities.html"))
                .GET("/console/lots", page("lots.html"))
                .GET("/console/auctions/new", page("new-auction.html"))
                .GET("/console/auctions/{id}", page("auction.html"))
                .build();
    }

    private static HandlerFunction<ServerResponse> page(String file) {
        Resource resource = new ClassPathResource("static/console/" + file);
        return request -> ServerResponse.ok().contentType(HTML).bodyValue(resource);
    }
}
