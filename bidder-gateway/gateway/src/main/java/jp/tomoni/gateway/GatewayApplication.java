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

    /** Starts the gateway. */
    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
