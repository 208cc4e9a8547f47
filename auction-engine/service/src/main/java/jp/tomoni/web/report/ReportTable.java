package jp.tomoni.web.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One table of the report as the {@code report/table} partial draws it: an optional caption, the column
 * headers and the rows, the total row set off from the others. Every text is plain and is escaped by the
 * template. A column's kind decides how its cells are drawn, so a figure is right-aligned in every row.
 *
 * @param caption the caption, or empty for none
 * @param columns the headers, in order
 * @param rows    the rows, each with one cell per column
 */
record ReportTable(String caption, List<Column> columns, List<Row> rows) {

    ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Whether the table has a caption. */
    boolean captioned() {
        return !caption.isEmpty();
    }

    /** How a column's cells are drawn. */
    enum Kind {
        /** Text that may wrap. */
        TEXT,
        /** A figure: right-aligned, tabular digits, never wrapped. */
        FIGURE,
        /** A code (an id, a hash) in a monospace font. */
        CODE,
        /** A short text that does not wrap (ward names, factors). */
        SHORT
    }

    /**
     * A column header.
     *
     * @param label the header's text
     * @param kind  how the column's cells are drawn
     */
    record Column(String label, Kind kind) {

        /** Whether this is a figure column. */
        boolean figure() {
            return kind == Kind.FIGURE;
        }
    }

    /**
     * A row.
     *
     * @param cells its cells, one per column
     * @param total whether this is the total row
     */
    record Row(List<Cell> cells, boolean total) {

        Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A cell: its text and its column's kind.
     *
     * @param text the text, empty for none
     * @param kind its column's kind
     */
    record Cell(String text, Kind kind) {

        /** Whether the cell holds a figure. */
        boolean figure() {
            return kind == Kind.FIGURE;
        }

        /** Whether the cell holds a code. */
        boolean code() {
            return kind == Kind.CODE;
        }

        /** Whether the cell holds a short text that does not wrap. */
        boolean nowrap() {
            return kind == Kind.SHORT;
        }
    }

    /**
     * A table under construction. Columns are named by dictionary keys; a key starting with {@code #} is a
     * figure column, one starting with {@code @} a code column, one starting with {@code ~} a short text
     * column; any other is a text column. A row must have exactly one cell per column.
     */
    static final class Builder {

        private final List<Column> columns = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();
        private final String caption;

        /** A table with a caption (plain text, or empty for none) and its columns' dictionary keys. */
        Builder(ReportDictionary dictionary, String caption, String... columnKeys) {
            this.caption = caption;
            for (String key : columnKeys) {
                Kind kind = switch (key.charAt(0)) {
                    case '#' -> Kind.FIGURE;
                    case '@' -> Kind.CODE;
                    case '~' -> Kind.SHORT;
                    default -> Kind.TEXT;
                };
                columns.add(new Column(dictionary.text(kind == Kind.TEXT ? key : key.substring(1)), kind));
            }
        }

        /** Adds a row; a {@code null} cell is empty. */
        Builder row(String... cells) {
            return add(false, cells);
        }

        /** Adds the total row. */
        Builder total(String... cells) {
            return add(true, cells);
        }

        private Builder add(boolean total, String... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of "
                        + columns.size());
            }
            List<Cell> row = new ArrayList<>(cells.length);
            for (int i = 0; i < cells.length; i++) {
                row.add(new Cell(cells[i] == null ? "" : cells[i], columns.get(i).kind()));
            }
            rows.add(new Row(row, total));
            return this;
        }

        /** The table as built so far. */
        ReportTable build() {
            return new ReportTable(caption, columns, rows);
        }
    }
}
