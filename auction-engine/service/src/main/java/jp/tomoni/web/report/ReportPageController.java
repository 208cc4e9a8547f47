package jp.tomoni.web.report;

import com.samskivert.mustache.Mustache;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.security.Principal;
import jp.tomoni.core.award.AwardReport;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.web.ApiException;
import jp.tomoni.web.ReportJson;
import jp.tomoni.web.Scopes;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/auctions/{id}/report.html?lang=ja|en[&download=true]}: the award report as one
 * self-contained HTML page ({@link AwardReportPage}), for officers and analysts, like the JSON report and
 * the CSV tables beside it.
 *
 * <ul>
 *   <li>{@code lang}: {@code ja} (the default) or {@code en}; anything else is 400 {@code UNKNOWN_LANGUAGE}
 *       with field {@code lang}, checked first.</li>
 *   <li>An unknown auction is 404 {@code NOT_FOUND}; an auction without an award (not ended yet, or ended
 *       without one: failed reserve, undersubscribed, no bids; or cancelled) is 409 {@code NO_AWARD}, whose
 *       detail says which.</li>
 *   <li>{@code download=true} answers the same page as an attachment named
 *       {@code tomoni-award-{id}-{lang}.html}; {@code download} is {@code true} or {@code false}, anything
 *       else is 400 {@code MALFORMED_REQUEST} with field {@code download}.</li>
 * </ul>
 */
@RestController
public class ReportPageController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final Scopes scopes;
    private final AwardReportPage pages;

    /** The controller over the engine's scopes, rendering with Spring Boot's Mustache compiler. */
    public ReportPageController(Scopes scopes, Mustache.Compiler mustache) {
        this.scopes = scopes;
        this.pages = new AwardReportPage(mustache);
    }

    /** The report page of the auction's award. */
    @Operation(operationId = "getReportPage", tags = "auctions", summary = "Award report page (HTML)",
            description = "The award report as a page, in Japanese (lang=ja, the default) or English (lang=en);"
                    + " with download=true, a self-contained file whose links name its CSVs and its other language"
                    + " beside it.",
            responses = @ApiResponse(responseCode = "200", description = "The page",
                    content = @Content(mediaType = "text/html", schema = @Schema(type = "string", format = "binary"))))
    @GetMapping("/api/v1/auctions/{id}/report.html")
    public ResponseEntity<String> page(@PathVariable String id, @RequestParam(required = false) String lang,
                                       @RequestParam(required = false) String download, Principal who) {
        ReportLanguage language = ReportLanguage.parse(lang);
        boolean attachment = "true".equals(download);
        if (download != null && !attachment && !"false".equals(download)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "download",
                    "download is \"true\" or \"false\", not \"" + download + "\"");
        }
        LiveAuction auction = Awards.auction(scopes, who, id);
        AwardReport report = Awards.award(auction);
        String html = pages.render(ReportFacts.of(auction), report, ReportJson.of(auction, report),
                language, attachment);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(HTML);
        if (attachment) {
            answer.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(VerificationSection.reportFile(id, language)).build().toString());
        }
        return answer.body(html);
    }
}
