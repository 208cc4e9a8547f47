package jp.tomoni.web.body;

/**
 * Words a person wrote into a request: a name or a reason. Not blank, at most {@value #MAX_LENGTH}
 * characters, and without line breaks or other control characters (NUL included) or half of a surrogate
 * pair (which no UTF-8 text can hold), so that every list, report and log shows it as it was meant.
 *
 * @param value the text, exactly as sent
 */
public record Text(String value) {

    /** The most characters (Unicode code points) a text may have. */
    public static final int MAX_LENGTH = 500;

    /** @throws IllegalArgumentException when {@code value} breaks one of the rules above */
    public Text {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the text is empty");
        }
        int length = value.codePointCount(0, value.length());
        if (length > MAX_LENGTH) {
            throw new IllegalArgumentException("the text is " + length + " characters long; at most " + MAX_LENGTH
                    + " are allowed");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("\"" + visible(value, 80)
                    + "\" contains a line break or another control character");
        }
        if (value.codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE)) {
            throw new IllegalArgumentException("\"" + visible(value, 80) + "\" contains half of a surrogate pair");
        }
    }

    /** {@code text} cut to {@code max} characters with each control character shown as {@code ?}. */
    static String visible(String text, int max) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(max).forEach(c -> out.appendCodePoint(Character.isISOControl(c)
                || Character.getType(c) == Character.SURROGATE ? '?' : c));
        return text.codePointCount(0, text.length()) > max ? out + "…" : out.toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
