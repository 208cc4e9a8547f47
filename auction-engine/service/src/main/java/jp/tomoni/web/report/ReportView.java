package jp.tomoni.web.report;

import java.util.List;
import java.util.Map;

/**
 * What {@code templates/report/award-report.mustache} is rendered from: plain texts, which the template
 * escapes, the sections' views, and the four trusted texts it writes as they are (the JSON islands, made
 * safe by {@link ReportTemplate#jsonIsland}, and the two inline scripts, whose SHA-256 the policy names).
 *
 * @param lang            the page's language code, {@code ja} or {@code en}
 * @param csp             the page's Content-Security-Policy
 * @param auctionId       the auction's id
 * @param t               the labels of the page's language, as {@link ReportDictionary#labels()}
 * @param headline        the line under the title
 * @param nav             the links under the headline
 * @param summary         section 1
 * @param pricePath       section 2
 * @param wards           section 3's table
 * @param winners         section 4
 * @param factors         section 5's table
 * @param verification    section 6
 * @param downloads       section 7's links
 * @param approval        section 8, the approval's trail
 * @param downloadNote     how the download links work: from the engine, or offline beside this file
 * @param footerGenerated the footer's line on which journal the page was written from
 * @param reportJson      the {@code #tomoni-report} island, already made safe
 * @param chartJson       the {@code #tomoni-charts} island, already made safe
 * @param chartJs         Chart.js, inlined
 * @param chartScript     the script that draws the charts, inlined
 */
record ReportView(String lang, String csp, String auctionId, Map<String, Object> t, String headline,
                  List<VerificationSection.Link> nav, SummarySection.Summary summary,
                  SummarySection.PricePath pricePath, ReportTable wards, FigureSections.Winners winners,
                  ReportTable factors, VerificationSection.Verification verification,
                  List<VerificationSection.Link> downloads, ApprovalSection.Approval approval, String downloadNote,
                  String footerGenerated,
                  String reportJson,
                  String chartJson, String chartJs, String chartScript) {

    ReportView {
        nav = List.copyOf(nav);
        downloads = List.copyOf(downloads);
    }
}
