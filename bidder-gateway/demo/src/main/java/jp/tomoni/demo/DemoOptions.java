package jp.tomoni.demo;

import java.nio.file.Path;

/**
 * The demo's command-line options. Each takes {@code --name=value} or {@code --name value}.
 *
 * @param keepRunning      leave the engine and gateway running at the end, until Ctrl-C
 * @param roundSeconds     length of a CLOCK round, in seconds
 * @param engineJar        the engine's executable jar
 * @param gatewayJar       the bidder gateway's executable jar
 * @param enginePort       the engine's HTTP port
 * @param enginePortGiven  whether the port was asked for (a busy port then fails instead of moving)
 * @param gatewayPort      the gateway's HTTP port
 * @param gatewayPortGiven whether the port was asked for
 * @param help             print the usage and stop
 */
record DemoOptions(boolean keepRunning, int roundSeconds, Path engineJar, Path gatewayJar, int enginePort,
                   boolean enginePortGiven, int gatewayPort, boolean gatewayPortGiven, boolean help) {

    static final int DEFAULT_ROUND_SECONDS = 4;
    static final Path DEFAULT_ENGINE_JAR = Path.of("auction-engine", "service", "target", "auction-engine.jar");
    static final Path DEFAULT_GATEWAY_JAR = Path.of("bidder-gateway", "gateway", "target", "bidder-gateway.jar");
    /** The rules' own replay jar, which anyone can run to check the award. */
    static final Path REPLAY_JAR = Path.of("auction-engine", "rules", "target", "tomoni-replay.jar");
    static final int DEFAULT_ENGINE_PORT = 8080;
    static final int DEFAULT_GATEWAY_PORT = 8081;

    /** How to call the demo. */
    static final String USAGE = """
            Usage: java -jar bidder-gateway/demo/target/tomoni-demo.jar [options]
              --keep-running        leave the engine and gateway running at the end (until Ctrl-C) and print
                                    their URLs, this run's sign-ins and the retailers' API keys
              --round-seconds=N     length of each auction round in seconds (default 4, at most 3600)
              --engine-jar=PATH     the engine jar (default auction-engine/service/target/auction-engine.jar)
              --gateway-jar=PATH    the gateway jar (default bidder-gateway/gateway/target/bidder-gateway.jar)
              --engine-port=N       the engine's port (default 8080; a busy default is replaced by a free port)
              --gateway-port=N      the gateway's port (default 8081; likewise)
              --help                print this
            The engine uses an embedded PostgreSQL in demo-output/db, emptied on every run, unless
            TOMONI_DB_R2DBC_URL is set: then it uses that database (with TOMONI_DB_JDBC_URL, TOMONI_DB_USER
            and TOMONI_DB_PASSWORD).""";

    /**
     * Reads the options; a leading {@code demo} (the demo's name, as once given to the gateway's jar) is skipped.
     *
     * @throws IllegalArgumentException naming the option that is unknown or has a bad value
     */
    static DemoOptions parse(String... args) {
        boolean keepRunning = false;
        boolean help = false;
        int roundSeconds = DEFAULT_ROUND_SECONDS;
        Path engineJar = DEFAULT_ENGINE_JAR;
        Path gatewayJar = DEFAULT_GATEWAY_JAR;
        Integer enginePort = null;
        Integer gatewayPort = null;
        for (int i = args.length > 0 && "demo".equals(args[0]) ? 1 : 0; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            switch (name) {
                case "--keep-running" -> keepRunning = flag(arg, eq);
                case "--help", "-h" -> help = flag(arg, eq);
                case "--round-seconds", "--engine-jar", "--gateway-jar", "--engine-port", "--gateway-port" -> {
                    String value;
                    if (eq >= 0) {
                        value = arg.substring(eq + 1);
                    } else if (i + 1 < args.length) {
                        value = args[++i];
                    } else {
                        throw new IllegalArgumentException(name + " needs a value, e.g. " + name + "=" + example(name));
                    }
                    switch (name) {
                        case "--round-seconds" -> roundSeconds = number(name, value, 1, 3600);
                        case "--engine-jar" -> engineJar = path(name, value);
                        case "--gateway-jar" -> gatewayJar = path(name, value);
                        case "--engine-port" -> enginePort = number(name, value, 1, 65535);
                        default -> gatewayPort = number(name, value, 1, 65535);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        int engine = enginePort == null ? DEFAULT_ENGINE_PORT : enginePort;
        int gateway = gatewayPort == null ? DEFAULT_GATEWAY_PORT : gatewayPort;
        if (enginePort != null && gatewayPort != null && engine == gateway) {
            throw new IllegalArgumentException("--engine-port and --gateway-port must differ, both are " + engine);
        }
        return new DemoOptions(keepRunning, roundSeconds, engineJar, gatewayJar, engine, enginePort != null, gateway,
                gatewayPort != null, help);
    }

    private static boolean flag(String arg, int eq) {
        if (eq >= 0) {
            throw new IllegalArgumentException(arg.substring(0, eq) + " takes no value");
        }
        return true;
    }

    private static int number(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max
                + ", not \"" + value + "\"");
    }

    private static Path path(String name, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " needs a path");
        }
        return Path.of(value);
    }

    private static String example(String name) {
        return switch (name) {
            case "--round-seconds" -> "4";
            case "--engine-jar" -> DEFAULT_ENGINE_JAR.toString();
            case "--gateway-jar" -> DEFAULT_GATEWAY_JAR.toString();
            case "--engine-port" -> "8080";
            default -> "8081";
        };
    }
}
