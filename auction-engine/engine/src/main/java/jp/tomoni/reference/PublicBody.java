package jp.tomoni.reference;

/**
 * A public body that buys electricity: a special ward or a city, known by its five-digit municipal code
 * (総務省 全国地方公共団体コード without the check digit), with its name in Japanese and English.
 *
 * @param code         the municipal code, e.g. {@code 13101}
 * @param nameJa       the Japanese name, e.g. {@code 千代田区}
 * @param nameEn       the romanised name, e.g. {@code Chiyoda}
 * @param kind         a special ward of Tokyo or a city
 * @param prefectureJa the prefecture in Japanese, e.g. {@code 東京都}
 * @param prefectureEn the prefecture in English, e.g. {@code Tokyo}
 */
public record PublicBody(String code, String nameJa, String nameEn, Kind kind, String prefectureJa,
                         String prefectureEn) {

    /** What kind of local government a body is. */
    public enum Kind {
        /** One of Tokyo's 23 special wards (特別区). */
        SPECIAL_WARD,
        /** A city (市). */
        CITY
    }

    public PublicBody {
        if (code == null || !code.matches("[0-9]{5}")) {
            throw new IllegalArgumentException("a municipal code has five digits, not " + code);
        }
    }
}
