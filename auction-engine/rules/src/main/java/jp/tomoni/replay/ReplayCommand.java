package jp.tomoni.replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import jp.tomoni.json.InvalidInputException;

/**
 * {@code replay FILE.json}: prints the result of a scenario as one JSON document on standard output and
 * returns 0. A file that is not a valid scenario prints one line naming the problem and its place on standard
 * error and returns 2. {@code -} reads standard input. It starts no server and needs no database.
 */
public final class ReplayCommand {

    /** Exit status for a scenario that could not be read. */
    public static final int INVALID = 2;

    private ReplayCommand() {
    }

    /**
     * Runs the command.
     *
     * @param args the arguments after {@code replay}
     * @return the process exit status
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: replay FILE.json   (- reads standard input)");
            return INVALID;
        }
        String name = args[0];
        String text;
        try {
            text = "-".equals(name) ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(name), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("replay: " + name + ": no such file");
            return INVALID;
        } catch (IOException e) {
            err.println("replay: " + name + ": cannot be read (" + e.getMessage() + ")");
            return INVALID;
        }
        try {
            out.print(ResultJson.write(ScenarioReplay.run(ScenarioReader.read(text))));
            out.flush();
            return 0;
        } catch (InvalidInputException e) {
            err.println("replay: " + ("-".equals(name) ? "<stdin>" : name) + ": " + e.getMessage());
            return INVALID;
        }
    }
}
