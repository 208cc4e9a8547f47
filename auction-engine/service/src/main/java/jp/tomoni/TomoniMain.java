package jp.tomoni;

import jp.tomoni.replay.ReplayCommand;

/**
 * The engine's entry point. {@code replay FILE.json} recomputes an auction from a scenario file without a
 * server or a database; anything else starts the engine service.
 */
public final class TomoniMain {

    /** What {@code --help} prints. */
    static final String USAGE = """
            Tomoni auction engine

            Usage:
              java -jar auction-engine.jar [--embedded-db[=DIR]] [--NAME=VALUE ...]   start the engine service
              java -jar auction-engine.jar replay FILE.json                          recompute an auction's award
              java -jar auction-engine.jar --help                                    print this
              java -jar auction-engine.jar --version                                 print the version

            --embedded-db[=DIR]  run a PostgreSQL of its own with its data in DIR (default ./tomoni-data)
                                 instead of connecting to one
            --NAME=VALUE         any Spring Boot setting, e.g. --server.port=8080 --tomoni.grpc.port=9090

            Environment: TOMONI_DB_R2DBC_URL, TOMONI_DB_JDBC_URL, TOMONI_DB_USER, TOMONI_DB_PASSWORD (the
            journal's database), TOMONI_SECURITY_USERS_0_NAME/_PASSWORD/_ROLE (officers and analysts),
            TOMONI_SECURITY_GATEWAYKEY (the bidder gateway's key), TOMONI_METRICS_TOKEN (opens
            /actuator/prometheus). See README.md and docs/engine.md.
            """;

    private TomoniMain() {
    }

    /**
     * {@code replay FILE.json} recomputes a scenario, {@code --help} and {@code --version} print and return;
     * otherwise the engine service starts. With
     * {@code --embedded-db} (or {@code --embedded-db=DIR}, default {@code ./tomoni-data}) it runs its own
     * PostgreSQL instead of connecting to one.
     */
    public static void main(String[] args) {
        if (args.length > 0 && ("--help".equals(args[0]) || "-h".equals(args[0]) || "help".equals(args[0]))) {
            System.out.print(USAGE);
            return;
        }
        if (args.length > 0 && ("--version".equals(args[0]) || "version".equals(args[0]))) {
            System.out.println(version());
            return;
        }
        if (args.length > 0 && "replay".equals(args[0])) {
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            System.exit(ReplayCommand.run(rest, System.in, System.out, System.err));
        }
        startService(args);
    }

    /** The jar's version from its manifest, with the Java it runs on: what {@code --version} prints. */
    static String version() {
        String version = TomoniMain.class.getPackage().getImplementationVersion();
        return "Tomoni auction engine " + (version == null ? "(development build)" : version) + ", Java "
                + Runtime.version();
    }

    private static void startService(String[] args) {
        java.util.List<String> rest = new java.util.ArrayList<>();
        String embedded = null;
        for (String arg : args) {
            if (arg.equals("--embedded-db")) {
                embedded = "tomoni-data";
            } else if (arg.startsWith("--embedded-db=")) {
                embedded = arg.substring("--embedded-db=".length());
            } else {
                rest.add(arg);
            }
        }
        if (embedded != null) {
            try {
                jp.tomoni.app.EmbeddedDatabase db = jp.tomoni.app.EmbeddedDatabase.start(java.nio.file.Path.of(embedded));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        db.close();
                    } catch (java.io.IOException e) {
                        System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
                    }
                }, "tomoni-embedded-db-stop"));
            } catch (java.io.IOException | java.sql.SQLException e) {
                System.err.println("embedded PostgreSQL could not start in " + embedded + ": " + e.getMessage());
                System.exit(1);
            }
        }
        jp.tomoni.app.EngineApplication.main(rest.toArray(String[]::new));
    }
}
