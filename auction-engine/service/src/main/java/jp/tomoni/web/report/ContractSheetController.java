package jp.tomoni.web.report;

import com.samskivert.mustache.Mustache;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.security.Principal;
import java.util.List;
import jp.tomoni.core.award.AwardReport;
import jp.tomoni.engine.Actor;
import jp.tomoni.engine.Decision;
import jp.tomoni.engine.LiveAuction;
import jp.tomoni.reference.PublicBodies;
import jp.tomoni.report.ContractSheet;
import jp.tomoni.report.ContractSheetCsv;
import jp.tomoni.web.ApiException;
import jp.tomoni.web.AuctionView;
import jp.tomoni.web.Scopes;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The per-body contract sheets of an award ({@link ContractSheet}), for officers and analysts:
 * <ul>
 *   <li>{@code GET /api/v1/auctions/{id}/contracts}: the list, one entry per body and winner, with its totals and
 *       the paths of its page and table;</li>
 *   <li>{@code GET /api/v1/auctions/{id}/contracts/{bodyCode}/{winner}/sheet.html}: one sheet as a
 *       self-contained page in Japanese and English ({@link ContractSheetPage});</li>
 *   <li>{@code .../sheet.csv}: the same sheet as one CSV table ({@link ContractSheetCsv}).</li>
 * </ul>
 * An unknown auction is 404 {@code NOT_FOUND} and one without an award 409 {@code NO_AWARD} ({@link Awards}); a
 * body and winner with no sheet in the award (the winner supplies none of that body's facilities, or either is
 * unknown) is 404 {@code NOT_FOUND}. The page and the table are attachments named
 * {@code tomoni-contract-{id}-{bodyCode}-{winner}.html} and {@code .csv}. Scopes: a body's officer reads only
 * the body's own sheets (the list holds only those, another body's sheet is 403); the lead's officers and the
 * group's analysts read all of the group's; outside the group the auction is 404 as if unknown. A body that
 * declined its part of the award (two-step approval) signs no contract: its sheets leave the list, and asking
 * for one is 409 {@code PART_DECLINED}.
 */
