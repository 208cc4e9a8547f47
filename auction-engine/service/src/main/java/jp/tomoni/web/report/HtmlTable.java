package jp.tomoni.web.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One HTML table of the report. Columns are named by dictionary keys; a key starting with {@code #} is a
 * figure column (right-aligned, tabular digits), one starting with {@code @} a code column (hashes, ids),
 * a key starting with {@code ~} a short text column that does not wrap (ward names, factors). Every cell is
 * plain text and is escaped; a row must have exactly one cell per column.
 */
final class HtmlTable {

    private final List<String> kinds = new ArrayList<>();
    private final StringBuilder head = new StringBuilder();
    private final StringBuilder body = new StringBuilder();
    private final String caption;

    /** A table with a caption (plain text, or {@code null} for none) and its columns. */
    HtmlTable(ReportDictionary dictionary, String caption, String... columns) {
        this.caption = caption;
        head.append("<thead><tr>");
        for (String column : columns) {
            String kind = "#@~".indexOf(column.charAt(0)) >= 0 ? column.substring(0, 1) : "";
            kinds.add(kind);
            head.append(kind.equals("#") ? "<th class=\"num\" scope=\"col\">" : "<th scope=\"col\">")
                    .append(dictionary.html(column.substring(kind.length()))).append("</th>");
        }
        head.append("</tr></thead>");
    }

    /** Adds a row. */
    HtmlTable row(String... cells) {
        return add("<tr>", cells);
    }

    /** Adds the total row, set off from the others. */
    HtmlTable total(String... cells) {
        return add("<tr class=\"total\">", cells);
    }

    private HtmlTable add(String open, String... cells) {
        if (cells.length != kinds.size()) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + kinds.size());
        }
        body.append(open);
        for (int i = 0; i < cells.length; i++) {
            String kind = kinds.get(i);
            String cell = cells[i] == null ? "" : Html.text(cells[i]);
            if (kind.equals("#")) {
                body.append("<td class=\"num\">").append(cell).append("</td>");
            } else if (kind.equals("@")) {
                body.append("<td><code>").append(cell).append("</code></td>");
            } else if (kind.equals("~")) {
                body.append("<td class=\"nowrap\">").append(cell).append("</td>");
            } else {
                body.append("<td>").append(cell).append("</td>");
            }
        }
        body.append("</tr>\n");
        return this;
    }

    /** The table's markup. */
    String html() {
        StringBuilder out = new StringBuilder("<table>");
        if (caption != null) {
            out.append("<caption>").append(Html.text(caption)).append("</caption>");
        }
        return out.append(head).append("<tbody>\n").append(body).append("</tbody></table>\n").toString();
    }
}
