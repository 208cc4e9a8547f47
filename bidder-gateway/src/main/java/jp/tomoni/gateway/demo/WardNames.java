package jp.tomoni.gateway.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The 23 special wards of Tokyo by municipal code, with their romanised names, for the demo's per-ward
 * table. The same list as the engine's {@code demo/wards.csv}; the gateway does not depend on the engine, so
 * the names are repeated here.
 */
final class WardNames {

    private static final Map<String, String> NAMES = names();

    private WardNames() {
    }

    private static Map<String, String> names() {
        String[] english = {"Chiyoda", "Chuo", "Minato", "Shinjuku", "Bunkyo", "Taito", "Sumida", "Koto",
            "Shinagawa", "Meguro", "Ota", "Setagaya", "Shibuya", "Nakano", "Suginami", "Toshima", "Kita",
            "Arakawa", "Itabashi", "Nerima", "Adachi", "Katsushika", "Edogawa"};
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < english.length; i++) {
            names.put(Integer.toString(13101 + i), english[i]);
        }
        return Map.copyOf(names);
    }

    /** Every code (13101 to 13123) with its ward's name, in code order. */
    static Map<String, String> all() {
        Map<String, String> ordered = new LinkedHashMap<>();
        NAMES.keySet().stream().sorted().forEach(code -> ordered.put(code, NAMES.get(code)));
        return ordered;
    }

    /** The ward's romanised name, e.g. {@code "Chiyoda"} for 13101; an unknown code is returned as it is. */
    static String english(String code) {
        return NAMES.getOrDefault(code, code);
    }
}
