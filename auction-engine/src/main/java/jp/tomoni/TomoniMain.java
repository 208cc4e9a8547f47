package jp.tomoni;

import jp.tomoni.replay.ReplayCommand;

/**
 * The engine's entry point. {@code replay FILE.json} recomputes an auction from a scenario file without a
 * server or a database; anything else starts the engine service.
 */
public final class TomoniMain {

    private TomoniMain() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && "replay".equals(args[0])) {
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            System.exit(ReplayCommand.run(rest, System.in, System.out, System.err));
        }
        jp.tomoni.app.EngineApplication.main(args);
    }
}
