package jp.tomoni.gateway;

import jp.tomoni.edge.BareErrorProblems;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * The bidder gateway: the retailers' HTTP API in front of the auction engine. It is stateless (several
 * instances may run side by side): it authenticates retailers, validates their input strictly, rate-limits
 * them and relays to the engine over gRPC (one generated contract). It keeps nothing but short-lived caches.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    /** Netty's own refusals (a bad start line or header, a URL or headers too long) as problem+json. */
    @Bean
    NettyServerCustomizer bareErrorProblems() {
        return BareErrorProblems::onEveryConnection;
    }

    /** What {@code --help} prints. */
    static final String USAGE = """
            Tomoni bidder gateway

            Usage:
              java -jar bidder-gateway.jar [--NAME=VALUE ...]   start the gateway
              java -jar bidder-gateway.jar --help              print this
              java -jar bidder-gateway.jar --version           print the version

            --NAME=VALUE  any Spring Boot setting, e.g. --server.port=8081

            Environment: TOMONI_ENGINE_ADDRESS (the engine's gRPC endpoint, host:port), TOMONI_GATEWAY_KEY (the
            gateway's key, as the engine knows it), TOMONI_ENGINE_TRUST (a PEM file: speak TLS to the engine),
            TOMONI_GATEWAY_PORT, TOMONI_METRICS_TOKEN (opens /actuator/prometheus). See bidder-gateway/README.md.
            """;

    /** Starts the gateway, or prints {@link #USAGE} for {@code --help} and {@link #version()} for {@code --version}. */
    public static void main(String[] args) {
        if (args.length > 0 && ("--help".equals(args[0]) || "-h".equals(args[0]))) {
            System.out.print(USAGE);
            return;
        }
        if (args.length > 0 && "--version".equals(args[0])) {
            System.out.println(version());
            return;
        }
        SpringApplication.run(GatewayApplication.class, args);
    }

    /** The jar's version from its manifest, with the Java it runs on. */
    static String version() {
        String version = GatewayApplication.class.getPackage().getImplementationVersion();
        return "Tomoni bidder gateway " + (version == null ? "(development build)" : version) + ", Java "
                + Runtime.version();
    }
}
