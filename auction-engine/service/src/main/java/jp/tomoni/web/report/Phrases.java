package jp.tomoni.web.report;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import jp.tomoni.core.lot.ReportedFactor;
import jp.tomoni.engine.Retailer;
import jp.tomoni.reference.PublicBodies;
import org.springframework.web.util.UriUtils;

/**
 * The report's recurring phrases in one language, as plain text (escaped where they are put in the page):
 * times in Japan Standard Time, emission factors with their kind and fiscal year, ward and retailer names,
 * and the engine paths the report links to.
 */
final class Phrases {

    /** Times are shown in Japan, where the auctions are held, in both languages. */
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ReportDictionary dictionary;
    private final PublicBodies bodies;

    Phrases(ReportDictionary dictionary, PublicBodies bodies) {
        this.dictionary = dictionary;
        this.bodies = bodies;
    }

    ReportDictionary dictionary() {
        return dictionary;
    }

    ReportLanguage language() {
        return dictionary.language();
    }

    /** A time in Japan Standard Time, e.g. {@code 2026-12-01 09:00:00 JST}, or a dash when it is unknown. */
    String time(Instant time) {
        return time == null ? "—" : dictionary.text("time.jst", TIME.format(time.atZone(JAPAN)));
    }

    /** A time of day in Japan Standard Time, for chart labels. */
    String clockTime(Instant time) {
        return TIME_OF_DAY.format(time.atZone(JAPAN));
    }

    /** The factor's kind in words, e.g. {@code 調整後排出係数}. */
    String kind(ReportedFactor factor) {
        return dictionary.text("kind." + factor.kind().label());
    }

    /** The fiscal year, e.g. {@code 2022年度} or {@code FY2022}. */
    String fiscalYear(int year) {
        return dictionary.text("fiscalYear", Integer.toString(year));
    }

    /** A factor in one phrase: value, unit, kind and fiscal year. */
    String factor(ReportedFactor factor) {
        return dictionary.text("factor.phrase", factor.value().toString(), kind(factor), fiscalYear(factor.fiscalYear()));
    }

    /** A factor in a table whose header gives the unit: value, kind and fiscal year, e.g. {@code 0.433 (adjusted, FY2022)}. */
    String shortFactor(ReportedFactor factor) {
        return dictionary.text("factor.short", factor.value().toString(),
                dictionary.text("kindShort." + factor.kind().label()), fiscalYear(factor.fiscalYear()));
    }

    /** The body's name in this language, or its code when the reference data does not have it. */
    String ward(String code) {
        return language() == ReportLanguage.JA ? bodies.nameJa(code) : bodies.nameEn(code);
    }

    /** A retailer's trade name, or its id when it is not on the roster. */
    static String retailer(String id, Map<String, Retailer> roster) {
        Retailer retailer = roster.get(id);
        return retailer == null ? id : retailer.name();
    }

    /** The engine path of the auction's resources, e.g. {@code /api/v1/auctions/A-1}. */
    static String auctionPath(String auctionId) {
        return "/api/v1/auctions/" + UriUtils.encodePathSegment(auctionId, StandardCharsets.UTF_8);
    }
}