@RestController
public class ContractSheetController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final Scopes scopes;
    private final ContractSheetPage pages;

    /** The controller over the engine's scopes, rendering with Spring Boot's Mustache compiler. */
    public ContractSheetController(Scopes scopes, Mustache.Compiler mustache) {
        this.scopes = scopes;
        this.pages = new ContractSheetPage(mustache);
    }

    /**
     * The award's contract sheets.
     *
     * @param auctionId    the auction
     * @param supplyPeriod its supply period, or {@code null} for an auction created before auctions stated one
     * @param sheets       one entry per body and winner, by municipal code and then winner id
     */
    public record SheetList(String auctionId, AuctionView.SupplyPeriodView supplyPeriod, List<SheetEntry> sheets) {
    }

    /**
     * One sheet in the list.
     *
     * @param bodyCode       the body's municipal code
     * @param bodyNameJa     its Japanese name
     * @param bodyNameEn     its English name
     * @param winner         the winner's id
     * @param winnerName     its trade name
     * @param facilities     how many of the body's facilities it supplies
     * @param contractKw     their contract demand
     * @param annualKwh      their annual energy
     * @param annualCostYen  their annual cost at the award's price
     * @param savingYen      their saving against their current prices, where known
     * @param co2ReductionKg their CO2 reduction in whole kilograms
     * @param html           the path of the sheet's page
     * @param csv            the path of the sheet's table
     * @param file           the name both are downloaded under, without its extension
     */
    public record SheetEntry(String bodyCode, String bodyNameJa, String bodyNameEn, String winner, String winnerName,
                             int facilities, long contractKw, long annualKwh, long annualCostYen, long savingYen,
                             long co2ReductionKg, String html, String csv, String file) {

        static SheetEntry of(ContractSheet sheet) {
            String path = "/api/v1/auctions/" + sheet.auctionId() + "/contracts/" + sheet.bodyCode() + "/"
                    + sheet.winner().retailerId() + "/sheet";
            return new SheetEntry(sheet.bodyCode(), sheet.bodyNameJa(), sheet.bodyNameEn(),
                    sheet.winner().retailerId(), sheet.winner().name(), sheet.totals().facilities(),
                    sheet.contractKw(), sheet.totals().annualKwh().value(), sheet.totals().annualCost().value(),
                    sheet.totals().saving().value(), sheet.totals().co2Reduction().kilograms(), path + ".html",
                    path + ".csv", sheet.fileName());
        }
    }

    /** The list of the award's sheets. */
    @Operation(operationId = "listContractSheets", tags = "auctions", summary = "Contract sheets of an award",
            description = "One supply contract sheet per public body and winner: the body's facilities that the"
                    + " winner supplies, with their totals and the paths of the sheet as a page and as CSV.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The sheets"),
                @ApiResponse(responseCode = "409", description = "The auction has no award (NO_AWARD)",
                        content = @Content(mediaType = "application/problem+json",
                                schema = @Schema(ref = "#/components/schemas/Problem")))})
    @GetMapping("/api/v1/auctions/{id}/contracts")
    public SheetList list(@PathVariable String id, Principal who) {
        LiveAuction auction = Awards.auction(scopes, who, id);
        Actor actor = scopes.actor(who);
        String group = auction.lot().groupId();
        List<SheetEntry> entries = sheets(auction).stream()
                .filter(sheet -> scopes.access().readContract(actor, group, sheet.bodyCode()) == Decision.ALLOW)
                .map(SheetEntry::of).toList();
        return new SheetList(auction.id(), AuctionView.SupplyPeriodView.of(auction.supplyPeriod()), entries);
    }

    /** One sheet as a page. */
    @Operation(operationId = "getContractSheetPage", tags = "auctions", summary = "Contract sheet (HTML)",
            description = "One body's supply contract with one winner, in Japanese and English, as a self-contained"
                    + " page to print and file: terms (body, supplier, supply period, unit price, plan factor),"
                    + " totals, and each facility with contract kW, annual kWh, cost, saving and CO2.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The page", content = @Content(
                        mediaType = "text/html", schema = @Schema(type = "string", format = "binary"))),
                @ApiResponse(responseCode = "409", description = "The auction has no award (NO_AWARD)",
                        content = @Content(mediaType = "application/problem+json",
                                schema = @Schema(ref = "#/components/schemas/Problem")))})
    @GetMapping("/api/v1/auctions/{id}/contracts/{bodyCode}/{winner}/sheet.html")
    public ResponseEntity<String> page(@PathVariable String id, @PathVariable String bodyCode,
                                       @PathVariable String winner, Principal who) {
        ContractSheet sheet = sheet(who, id, bodyCode, winner);
        return attachment(HTML, sheet.fileName() + ".html", pages.render(sheet));
    }

    /** One sheet as CSV. */
    @Operation(operationId = "getContractSheetCsv", tags = "auctions", summary = "Contract sheet (CSV)",
            description = "The same sheet as one CSV table with Japanese and English headers; every row repeats"
                    + " the contract's terms, and a TOTAL row ends it. UTF-8 with BOM; cells that would start a"
                    + " formula are neutralised.",
            responses = {
                @ApiResponse(responseCode = "200", description = "UTF-8 CSV, one row per facility", content =
                        @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))),
                @ApiResponse(responseCode = "409", description = "The auction has no award (NO_AWARD)",
                        content = @Content(mediaType = "application/problem+json",
                                schema = @Schema(ref = "#/components/schemas/Problem")))})
    @GetMapping("/api/v1/auctions/{id}/contracts/{bodyCode}/{winner}/sheet.csv")
    public ResponseEntity<String> csv(@PathVariable String id, @PathVariable String bodyCode,
                                      @PathVariable String winner, Principal who) {
        ContractSheet sheet = sheet(who, id, bodyCode, winner);
        return attachment(CSV, sheet.fileName() + ".csv", ContractSheetCsv.of(sheet));
    }

    /** The award's sheets but those of bodies that declined their part: no contract is signed for those. */
    private static List<ContractSheet> sheets(LiveAuction auction) {
        AwardReport report = Awards.award(auction);
        List<String> declined = declined(auction);
        return ContractSheet.of(auction, report, PublicBodies.standard()).stream()
                .filter(sheet -> !declined.contains(sheet.bodyCode())).toList();
    }

    private static List<String> declined(LiveAuction auction) {
        return auction.approval() == null ? List.of() : auction.approval().declined();
    }

    /** The sheet: 404 outside the scope or for no such sheet, 403 for another body's sheet in the group. */
    private ContractSheet sheet(Principal who, String id, String bodyCode, String winner) {
        LiveAuction auction = Awards.auction(scopes, who, id);
        Scopes.decide(scopes.access().readContract(scopes.actor(who), auction.lot().groupId(), bodyCode), "bodyCode");
        if (declined(auction).contains(bodyCode)) {
            throw new ApiException(HttpStatus.CONFLICT, "PART_DECLINED", "bodyCode", "body " + bodyCode
                    + " declined its part of auction " + id + "; its facilities are listed for a new auction");
        }
        for (ContractSheet sheet : sheets(auction)) {
            if (sheet.bodyCode().equals(bodyCode) && sheet.winner().retailerId().equals(winner)) {
                return sheet;
            }
        }
        throw new ApiException(HttpStatus.NOT_FOUND, "NOT_FOUND", null, "auction " + id
                + " has no contract sheet for that body and winner: see GET /api/v1/auctions/" + id + "/contracts");
    }

    private static ResponseEntity<String> attachment(MediaType type, String file, String body) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file).build().toString()).body(body);
    }
}
