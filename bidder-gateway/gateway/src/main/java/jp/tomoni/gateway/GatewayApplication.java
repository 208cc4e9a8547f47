package jp.tomoni.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The bidder gateway: the retailers' HTTP API in front of the auction engine. It is stateless (several
 * instances may run side by side): it authenticates retailers, validates their input strictly, rate-limits
 * them and relays to the engine over HTTP and server-sent events. It keeps nothing but short-lived caches.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    /** Starts the gateway. */
    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
