package jp.tomoni.web.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import jp.tomoni.core.award.AwardReport;
import jp.tomoni.reference.PublicBodies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The award report as one self-contained HTML document in Japanese or English, for officers and analysts
 * to read, print, file and send on.
 *
 * <p>The page carries everything it needs: its CSS, Chart.js and the chart script inline, the JSON report
 * ({@code ReportJson}, exactly as {@code GET /api/v1/auctions/{id}/report} answers it) in the
 * {@code #tomoni-report} island and the charts' data in the {@code #tomoni-charts} island. Its own
 * Content-Security-Policy (a {@code meta} element, so it holds offline too) allows only those two scripts,
 * by their SHA-256, and no fetch of anything. The page is the Mustache template
 * {@code templates/report/award-report.mustache} rendered from a {@link ReportView}: every text from
 * outside the template is escaped by Mustache, names included ({@link ReportTemplate}). The output depends
 * only on its inputs: the same auction gives the same bytes.
 *
 * <p>A renderer is immutable and safe to share between threads.
 */
public final class AwardReportPage {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Template template;

    /**
     * A renderer that compiles the template with {@code compiler}: in the engine, Spring Boot's
     * {@code Mustache.Compiler} bean.
     *
     * @throws com.samskivert.mustache.MustacheException when the template or one of its partials is missing or
     *                                                   malformed
     */
    public AwardReportPage(Mustache.Compiler compiler) {
        this.template = ReportTemplate.compile(compiler);
    }

    /**
     * The renderer for use without a Spring context, over the compiler Boot makes with its default settings;
     * it writes the same bytes as the engine's.
     */
    public static AwardReportPage standalone() {
        return Standalone.PAGE;
    }

    private static final class Standalone {
        static final AwardReportPage PAGE = new AwardReportPage(ReportTemplate.bootDefaults());
    }

    /**
     * The page of an award.
     *
     * @param facts      the auction's life, price path and names ({@link ReportFacts#of})
     * @param report     its money and carbon ({@code AwardAssembler.report})
     * @param reportJson the JSON report of the same award ({@code ReportJson.of}), inlined as it is
     * @param language   the language of every label and ward name
     * @throws com.samskivert.mustache.MustacheException when the template names a label or value the view
     *                                                   does not have
     */
    public String render(ReportFacts facts, AwardReport report, ObjectNode reportJson, ReportLanguage language) {
        return render(facts, report, reportJson, language, false);
    }

    /**
     * As {@link #render(ReportFacts, AwardReport, ObjectNode, ReportLanguage)}; {@code offline} for the file to
     * download, whose links point to the files of the other downloads' names beside it instead of engine paths.
     */
    public String render(ReportFacts facts, AwardReport report, ObjectNode reportJson, ReportLanguage language,
                         boolean offline) {
        return template.execute(view(facts, report, reportJson, language, offline));
    }

    private static ReportView view(ReportFacts facts, AwardReport report, ObjectNode reportJson,
                                   ReportLanguage language, boolean offline) {
        ReportDictionary dictionary = ReportDictionary.of(language);
        Phrases phrases = new Phrases(dictionary, PublicBodies.standard());
        SummarySection summary = new SummarySection(phrases);
        FigureSections figures = new FigureSections(phrases);
        VerificationSection verification = new VerificationSection(phrases);
        return new ReportView(language.code(), contentSecurityPolicy(), facts.auctionId(), dictionary.labels(),
                summary.headline(facts), verification.nav(facts.auctionId(), offline), summary.summary(facts, report),
                summary.pricePath(facts), figures.wards(report),
                figures.winners(report, facts.retailers(), facts.facilityNames(language)), verification.factors(report),
                verification.verification(facts, reportJson.get("seed").asString(),
                        reportJson.get("seedSha256").asString()),
                verification.downloads(facts.auctionId(), offline), new ApprovalSection(phrases).approval(facts),
                dictionary.text(offline ? "download.noteOffline" : "download.note"),
                dictionary.text("footer.generated", facts.auctionId(), Long.toString(facts.lastSeq())),
                ReportTemplate.jsonIsland(JSON.writeValueAsString(reportJson)),
                ReportTemplate.jsonIsland(JSON.writeValueAsString(ChartData.of(facts, report, phrases))),
                ReportAssets.CHART_JS, ReportAssets.CHART_SCRIPT);
    }

    /**
     * The page's policy: nothing may be loaded from anywhere ({@code default-src 'none'}); the two inline
     * scripts run by their hashes, the inline style sheet is allowed, images only as {@code data:} URLs
     * (Chart.js draws on canvases).
     */
    static String contentSecurityPolicy() {
        return "default-src 'none'; script-src '" + sha256(ReportAssets.CHART_JS) + "' '"
                + sha256(ReportAssets.CHART_SCRIPT) + "'; style-src 'unsafe-inline'; img-src data:; "
                + "base-uri 'none'; form-action 'none'";
    }

    private static String sha256(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
