package jp.tomoni.report;

import java.util.List;
import jp.tomoni.facility.SpreadsheetFormulas;

/**
 * A CSV table being written for a spreadsheet: a byte order mark ({@code U+FEFF}, so that Excel in Japan reads
 * UTF-8), the header, then rows of exactly as many cells, every line ended by CRLF. A cell is quoted as RFC 4180
 * says when it holds a comma, a double quote, CR or LF; text that a spreadsheet would run as a formula gets a
 * leading apostrophe ({@link SpreadsheetFormulas#neutralised}).
 */
final class CsvTable {

    /** The byte order mark every table starts with. */
    static final String BOM = "\uFEFF";

    private static final String CRLF = "\r\n";

    private final StringBuilder text = new StringBuilder(BOM);
    private final int columns;

    CsvTable(String... header) {
        columns = header.length;
        row(List.of(header));
    }

    /** Appends a row. @throws IllegalStateException when it does not have as many cells as the header */
    void row(List<String> cells) {
        if (cells.size() != columns) {
            throw new IllegalStateException("a row of " + cells.size() + " cells in a table of " + columns);
        }
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(cells.get(i)));
        }
        text.append(CRLF);
    }

    /** The table so far. */
    String text() {
        return text.toString();
    }

    private static String field(String cell) {
        String value = SpreadsheetFormulas.neutralised(cell);
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
