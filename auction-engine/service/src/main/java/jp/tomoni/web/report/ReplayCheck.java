package jp.tomoni.web.report;

import java.util.List;
import jp.tomoni.core.clock.ClockResult.TrancheAward;
import jp.tomoni.core.draw.DrawRecord;
import jp.tomoni.engine.EngineEvent.AuctionEnded;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.engine.ScenarioExport;
import jp.tomoni.json.InvalidInputException;
import jp.tomoni.replay.ReplayOutcome;
import jp.tomoni.replay.ScenarioReader;
import jp.tomoni.replay.ScenarioReplay;
import jp.tomoni.replay.ScenarioWriter;

/**
 * What anyone gets who downloads the auction's scenario and runs {@code replay} on it, done once while the
 * report is written: the auction is exported as a scenario file's text ({@link ScenarioExport},
 * {@link ScenarioWriter}), read back as {@code replay} reads it, replayed, and the replay's status, price and
 * tranches per winner are compared with the live {@code AuctionEnded}. The draws shown in the report are the
 * replay's, so they are exactly what {@code replay} prints.
 *
 * @param exportable whether the auction can be exported as a scenario (an OPEN_REVERSE auction whose close
 *                   was moved by a pause or a recovery cannot)
 * @param matches    whether the replay gave the live award; {@code false} when not exportable
 * @param draws      every draw that decided the result, in the order made; empty when there was none
 * @param problem    why the auction cannot be exported, or {@code null}
 */
public record ReplayCheck(boolean exportable, boolean matches, List<DrawRecord> draws, String problem) {

    public ReplayCheck {
        draws = List.copyOf(draws);
    }

    /** Replays the export of an ENDED or APPROVED auction and compares it with {@code ended}. */
    public static ReplayCheck of(LiveAuction auction, AuctionEnded ended) {
        ReplayOutcome replayed;
        try {
            String file = ScenarioWriter.write(ScenarioExport.of(auction));
            replayed = ScenarioReplay.run(ScenarioReader.read(file));
        } catch (IllegalStateException | IllegalArgumentException | InvalidInputException e) {
            return new ReplayCheck(false, false, List.of(), e.getMessage());
        }
        List<TrancheAward> awards = replayed.report() == null ? List.of()
                : replayed.report().allocation().winners().stream()
                        .map(w -> new TrancheAward(w.share().bidder(), w.share().tranches())).toList();
        boolean matches = replayed.status() == ended.status() && replayed.price() != null
                && replayed.price().equals(ended.price()) && awards.equals(ended.awards());
        return new ReplayCheck(true, matches, replayed.draws(), null);
    }
}
