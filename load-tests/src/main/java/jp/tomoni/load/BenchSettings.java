package jp.tomoni.load;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The settings of a load test, from system properties ({@code -Dbench.NAME=VALUE}, which the Gatling Maven
 * plugin passes on to the simulation's JVM), each with a default for a gateway and an engine on their default
 * local ports. The officer's password comes from the environment ({@code TOMONI_BENCH_OFFICER_PASSWORD}) so
 * that it never shows on a command line.
 */
public final class BenchSettings {

    /** Environment variable holding the officer's password. */
    public static final String PASSWORD_VARIABLE = "TOMONI_BENCH_OFFICER_PASSWORD";

    private BenchSettings() {
    }

    /** The bidder gateway, {@code bench.gatewayUrl} (default {@code http://localhost:8081}). */
    public static URI gateway() {
        return URI.create(text("gatewayUrl", "http://localhost:8081"));
    }

    /** The engine, {@code bench.engineUrl} (default {@code http://localhost:8080}). */
    public static URI engine() {
        return URI.create(text("engineUrl", "http://localhost:8080"));
    }

    /** The officer's user name, {@code bench.officerUser} (default {@code officer}). */
    public static String officerUser() {
        return text("officerUser", "officer");
    }

    /** The officer's password, from {@value #PASSWORD_VARIABLE}; fails when it is not set. */
    public static String officerPassword() {
        String password = System.getenv(PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) {
            throw new IllegalStateException("set " + PASSWORD_VARIABLE + " to the engine officer's password");
        }
        return password;
    }


    /**
     * The operator's token that opens both services' {@code /actuator/prometheus}, from
     * {@code TOMONI_METRICS_TOKEN} (the bench starts both services with it); empty when not set.
     */
    public static String metricsToken() {
        String token = System.getenv("TOMONI_METRICS_TOKEN");
        return token == null ? "" : token;
    }

    /** Where a simulation writes what it found out besides Gatling's report: {@code bench.outputDir}. */
    public static Path outputDir() {
        return Path.of(text("outputDir", "target/bench"));
    }

    /** A whole number setting {@code bench.NAME}. */
    public static int number(String name, int fallback) {
        String value = System.getProperty("bench." + name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bench." + name + " must be a whole number, not \"" + value + "\"", e);
        }
    }

    /** A duration setting {@code bench.NAME} in whole seconds. */
    public static Duration seconds(String name, int fallback) {
        return Duration.ofSeconds(number(name, fallback));
    }

    /** A text setting {@code bench.NAME}. */
    public static String text(String name, String fallback) {
        String value = System.getProperty("bench." + name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
