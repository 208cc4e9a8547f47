package jp.tomoni.web.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.tomoni.core.award.Allocation;
import jp.tomoni.core.award.AwardReport;
import jp.tomoni.core.award.WinnerShare;
import jp.tomoni.core.draw.DrawRecord;
import jp.tomoni.core.lot.ReportedFactor;

/**
 * The report's closing sections: every emission factor used (kind, fiscal year, what it was used for), the
 * tie-break seed with its SHA-256 and every draw, how to recompute the result with {@code replay}, and the
 * links to the CSV tables, the JSON report, the scenario file and the report in the other language. Links
 * are paths on the engine (no scheme or host), so the page never loads anything from elsewhere. Each is a view
 * that a partial of the template draws ({@code report/factors}, {@code report/verification},
 * {@code report/downloads}, the header's links).
 */
final class VerificationSection {

    private final Phrases phrases;
    private final ReportDictionary dictionary;

    VerificationSection(Phrases phrases) {
        this.phrases = phrases;
        this.dictionary = phrases.dictionary();
    }

    /**
     * A link to an engine path.
     *
     * @param href  the path, with its query
     * @param label the link's text
     */
    record Link(String href, String label, String source) {
    }

    /**
     * The tie-break and the replay.
     *
     * @param seed          the tie-break seed
     * @param seedSha256    its SHA-256, as published when the auction opened
     * @param noDraws       what to say when no draw was made (CLOCK and OPEN_REVERSE say it differently)
     * @param draws         one table per draw, in the order made; empty when there was none
     * @param replayCommand the commands that fetch the scenario and replay it
     * @param checkStyle    {@code ok} when the replay made while writing gave the live award, else {@code warn}
     * @param check         what that replay showed
     */
    record Verification(String seed, String seedSha256, String noDraws, List<ReportTable> draws,
                        String replayCommand, String checkStyle, String check) {

        Verification {
            draws = List.copyOf(draws);
        }
    }

    /** One row per factor in the order first used, with how many facilities or which winners used it. */
    ReportTable factors(AwardReport report) {
        ReportTable.Builder table = new ReportTable.Builder(dictionary, "", "#col.factorValue", "col.kind",
                "col.fiscalYear", "col.usedAs");
        for (ReportedFactor factor : report.factors()) {
            long baselines = report.lines().stream().filter(l -> l.facility().baseline().equals(factor)).count();
            String plans = report.allocation().winners().stream().map(Allocation.Winner::share)
                    .filter(s -> s.planFactor().equals(factor)).map(WinnerShare::bidder)
                    .collect(Collectors.joining(", "));
            StringBuilder used = new StringBuilder();
            if (baselines > 0) {
                used.append(dictionary.text("usedAs.baseline", Numbers.grouped(baselines)));
            }
            if (!plans.isEmpty()) {
                used.append(used.length() > 0 ? dictionary.text("separator") : "")
                        .append(dictionary.text("usedAs.plan", plans));
            }
            table.row(factor.value().toString(), phrases.kind(factor), phrases.fiscalYear(factor.fiscalYear()),
                    used.toString());
        }
        return table.build();
    }

    /** The seed, its SHA-256, every draw, how to replay and the replay check. */
    Verification verification(ReportFacts facts, String seed, String seedSha256) {
        ReplayCheck replay = facts.replay();
        List<ReportTable> draws = new ArrayList<>();
        for (DrawRecord draw : replay.draws()) {
            ReportTable.Builder table = new ReportTable.Builder(dictionary, drawCaption(draw.context()),
                    "#col.order", "@col.key", "@col.hash");
            int place = 0;
            for (DrawRecord.Entry entry : draw.order()) {
                place++;
                table.row(Integer.toString(place), entry.key(), entry.hash());
            }
            draws.add(table.build());
        }
        String path = Phrases.auctionPath(facts.auctionId());
        String command = "curl -u USER -o scenario.json \"$TOMONI_ENGINE" + path + "/scenario\"\n"
                + "java -jar auction-engine.jar replay scenario.json";
        String style = replay.exportable() && replay.matches() ? "ok" : "warn";
        String check = !replay.exportable() ? dictionary.text("verify.notExportable", replay.problem())
                : replay.matches() ? dictionary.text("verify.matches") : dictionary.text("verify.mismatch");
        return new Verification(seed, seedSha256,
                dictionary.text(facts.clock() ? "verify.noDraws" : "verify.noDrawsReverse"), draws, command, style,
                check);
    }

    private String drawCaption(String context) {
        int dash = context.lastIndexOf('-');
        String kind = dash < 0 ? "" : context.substring(0, dash);
        String round = dash < 0 ? "" : context.substring(dash + 1);
        if (kind.equals("exit") || kind.equals("floor")) {
            return dictionary.text("draw." + kind, context, round);
        }
        return context;
    }

    /**
     * The links at the top of the page: the other language, this file to download, the CSV tables. In the
     * downloaded file ({@code offline}) each points to the file of that name beside it (the names the engine
     * gives its downloads), since engine paths cannot be reached from {@code file://}.
     */
    List<Link> nav(String auctionId, boolean offline) {
        String path = Phrases.auctionPath(auctionId);
        ReportLanguage language = phrases.language();
        return List.of(link(path + "/report.html?lang=" + language.other().code(), offline,
                        reportFile(auctionId, language.other()), "nav.otherLanguage"),
                link(path + "/report.html?lang=" + language.code() + "&download=true", offline,
                        reportFile(auctionId, language), "nav.download"),
                link(path + "/report/facilities.csv", offline, auctionId + "-facilities.csv", "download.facilitiesCsv"),
                link(path + "/report/wards.csv", offline, auctionId + "-wards.csv", "download.wardsCsv"),
                link(path + "/report/winners.csv", offline, auctionId + "-winners.csv", "download.winnersCsv"));
    }

    /**
     * Every download, each shown with the engine path it is fetched from; in the downloaded file the links
     * point to files of those names beside it.
     */
    List<Link> downloads(String auctionId, boolean offline) {
        String path = Phrases.auctionPath(auctionId);
        return List.of(
                link(path + "/report/facilities.csv", offline, auctionId + "-facilities.csv", "download.facilitiesCsv"),
                link(path + "/report/wards.csv", offline, auctionId + "-wards.csv", "download.wardsCsv"),
                link(path + "/report/winners.csv", offline, auctionId + "-winners.csv", "download.winnersCsv"),
                link(path + "/report", offline, auctionId + "-report.json", "download.json"),
                link(path + "/scenario", offline, auctionId + "-scenario.json", "download.scenario"),
                link(path + "/report.html?lang=" + phrases.language().other().code(), offline,
                        reportFile(auctionId, phrases.language().other()), "download.otherLanguage"));
    }

    /** The name the engine gives the downloaded report of {@code auctionId} in {@code language}. */
    static String reportFile(String auctionId, ReportLanguage language) {
        return "tomoni-award-" + auctionId + "-" + language.code() + ".html";
    }

    private Link link(String path, boolean offline, String file, String label) {
        return new Link(offline ? file : path, dictionary.text(label), path);
    }
}
