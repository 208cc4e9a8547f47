package jp.tomoni.web.report;

import java.util.Locale;
import jp.tomoni.web.ApiException;
import org.springframework.http.HttpStatus;

/**
 * The languages the award report is written in. Every label comes from the language's dictionary
 * ({@code report/messages_ja.properties}, {@code report/messages_en.properties}) and every body's name from the
 * reference data ({@link jp.tomoni.reference.PublicBodies}).
 */
public enum ReportLanguage {
    /** Japanese, the default. */
    JA,
    /** English. */
    EN;

    /** The language's code, {@code ja} or {@code en}, as used in {@code ?lang=} and {@code <html lang>}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The other language, for the report's link to itself in it. */
    public ReportLanguage other() {
        return this == JA ? EN : JA;
    }

    /**
     * Reads {@code ?lang=}: {@code ja} (also when absent or empty) or {@code en}, exactly in lower case.
     *
     * @throws ApiException 400 {@code UNKNOWN_LANGUAGE} on field {@code lang} for anything else
     */
    public static ReportLanguage parse(String code) {
        if (code == null || code.isEmpty()) {
            return JA;
        }
        for (ReportLanguage language : values()) {
            if (language.code().equals(code)) {
                return language;
            }
        }
        throw new ApiException(HttpStatus.BAD_REQUEST, "UNKNOWN_LANGUAGE", "lang",
                "the report is written in \"ja\" or \"en\", not \"" + code + "\"");
    }
}
