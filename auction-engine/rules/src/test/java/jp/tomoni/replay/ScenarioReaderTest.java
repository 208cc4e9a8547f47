package jp.tomoni.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** A file that is not a valid scenario exits 2 with one line naming the problem and its place. */
class ScenarioReaderTest {

    private static String clockExample() throws IOException {
        return Files.readString(SharedExamples.folder().resolve("clock-basic.json"), StandardCharsets.UTF_8);
    }

    private static ReplayExamplesTest.Run replayText(String json) {
        return ReplayExamplesTest.replay("-", json.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(String json, String line) {
        ReplayExamplesTest.Run run = replayText(json);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("replay: <stdin>: " + line + "\n");
    }

    @Test
    void badJsonNamesTheLineAndColumn() {
        ReplayExamplesTest.Run run = replayText("{\n  \"auctionId\": \"x\",\n  oops\n}");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("replay: <stdin>: line 3, column 3: not valid JSON").endsWith("\n");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void aMissingFieldIsNamed() throws IOException {
        assertRefused(clockExample().replace("\"tieBreakSeed\"", "\"unusedSeed\""),
                "unusedSeed: unknown field (allowed: auctionId, bidders, bids, clock, format, lot, openReverse, "
                        + "rounds, tieBreakSeed)");
        assertRefused(clockExample().replace("\"startPrice\": \"30.00\",", ""),
                "clock.startPrice: required field is missing");
    }

    @Test
    void aPriceWithThreeDecimalsIsRefusedWhereItStands() throws IOException {
        assertRefused(clockExample().replace("\"exitPrice\": \"27.30\"", "\"exitPrice\": \"27.305\""),
                "rounds[2].bids[1].exitPrice: price \"27.305\" has more than 2 decimals");
    }

    @Test
    void aFactorWithFourDecimalsIsRefused() throws IOException {
        assertRefused(clockExample().replaceFirst("\"value\": \"0.433\"", "\"value\": \"0.4331\""),
                "lot.facilities[0].baselineFactor.value: emission factor \"0.4331\" has more than 3 decimals");
    }

    @Test
    void aBidForARoundAfterTheAuctionEndedIsRefused() throws IOException {
        String extraRound = clockExample().replace("]}\n  ]\n}", "]},\n    {\"bids\": [{\"bidder\": \"R-A\", \"quantity\": 4}]}\n  ]\n}");
        assertThat(extraRound).isNotEqualTo(clockExample());
        assertRefused(extraRound, "rounds[3]: the auction ended after round 3, so no bids can follow");
    }

    @Test
    void aWrongTypeIsNamed() throws IOException {
        assertRefused(clockExample().replace("\"tranches\": 10", "\"tranches\": \"10\""),
                "clock.tranches: expected a whole number, got \"10\"");
    }

    @Test
    void anUnknownFormatIsNamed() throws IOException {
        assertRefused(clockExample().replace("\"format\": \"CLOCK\"", "\"format\": \"DUTCH\""),
                "format: must be \"CLOCK\" or \"OPEN_REVERSE\", not \"DUTCH\"");
    }
}
