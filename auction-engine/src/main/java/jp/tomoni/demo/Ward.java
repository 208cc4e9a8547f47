package jp.tomoni.demo;

/**
 * The 23 special wards of Tokyo with their municipal codes, Japanese names and romanised names,
 * exactly as listed in {@code reference-data.md}. This enum is the single source of truth for ward
 * names: the demo dataset generator uses it, and a test checks that {@code demo/wards.csv} matches it.
 * Constants are declared in ascending code order, 13101 to 13123.
 */
public enum Ward {
    CHIYODA(13101, "千代田区", "Chiyoda"),
    CHUO(13102, "中央区", "Chuo"),
    MINATO(13103, "港区", "Minato"),
    SHINJUKU(13104, "新宿区", "Shinjuku"),
    BUNKYO(13105, "文京区", "Bunkyo"),
    TAITO(13106, "台東区", "Taito"),
    SUMIDA(13107, "墨田区", "Sumida"),
    KOTO(13108, "江東区", "Koto"),
    SHINAGAWA(13109, "品川区", "Shinagawa"),
    MEGURO(13110, "目黒区", "Meguro"),
    OTA(13111, "大田区", "Ota"),
    SETAGAYA(13112, "世田谷区", "Setagaya"),
    SHIBUYA(13113, "渋谷区", "Shibuya"),
    NAKANO(13114, "中野区", "Nakano"),
    SUGINAMI(13115, "杉並区", "Suginami"),
    TOSHIMA(13116, "豊島区", "Toshima"),
    KITA(13117, "北区", "Kita"),
    ARAKAWA(13118, "荒川区", "Arakawa"),
    ITABASHI(13119, "板橋区", "Itabashi"),
    NERIMA(13120, "練馬区", "Nerima"),
    ADACHI(13121, "足立区", "Adachi"),
    KATSUSHIKA(13122, "葛飾区", "Katsushika"),
    EDOGAWA(13123, "江戸川区", "Edogawa");

    private final int code;
    private final String nameJa;
    private final String nameEn;

    Ward(int code, String nameJa, String nameEn) {
        this.code = code;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
    }

    /**
     * The five-digit municipal code (13101 to 13123).
     *
     * @return the municipal code
     */
    public int code() {
        return code;
    }

    /**
     * The Japanese name, e.g. {@code 千代田区}.
     *
     * @return the Japanese name including the suffix 区
     */
    public String nameJa() {
        return nameJa;
    }

    /**
     * The romanised name without a suffix, e.g. {@code Chiyoda}.
     *
     * @return the romanised name
     */
    public String nameEn() {
        return nameEn;
    }
}
