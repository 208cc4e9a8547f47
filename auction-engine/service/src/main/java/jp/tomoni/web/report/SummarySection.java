package jp.tomoni.web.report;

import java.util.ArrayList;
import java.util.List;
import jp.tomoni.core.award.AwardReport;
import jp.tomoni.core.award.Figures;

/**
 * The report's first two sections: the summary (price, outcome, lot, dates, approval and the totals) and
 * the price path round by round (CLOCK: price, supply {@code S_r} against demand {@code T}; OPEN_REVERSE:
 * every accepted bid), as the views the {@code report/summary} and {@code report/price-path} partials draw.
 * Figures come from {@link AwardReport}'s totals and the facts folded from the log.
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
        return dictionary.text("document.headline", facts.auctionId(), facts.lotId(),
                dictionary.text("format." + facts.format()));
    }

    /**
     * The key figures (the price first) and the facts of the auction.
     *
     * @param cards the key figures, each with its label and unit
     * @param facts the facts, each a label and its value
     */
    record Summary(List<Card> cards, List<Fact> facts) {

        Summary {
            cards = List.copyOf(cards);
            facts = List.copyOf(facts);
        }
    }

    /**
     * A key figure.
     *
     * @param label what it is
     * @param value the figure, grouped by thousands
     * @param unit  its unit
     * @param price whether this is the price, set off from the others
     */
    record Card(String label, String value, String unit, boolean price) {
    }

    /**
     * A fact of the auction.
     *
     * @param label what it is
     * @param value its value
     */
    record Fact(String label, String value) {
    }

    /**
     * The price path: the sentence above the chart, then the table, or none when no bid was accepted.
     *
     * @param note   the sentence above the chart
     * @param tables the table of rounds or bids; empty when there is nothing to show
     */
    record PricePath(String note, List<ReportTable> tables) {

        PricePath {
            tables = List.copyOf(tables);
        }
    }

    /** The key figures as cards, then the facts. */
    Summary summary(ReportFacts facts, AwardReport report) {
        Figures totals = report.totals();
        List<Card> cards = List.of(
                card(facts.clock() ? "card.clearingPrice" : "card.winningPrice",
                        Numbers.grouped(report.price().toString()), "unit.yenPerKwh", true),
                card("card.annualCost", Numbers.grouped(totals.annualCost().value()), "unit.yen", false),
                card("card.saving", Numbers.grouped(totals.saving().value()), "unit.yen", false),
                card("card.co2", Numbers.grouped(totals.co2Reduction().tonnesOneDecimal()), "unit.tco2", false),
                card("card.households", Numbers.grouped(totals.co2Reduction().households()), "unit.households",
                        false));
        List<Fact> lines = new ArrayList<>();
        fact(lines, "fact.format", dictionary.text("format." + facts.format()));
        fact(lines, "fact.outcome", dictionary.text("outcome." + facts.outcome().name()));
        fact(lines, "fact.state", dictionary.text("state." + facts.state().name()));
        fact(lines, "fact.lot", dictionary.text("fact.lotValue", facts.lotId(), facts.lotName(dictionary.language()),
                Numbers.grouped(facts.lotFacilities()), Numbers.grouped(facts.demandKwh())));
        if (facts.clock()) {
            fact(lines, "fact.tranches", Numbers.grouped(facts.tranches()));
            fact(lines, "fact.rounds", Numbers.grouped(facts.rounds().size()));
        } else {
            fact(lines, "fact.bids", Numbers.grouped(facts.bids().size()));
            fact(lines, "fact.extensions", Numbers.grouped(facts.extensions()));
        }
        fact(lines, "fact.winners", Numbers.grouped(report.allocation().winners().size()));
        fact(lines, "fact.facilitiesAwarded", dictionary.text("fact.facilitiesAwardedValue",
                Numbers.grouped(totals.facilities()), Numbers.grouped(facts.lotFacilities()),
                Numbers.grouped(totals.annualKwh().value())));
        if (totals.withoutCurrentPrice() > 0) {
            fact(lines, "fact.withoutCurrentPrice", dictionary.text("fact.withoutCurrentPriceValue",
                    Numbers.grouped(totals.withoutCurrentPrice())));
        }
        ReportFacts.Timeline timeline = facts.timeline();
        fact(lines, "fact.created", phrases.time(timeline.created()));
        fact(lines, "fact.started", phrases.time(timeline.started()));
        fact(lines, "fact.ended", phrases.time(timeline.ended()));
        fact(lines, "fact.approval", timeline.approved() == null ? dictionary.text("approval.pending")
                : dictionary.text("approval.done", phrases.time(timeline.approved())));
        return new Summary(cards, lines);
    }

    /** The price path as a table: one row per CLOCK round, or per accepted OPEN_REVERSE bid. */
    PricePath pricePath(ReportFacts facts) {
        if (facts.clock()) {
            ReportTable.Builder table = new ReportTable.Builder(dictionary, "", "#col.round", "#col.price",
                    "#col.supply", "#col.demand", "col.band");
            for (ReportFacts.RoundLine round : facts.rounds()) {
                table.row(Integer.toString(round.round()), round.price().toString(), Numbers.grouped(round.supply()),
                        Numbers.grouped(facts.tranches()), round.band());
            }
            return new PricePath(dictionary.text("pricePath.noteClock"), List.of(table.build()));
        }
        String note = dictionary.text("pricePath.noteReverse");
        if (facts.bids().isEmpty()) {
            return new PricePath(note, List.of());
        }
        ReportTable.Builder table = new ReportTable.Builder(dictionary, "", "#col.bidNumber", "col.receivedAt",
                "col.bidder", "#col.price", "col.newLowest");
        int number = 0;
        for (ReportFacts.BidLine bid : facts.bids()) {
            number++;
            table.row(Integer.toString(number), phrases.time(bid.at()),
                    Phrases.retailer(bid.bidder(), facts.retailers()) + " (" + bid.bidder() + ")",
                    bid.price().toString(), bid.newLowest() ? dictionary.text("yes") : "");
        }
        return new PricePath(note, List.of(table.build()));
    }

    private Card card(String label, String value, String unit, boolean price) {
        return new Card(dictionary.text(label), value, dictionary.text(unit), price);
    }

    private void fact(List<Fact> lines, String label, String value) {
        lines.add(new Fact(dictionary.text(label), value));
    }
}
