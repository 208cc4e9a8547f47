package jp.tomoni.web.report;

import jp.tomoni.core.award.AwardReport;
import jp.tomoni.core.award.Figures;

/**
 * The report's first two sections: the summary (price, outcome, lot, dates, approval and the totals) and
 * the price path round by round (CLOCK: price, supply {@code S_r} against demand {@code T}; OPEN_REVERSE:
 * every accepted bid). Figures come from {@link AwardReport}'s totals and the facts folded from the log.
 */
final class SummarySection {

    private final Phrases phrases;
    private final ReportDictionary dictionary;

    SummarySection(Phrases phrases) {
        this.phrases = phrases;
        this.dictionary = phrases.dictionary();
    }

    /** The line under the title: auction, lot and format. */
    String headline(ReportFacts facts) {
        return dictionary.html("document.headline", facts.auctionId(), facts.lotId(),
                dictionary.text("format." + facts.format()));
    }

    /** The key figures as cards, then the facts as a definition list. */
    String summary(ReportFacts facts, AwardReport report) {
        Figures totals = report.totals();
        StringBuilder html = new StringBuilder("<div class=\"cards\">\n");
        card(html, "price", facts.clock() ? "card.clearingPrice" : "card.winningPrice",
                Numbers.grouped(report.price().toString()), "unit.yenPerKwh");
        card(html, "", "card.annualCost", Numbers.grouped(totals.annualCost().value()), "unit.yen");
        card(html, "", "card.saving", Numbers.grouped(totals.saving().value()), "unit.yen");
        card(html, "", "card.co2", Numbers.grouped(totals.co2Reduction().tonnesOneDecimal()), "unit.tco2");
        card(html, "", "card.households", Numbers.grouped(totals.co2Reduction().households()), "unit.households");
        html.append("</div>\n<dl class=\"facts\">\n");
        fact(html, "fact.format", dictionary.text("format." + facts.format()));
        fact(html, "fact.outcome", dictionary.text("outcome." + facts.outcome().name()));
        fact(html, "fact.state", dictionary.text("state." + facts.state().name()));
        fact(html, "fact.lot", dictionary.text("fact.lotValue", facts.lotId(), facts.lotName(),
                Numbers.grouped(facts.lotFacilities()), Numbers.grouped(facts.demandKwh())));
        if (facts.clock()) {
            fact(html, "fact.tranches", Numbers.grouped(facts.tranches()));
            fact(html, "fact.rounds", Numbers.grouped(facts.rounds().size()));
        } else {
            fact(html, "fact.bids", Numbers.grouped(facts.bids().size()));
            fact(html, "fact.extensions", Numbers.grouped(facts.extensions()));
        }
        fact(html, "fact.winners", Numbers.grouped(report.allocation().winners().size()));
        fact(html, "fact.facilitiesAwarded", dictionary.text("fact.facilitiesAwardedValue",
                Numbers.grouped(totals.facilities()), Numbers.grouped(facts.lotFacilities()),
                Numbers.grouped(totals.annualKwh().value())));
        if (totals.withoutCurrentPrice() > 0) {
            fact(html, "fact.withoutCurrentPrice", dictionary.text("fact.withoutCurrentPriceValue",
                    Numbers.grouped(totals.withoutCurrentPrice())));
        }
        ReportFacts.Timeline timeline = facts.timeline();
        fact(html, "fact.created", phrases.time(timeline.created()));
        fact(html, "fact.started", phrases.time(timeline.started()));
        fact(html, "fact.ended", phrases.time(timeline.ended()));
        fact(html, "fact.approval", timeline.approved() == null ? dictionary.text("approval.pending")
                : dictionary.text("approval.done", phrases.time(timeline.approved())));
        return html.append("</dl>\n").toString();
    }

    /** The sentence above the price chart. */
    String pricePathNote(ReportFacts facts) {
        return dictionary.html(facts.clock() ? "pricePath.noteClock" : "pricePath.noteReverse");
    }

    /** The price path as a table: one row per CLOCK round, or per accepted OPEN_REVERSE bid. */
    String pricePath(ReportFacts facts) {
        if (facts.clock()) {
            HtmlTable table = new HtmlTable(dictionary, null, "#col.round", "#col.price", "#col.supply",
                    "#col.demand", "col.band");
            for (ReportFacts.RoundLine round : facts.rounds()) {
                table.row(Integer.toString(round.round()), round.price().toString(), Numbers.grouped(round.supply()),
                        Numbers.grouped(facts.tranches()), round.band());
            }
            return table.html();
        }
        if (facts.bids().isEmpty()) {
            return "<p>" + dictionary.html("pricePath.none") + "</p>";
        }
        HtmlTable table = new HtmlTable(dictionary, null, "#col.bidNumber", "col.receivedAt", "col.bidder",
                "#col.price", "col.newLowest");
        int number = 0;
        for (ReportFacts.BidLine bid : facts.bids()) {
            number++;
            table.row(Integer.toString(number), phrases.time(bid.at()),
                    Phrases.retailer(bid.bidder(), facts.retailers()) + " (" + bid.bidder() + ")",
                    bid.price().toString(), bid.newLowest() ? dictionary.text("yes") : "");
        }
        return table.html();
    }

    private void card(StringBuilder html, String style, String label, String value, String unit) {
        html.append("<div class=\"card").append(style.isEmpty() ? "" : " " + style).append("\">")
                .append("<div class=\"label\">").append(dictionary.html(label)).append("</div>")
                .append("<div class=\"value\">").append(Html.text(value)).append("<span class=\"unit\">")
                .append(dictionary.html(unit)).append("</span></div></div>\n");
    }

    private void fact(StringBuilder html, String label, String value) {
        html.append("<dt>").append(dictionary.html(label)).append("</dt><dd>").append(Html.text(value))
                .append("</dd>\n");
    }
}
