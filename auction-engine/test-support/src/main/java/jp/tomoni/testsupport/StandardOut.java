package jp.tomoni.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What a piece of code prints to standard output, for the tests of command lines such as {@code --help}. */
public final class StandardOut {

    private StandardOut() {
    }

    /** Runs {@code code} with standard output captured and answers what it printed (UTF-8). */
    public static String of(Runnable code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            code.run();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
