package jp.tomoni.web.body;

import java.util.regex.Pattern;

/**
 * An id an officer chooses or names: of an auction, a lot, a retailer or a facility, and a municipality's
 * code in a lot's selection. It is 1 to 64 letters, digits, {@code .}, {@code _} or {@code -}, the ids the
 * facility import and the console accept, so that it can stand in a URL path as it is.
 *
 * @param value the id
 */
public record Identifier(String value) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** @throws IllegalArgumentException when {@code value} is not such an id */
    public Identifier {
        if (value == null || !ID.matcher(value).matches()) {
            throw new IllegalArgumentException("an id is 1 to 64 letters, digits, '.', '_' or '-', not \""
                    + Text.visible(value == null ? "" : value, 80) + "\"");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
