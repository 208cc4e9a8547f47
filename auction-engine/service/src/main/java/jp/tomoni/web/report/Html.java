package jp.tomoni.web.report;

/**
 * Escaping for text put into the report's HTML and into its JSON islands. Every text that is not the
 * report's own markup (names, ids, figures, dictionary labels) goes through {@link #text}; retailer and
 * facility names are user input and may hold markup.
 */
final class Html {

    private Html() {
    }

    /**
     * The text with {@code & < > " '} replaced by character references, so that it is shown as it is in an
     * element or in a quoted attribute value and never read as markup.
     */
    static String text(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * JSON text made safe to stand inside a {@code <script type="application/json">} element: {@code < > &}
     * and the line separators U+2028 and U+2029 become {@code \\uXXXX} escapes. In JSON these characters can
     * only occur inside strings, where the escape means the same character, so {@code JSON.parse} of the
     * element's text gives back the same value, and no {@code </script>} can end the element early.
     */
    static String jsonIsland(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
