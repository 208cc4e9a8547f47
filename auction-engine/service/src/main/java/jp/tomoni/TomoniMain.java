package jp.tomoni;

import jp.tomoni.replay.ReplayCommand;

/**
 * The engine's entry point. {@code replay FILE.json} recomputes an auction from a scenario file without a
 * server or a database; anything else starts the engine service.
 */
public final class TomoniMain {

    private TomoniMain() {
    }

    /**
     * {@code replay FILE.json} recomputes a scenario; otherwise the engine service starts. With
     * {@code --embedded-db} (or {@code --embedded-db=DIR}, default {@code ./tomoni-data}) it runs its own
     * PostgreSQL instead of connecting to one.
     */
    public static void main(String[] args) {
        if (args.length > 0 && "replay".equals(args[0])) {
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            System.exit(ReplayCommand.run(rest, System.in, System.out, System.err));
        }
        startService(args);
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
