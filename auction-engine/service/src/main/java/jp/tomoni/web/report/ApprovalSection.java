package jp.tomoni.web.report;

import java.util.List;

/**
 * Section 8 of the report: the two-step approval's trail (起案・決裁), one row per step with its time, who took
 * it, the body that answered and why a body declined.
 */
final class ApprovalSection {

    private final Phrases phrases;

    ApprovalSection(Phrases phrases) {
        this.phrases = phrases;
    }

    /**
     * What the section shows.
     *
     * @param tables the trail's table, or none when there is no trail
     * @param note   how approval works, or why there is no trail
     */
    record Approval(List<ReportTable> tables, String note) {
    }

    Approval approval(ReportFacts facts) {
        ReportDictionary dictionary = phrases.dictionary();
        if (facts.approval().isEmpty()) {
            return new Approval(List.of(), dictionary.text("approval.none"));
        }
        ReportTable.Builder table = new ReportTable.Builder(dictionary, "", "~approval.time", "~approval.step",
                "~approval.body", "@approval.by", "approval.reason");
        for (ReportFacts.ApprovalStep step : facts.approval()) {
            table.row(phrases.time(step.at()), dictionary.text("approval." + step.step().toLowerCase(
                    java.util.Locale.ROOT)), step.bodyCode() == null ? "" : phrases.ward(step.bodyCode()), step.by(),
                    step.reason());
        }
        return new Approval(List.of(table.build()), dictionary.text("approval.note"));
    }
}
