package jp.tomoni.web.report;

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
 * are paths on the engine (no scheme or host), so the page never loads anything from elsewhere.
 */
final class VerificationSection {

    private final Phrases phrases;
    private final ReportDictionary dictionary;

    VerificationSection(Phrases phrases) {
        this.phrases = phrases;
        this.dictionary = phrases.dictionary();
    }

    /** One row per factor in the order first used, with how many facilities or which winners used it. */
    String factors(AwardReport report) {
        HtmlTable table = new HtmlTable(dictionary, null, "#col.factorValue", "col.kind", "col.fiscalYear",
                "col.usedAs");
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
        return table.html() + "<p class=\"note\">" + dictionary.html("factors.note") + "</p>\n";
    }

    /** The seed, its SHA-256, every draw, the replay check and how to replay. */
    String verification(ReportFacts facts, String seed, String seedSha256) {
        StringBuilder html = new StringBuilder("<dl class=\"facts\">\n");
        html.append("<dt>").append(dictionary.html("verify.seed")).append("</dt><dd class=\"hash\">")
                .append(Html.text(seed)).append("</dd>\n<dt>").append(dictionary.html("verify.seedSha"))
                .append("</dt><dd class=\"hash\">").append(Html.text(seedSha256)).append("</dd>\n</dl>\n");
        html.append("<h3>").append(dictionary.html("verify.drawsHeading")).append("</h3>\n<p>")
                .append(dictionary.html("verify.drawRule")).append("</p>\n");
        ReplayCheck replay = facts.replay();
        if (replay.draws().isEmpty()) {
            html.append("<p>").append(dictionary.html(facts.clock() ? "verify.noDraws" : "verify.noDrawsReverse"))
                    .append("</p>\n");
        }
        for (DrawRecord draw : replay.draws()) {
            HtmlTable table = new HtmlTable(dictionary, drawCaption(draw.context()), "#col.order", "@col.key",
                    "@col.hash");
            int place = 0;
            for (DrawRecord.Entry entry : draw.order()) {
                place++;
                table.row(Integer.toString(place), entry.key(), entry.hash());
            }
            html.append(table.html());
        }
        String path = Phrases.auctionPath(facts.auctionId());
        html.append("<h3>").append(dictionary.html("verify.replayHeading")).append("</h3>\n<p>")
                .append(dictionary.html("verify.howTo")).append("</p>\n<pre>")
                .append(Html.text("curl -u USER -o scenario.json \"$TOMONI_ENGINE" + path + "/scenario\"\n"
                        + "java -jar auction-engine.jar replay scenario.json"))
                .append("</pre>\n<p class=\"note\">").append(dictionary.html("verify.engineVariable")).append("</p>\n<p>")
                .append(dictionary.html("verify.compare")).append("</p>\n");
        if (!replay.exportable()) {
            html.append("<p class=\"warn\">").append(dictionary.html("verify.notExportable", replay.problem()));
        } else if (replay.matches()) {
            html.append("<p class=\"ok\">").append(dictionary.html("verify.matches"));
        } else {
            html.append("<p class=\"warn\">").append(dictionary.html("verify.mismatch"));
        }
        return html.append("</p>\n").toString();
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

    /** The links at the top of the page: the other language, this file to download, the CSV tables. */
    String nav(String auctionId) {
        String path = Phrases.auctionPath(auctionId);
        ReportLanguage language = phrases.language();
        return link(path + "/report.html?lang=" + language.other().code(), "nav.otherLanguage")
                + link(path + "/report.html?lang=" + language.code() + "&download=true", "nav.download")
                + link(path + "/report/facilities.csv", "download.facilitiesCsv")
                + link(path + "/report/wards.csv", "download.wardsCsv")
                + link(path + "/report/winners.csv", "download.winnersCsv");
    }

    /** Every download as a link, each with the engine path it is fetched from when the file is offline. */
    String downloads(String auctionId) {
        String path = Phrases.auctionPath(auctionId);
        String other = path + "/report.html?lang=" + phrases.language().other().code();
        StringBuilder html = new StringBuilder("<p>").append(dictionary.html("download.note")).append("</p>\n<ul>\n");
        download(html, path + "/report/facilities.csv", "download.facilitiesCsv");
        download(html, path + "/report/wards.csv", "download.wardsCsv");
        download(html, path + "/report/winners.csv", "download.winnersCsv");
        download(html, path + "/report", "download.json");
        download(html, path + "/scenario", "download.scenario");
        download(html, other, "download.otherLanguage");
        return html.append("</ul>\n").toString();
    }

    private void download(StringBuilder html, String href, String label) {
        html.append("<li>").append(link(href, label)).append(" <code>GET ").append(Html.text(href))
                .append("</code></li>\n");
    }

    private String link(String href, String label) {
        return "<a href=\"" + Html.text(href) + "\">" + dictionary.html(label) + "</a>";
    }
}
