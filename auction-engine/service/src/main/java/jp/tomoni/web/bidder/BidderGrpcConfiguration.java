package jp.tomoni.web.bidder;

import java.time.Clock;
import java.time.Duration;
import jp.tomoni.app.EngineRuntime;
import jp.tomoni.app.StreamSubscribers;
import jp.tomoni.engine.EngineQueries;
import jp.tomoni.web.security.SecurityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the contract's engine side: the service, the gateway's key check and the endpoint. */
@Configuration(proxyBeanMethods = false)
public class BidderGrpcConfiguration {

    /** How often an idle retailer stream carries a heartbeat. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    @Bean
    BidderGrpcServer bidderGrpcServer(GrpcProperties properties, SecurityProperties security, EngineRuntime runtime,
                                      EngineQueries engine, StreamSubscribers subscribers, Clock clock) {
        return new BidderGrpcServer(properties, new BidderEngineService(runtime, engine, subscribers, HEARTBEAT,
                        clock),
                new GatewayKeyInterceptor(security.gatewayKey()));
    }
}
