package jp.tomoni.web.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import jp.tomoni.core.award.AwardReport;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import jp.tomoni.reference.PublicBodies;

/**
 * The award report as one self-contained HTML document in Japanese or English, for officers and analysts
 * to read, print, file and send on.
 *
 * <p>The page carries everything it needs: its CSS, Chart.js and the chart script inline, the JSON report
 * ({@code ReportJson}, exactly as {@code GET /api/v1/auctions/{id}/report} answers it) in the
 * {@code #tomoni-report} island and the charts' data in the {@code #tomoni-charts} island. Its own
 * Content-Security-Policy (a {@code meta} element, so it holds offline too) allows only those two scripts,
 * by their SHA-256, and no fetch of anything. Every text from outside the template is escaped, names
 * included. The output depends only on its inputs: the same auction gives the same bytes.
 */
public final class AwardReportPage {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AwardReportPage() {
    }

    /**
     * The page of an award.
     *
     * @param facts      the auction's life, price path and names ({@link ReportFacts#of})
     * @param report     its money and carbon ({@code AwardAssembler.report})
     * @param reportJson the JSON report of the same award ({@code ReportJson.of}), inlined as it is
     * @param language   the language of every label and ward name
     */
    public static String render(ReportFacts facts, AwardReport report, ObjectNode reportJson,
                                ReportLanguage language) {
        ReportDictionary dictionary = ReportDictionary.of(language);
        Phrases phrases = new Phrases(dictionary, PublicBodies.standard());
        SummarySection summary = new SummarySection(phrases);
        FigureSections figures = new FigureSections(phrases);
        VerificationSection verification = new VerificationSection(phrases);
        Map<String, String> slots = new HashMap<>();
        slots.put("lang", language.code());
        slots.put("csp", Html.text(contentSecurityPolicy()));
        slots.put("auctionId", Html.text(facts.auctionId()));
        slots.put("headline", summary.headline(facts));
        slots.put("nav", verification.nav(facts.auctionId()));
        slots.put("summary", summary.summary(facts, report));
        slots.put("pricePathNote", summary.pricePathNote(facts));
        slots.put("pricePath", summary.pricePath(facts));
        slots.put("wards", figures.wards(report));
        slots.put("winners", figures.winners(report, facts.retailers(), facts.facilityNames()));
        slots.put("factors", verification.factors(report));
        slots.put("verification", verification.verification(facts, reportJson.get("seed").asString(),
                reportJson.get("seedSha256").asString()));
        slots.put("downloads", verification.downloads(facts.auctionId()));
        slots.put("footerGenerated", dictionary.html("footer.generated", facts.auctionId(),
                Long.toString(facts.lastSeq())));
        slots.put("reportJson", Html.jsonIsland(JSON.writeValueAsString(reportJson)));
        slots.put("chartJson", Html.jsonIsland(JSON.writeValueAsString(ChartData.of(facts, report, phrases))));
        slots.put("chartJs", ReportAssets.CHART_JS);
        slots.put("chartScript", ReportAssets.CHART_SCRIPT);
        return fill(ReportAssets.TEMPLATE, slots, dictionary);
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

    /**
     * Replaces each {@code {{t:key}}} of the template with the dictionary's escaped label and each
     * {@code {{name}}} with its slot's markup, in one pass, so that inserted text is never read as a place.
     *
     * @throws IllegalStateException for a place without a label or a slot
     */
    static String fill(String template, Map<String, String> slots, ReportDictionary dictionary) {
        StringBuilder out = new StringBuilder(template.length() + 600_000);
        int from = 0;
        int open = template.indexOf("{{", from);
        while (open >= 0) {
            int close = template.indexOf("}}", open);
            if (close < 0) {
                throw new IllegalStateException("an unclosed {{ in the report template");
            }
            out.append(template, from, open);
            String name = template.substring(open + 2, close);
            if (name.startsWith("t:")) {
                out.append(dictionary.html(name.substring(2)));
            } else if (slots.containsKey(name)) {
                out.append(slots.get(name));
            } else {
                throw new IllegalStateException("the report template has a place {{" + name + "}} with no slot");
            }
            from = close + 2;
            open = template.indexOf("{{", from);
        }
        return out.append(template, from, template.length()).toString();
    }
}
