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

    /**
     * Starts the gateway; {@code demo [options]} instead runs the whole 23-ward demo (engine, gateway and
     * simulated retailers) and exits.
     */
    public static void main(String[] args) {
        if (args.length > 0 && "demo".equals(args[0])) {
            System.exit(jp.tomoni.gateway.demo.DemoCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(GatewayApplication.class, args);
    }
}
