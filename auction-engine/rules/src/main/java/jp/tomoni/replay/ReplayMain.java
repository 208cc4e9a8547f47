package jp.tomoni.replay;

import java.util.Arrays;

/**
 * The entry point of {@code tomoni-replay.jar}, the file a retailer downloads to recompute an award:
 * {@code java -jar tomoni-replay.jar replay FILE.json} (the word {@code replay} may be left out). It starts no
 * server and needs no database; see {@link ReplayCommand}.
 */
public final class ReplayMain {

    private ReplayMain() {
    }

    /** Runs {@link ReplayCommand} and exits with its status. */
    public static void main(String[] args) {
        String[] rest = args.length > 0 && "replay".equals(args[0]) ? Arrays.copyOfRange(args, 1, args.length) : args;
        System.exit(ReplayCommand.run(rest, System.in, System.out, System.err));
    }
}
