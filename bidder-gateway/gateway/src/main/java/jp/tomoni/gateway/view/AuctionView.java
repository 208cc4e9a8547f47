package jp.tomoni.gateway.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An auction as the calling retailer may see it, as the REST API writes it: never the reserve, another
 * bidder's bids, quantities or identity; the seed only as its SHA-256 until the end. Prices are decimal
 * strings with two decimals, times ISO-8601 UTC, absent values left out.
 *
 * @param lastSeq the position of the last event the caller's stream shows
 */
@Schema(name = "AuctionView", description = "an auction as the calling retailer may see it: never the reserve,"
        + " another bidder's bids, quantities or identity; the seed only as its SHA-256 until the end")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuctionView(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String auctionId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"CLOCK", "OPEN_REVERSE"}) String format,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"CREATED", "SCHEDULED", "RUNNING", "PAUSED", "ENDED", "APPROVED", "CANCELLED"})
        String state,
        @Schema(description = "the lot in summary: kWh, tranche size, facilities by municipality and voltage class")
        Lot lot,
        @Schema(description = "the period the winners supply the lot, both days included; absent for an auction"
                + " created before auctions stated one") SupplyPeriod supplyPeriod,
        @Schema(description = "the security a retailer must have posted per tranche, in yen; me.eligibility is the"
                + " caller's security divided by it, rounded down; absent when the auction asks none")
        Long securityPerTrancheYen,
        @Schema(description = "the published parameters; the reserve is shown as \"confidential\"")
        Parameters parameters,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String seedSha256,
        @Schema(description = "the tie-break seed, once the auction has ended") String seed,
        @Schema(description = "CLOCK: round, price, roundOpensAt, roundClosesAt, lastSupplyBand, nextPrice,"
                + " nextRoundOpensAt; OPEN_REVERSE: opensAt, closesAt, extensions, lowestPrice")
        Current current,
        @Schema(description = "the caller: retailerId, qualified, eligibility, lastQuantity or lastPrice and rank,"
                + " status") Me me,
        @Schema(description = "once ended: status, price (when awarded) and myTranches") Result result,
        long lastSeq) {

    /** The lot in summary, as tender documents give it. */
    @Schema(name = "LotSummary")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Lot(String lotId, int facilityCount, long annualKwh, Long trancheKwh, List<WardShare> byWard,
                      List<VoltageShare> byVoltageClass) {
    }

    /** The facilities and kWh of one municipality in the lot. */
    public record WardShare(String ward, int facilities, long annualKwh) {
    }

    /** The facilities and kWh of one voltage class in the lot. */
    public record VoltageShare(String voltageClass, int facilities, long annualKwh) {
    }

    /**
     * The published parameters. CLOCK: {@code tranches, startPrice, floorPrice, decrementPercentOfCurrent,
     * decrementPercentOfStart, loadCap, allowPartialAward, roundSeconds, recessSeconds}; OPEN_REVERSE:
     * {@code opensAt, closesAt, ceilingPrice, minStep, softCloseWindowMinutes, extensionMinutes, maxExtensions};
     * both: {@code reserve}, always "confidential". The other format's fields are absent.
     */
    @Schema(name = "AuctionParameters", description = "CLOCK: tranches, startPrice, floorPrice, the two decrement"
            + " percentages, loadCap, allowPartialAward, roundSeconds, recessSeconds; OPEN_REVERSE: opensAt, closesAt,"
            + " ceilingPrice, minStep, softCloseWindowMinutes, extensionMinutes, maxExtensions; both: reserve")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Parameters(Integer tranches, String startPrice, String floorPrice, String decrementPercentOfCurrent,
                             String decrementPercentOfStart, Integer loadCap, Boolean allowPartialAward,
                             Long roundSeconds, Long recessSeconds, String opensAt, String closesAt,
                             String ceilingPrice, String minStep, Long softCloseWindowMinutes, Long extensionMinutes,
                             Integer maxExtensions, @Schema(allowableValues = "confidential") String reserve) {
    }

    /** The period the winners supply the lot: its first and last days, ISO dates ({@code "2027-04-01"}). */
    public record SupplyPeriod(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date") String start,
                               @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date") String end) {
    }

    /** Where the auction stands now. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Current(Integer round, String price, String roundOpensAt, String roundClosesAt,
                          String lastSupplyBand, String nextPrice, String nextRoundOpensAt, String opensAt,
                          String closesAt, Integer extensions, String lowestPrice) {
    }

    /** The caller's own standing. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Me(String retailerId, boolean qualified, Integer eligibility, Integer lastQuantity, String lastPrice,
                     Integer rank, String status) {
    }

    /** The outcome, once ended. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(String status, String price, int myTranches) {
    }
}
