package jp.tomoni.gateway;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code tomoni.gateway}.
 *
 * @param engineAddress     the engine's gRPC endpoint as {@code host:port} ({@code TOMONI_ENGINE_ADDRESS})
 * @param engineTrust       a PEM file of the certificates to trust for the engine's endpoint: when set, the
 *                          channel speaks TLS only ({@code TOMONI_ENGINE_TRUST})
 * @param engineKey         the gateway's own key, presented on every call to the engine
 *                          ({@code TOMONI_GATEWAY_KEY})
 * @param maxBodyBytes      largest request body accepted; a larger one is 413 {@code PAYLOAD_TOO_LARGE}
 * @param connectTimeout    how long to wait for a connection to the engine
 * @param engineTimeout     how long to wait for the engine's answer to one request
 * @param heartbeat         how often an event stream to a retailer carries a heartbeat comment
 * @param streamIdleTimeout an engine event stream silent this long (not even a heartbeat) is taken as broken
 * @param authCacheTtl      how long a known API key is remembered
 * @param formatCacheTtl    how long an auction's format is remembered, per auction and retailer
 * @param rateLimit         token buckets per retailer and instance
 * @param metricsToken      the token that opens {@code /actuator/prometheus} as {@code Authorization: Bearer}
 *                          ({@code TOMONI_METRICS_TOKEN}); blank closes it to everyone
 */
@ConfigurationProperties("tomoni.gateway")
public record GatewayProperties(
        @DefaultValue("localhost:9090") String engineAddress,
        Path engineTrust,
        @DefaultValue("") String engineKey,
        @DefaultValue("4096") int maxBodyBytes,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration engineTimeout,
        @DefaultValue("15s") Duration heartbeat,
        @DefaultValue("45s") Duration streamIdleTimeout,
        @DefaultValue("60s") Duration authCacheTtl,
        @DefaultValue("60s") Duration formatCacheTtl,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue("") String metricsToken) {

    /** Refuses settings that cannot work. */
    public GatewayProperties {
        engineTrust = engineTrust == null || engineTrust.toString().isEmpty() ? null : engineTrust;
        if (!engineAddress.matches("[A-Za-z0-9._-]{1,253}:[0-9]{1,5}")) {
            throw new IllegalArgumentException("tomoni.gateway.engine-address must be host:port, not " + engineAddress);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("tomoni.gateway.max-body-bytes must be positive");
        }
        for (Duration d : new Duration[] {connectTimeout, engineTimeout, heartbeat, streamIdleTimeout,
                authCacheTtl, formatCacheTtl}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("tomoni.gateway durations must be positive, got " + d);
            }
        }
    }

    /**
     * Token buckets, per retailer and per gateway instance: bids on {@code POST .../bids}, reads on every GET.
     *
     * @param bidsPerSecond  bids refilled per second
     * @param burst          most bids at once
     * @param readsPerSecond reads refilled per second
     * @param readBurst      most reads at once
     */
    public record RateLimit(
            @DefaultValue("20") int bidsPerSecond,
            @DefaultValue("40") int burst,
            @DefaultValue("50") int readsPerSecond,
            @DefaultValue("100") int readBurst) {

        /** Refuses rates or bursts below one. */
        public RateLimit {
            if (bidsPerSecond < 1 || burst < 1 || readsPerSecond < 1 || readBurst < 1) {
                throw new IllegalArgumentException("tomoni.gateway.rate-limit values must be at least 1");
            }
        }
    }
}
