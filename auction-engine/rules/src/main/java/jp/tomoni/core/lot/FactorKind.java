package jp.tomoni.core.lot;

/** The two emission factors every retailer publishes per menu and fiscal year. */
public enum FactorKind {
    /** The basic factor (基礎排出係数). */
    BASIC,
    /** The adjusted factor (調整後排出係数), which counts non-fossil certificates. */
    ADJUSTED;

    /** The lower-case name used in files and reports: {@code basic} or {@code adjusted}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Reads {@code basic} or {@code adjusted}. */
    public static FactorKind parse(String text) {
        for (FactorKind kind : values()) {
            if (kind.label().equals(text)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("factor kind \"" + text + "\" is neither \"basic\" nor \"adjusted\"");
    }
}
