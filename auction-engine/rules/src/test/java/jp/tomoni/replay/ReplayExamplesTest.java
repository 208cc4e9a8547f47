package jp.tomoni.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/** Each shared example, replayed, gives its {@code .expected.json}, compared field by field. */
class ReplayExamplesTest {

    @TestFactory
    Stream<DynamicTest> everySharedExampleGivesItsExpectedResult() throws IOException {
        return SharedExamples.scenarios().stream().map(scenario -> DynamicTest.dynamicTest(
                scenario.getFileName().toString(), () -> {
                    Run run = replay(scenario.toString(), new byte[0]);
                    assertThat(run.exit()).as(run.err()).isZero();
                    JsonNode expected = SharedExamples.parse(Files.readString(SharedExamples.expectedOf(scenario)));
                    assertThat(SharedExamples.firstDifference(expected, SharedExamples.parse(run.out()), "$"))
                            .isNull();
                }));
    }

    @Test
    void theExamplesCoverBothFormats() throws IOException {
        assertThat(SharedExamples.scenarios()).extracting(p -> p.getFileName().toString())
                .contains("clock-basic.json", "open-reverse-basic.json");
    }

    @Test
    void aDashReadsTheScenarioFromStandardInput() throws IOException {
        Path scenario = SharedExamples.folder().resolve("clock-basic.json");
        Run fromFile = replay(scenario.toString(), new byte[0]);
        Run fromStdin = replay("-", Files.readAllBytes(scenario));
        assertThat(fromStdin.exit()).isZero();
        assertThat(fromStdin.out()).isEqualTo(fromFile.out());
    }

    @Test
    void theSameScenarioAlwaysGivesTheSameBytes() throws IOException {
        Path scenario = SharedExamples.folder().resolve("open-reverse-basic.json");
        assertThat(replay(scenario.toString(), new byte[0]).out())
                .isEqualTo(replay(scenario.toString(), new byte[0]).out());
    }

    @Test
    void aMissingFileExitsWithTwoAndOneLine() {
        Run run = replay("/no/such/scenario.json", new byte[0]);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("replay: /no/such/scenario.json: no such file\n");
    }

    static Run replay(String file, byte[] stdin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ReplayCommand.run(new String[] {file}, new ByteArrayInputStream(stdin),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    record Run(int exit, String out, String err) {
    }
}
