package jp.tomoni;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.tomoni.testsupport.JdkHomes;
import org.junit.jupiter.api.Test;

/**
 * The packaged {@code tomoni-replay.jar} works as a separate process, exactly as the README tells people to
 * run it: result on standard output and exit 0, or one line on standard error and exit 2; and it gives the
 * same bytes on every JDK the project supports.
 */
class ReplayJarIT {

    private static final Path JAR = Path.of(System.getProperty("tomoni.replay.jar", "target/tomoni-replay.jar"));
    private static final Path EXAMPLES = Path.of(System.getProperty("tomoni.shared.dir", "../../shared"), "examples");

    @Test
    void replaysAnExampleFromAFile() throws Exception {
        Result result = run(EXAMPLES.resolve("clock-basic.json").toString(), null);
        assertThat(result.exit).isZero();
        assertThat(result.out).contains("\"clearingPrice\" : \"27.30\"");
        assertThat(result.err).isEmpty();
    }

    @Test
    void everySupportedJdkGivesTheSameBytes() throws Exception {
        String scenario = EXAMPLES.resolve("clock-basic.json").toString();
        Result reference = run(JdkHomes.current().toString(), scenario, null);
        for (Path home : JdkHomes.extra()) {
            Result result = run(JdkHomes.java(home).toString(), scenario, null);
            assertThat(result.exit).as(home + ": " + result.err).isZero();
            assertThat(result.out).as(home.toString()).isEqualTo(reference.out);
        }
    }

    @Test
    void readsStandardInputForADash() throws Exception {
        Result result = run("-", EXAMPLES.resolve("open-reverse-basic.json"));
        assertThat(result.exit).isZero();
        assertThat(result.out).contains("\"winningPrice\" : \"26.99\"");
    }

    @Test
    void aBadFileExitsTwoWithOneLine() throws Exception {
        Path bad = Files.createTempFile("bad-scenario", ".json");
        Files.writeString(bad, "{\"auctionId\": 1}");
        Result result = run(bad.toString(), null);
        assertThat(result.exit).isEqualTo(2);
        assertThat(result.out).isEmpty();
        assertThat(result.err.lines().toList()).containsExactly("replay: " + bad + ": auctionId: expected a string");
    }

    private static Result run(String file, Path stdin) throws IOException, InterruptedException {
        return run(JdkHomes.current().toString(), file, stdin);
    }

    private static Result run(String java, String file, Path stdin) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", JAR.toString(), "replay", file));
        builder.redirectInput(stdin == null ? ProcessBuilder.Redirect.from(new File("/dev/null"))
                : ProcessBuilder.Redirect.from(stdin.toFile()));
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    private record Result(int exit, String out, String err) {
    }
}
