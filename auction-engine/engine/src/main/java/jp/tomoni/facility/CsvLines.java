package jp.tomoni.facility;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records as RFC 4180 describes, keeping each record's physical line number.
 *
 * <p>A leading byte order mark is dropped. Lines end with LF, CRLF or a lone CR. A line that starts with
 * {@code #} outside a quoted field is a comment, and a line holding only spaces is blank; both are skipped
 * but counted. A field may be quoted with {@code "}, in which case it may hold commas, line breaks and
 * doubled quotes ({@code ""} for one {@code "}) and is kept exactly. Unquoted fields are trimmed of
 * surrounding spaces and tabs, and a quote inside one is an ordinary character.
 */
final class CsvLines {

    /**
     * One record.
     *
     * @param number  the physical line it starts on, from 1
     * @param fields  its fields, or {@code null} when it could not be read
     * @param problem why it could not be read, or {@code null}
     */
    record Line(int number, List<String> fields, String problem) {
    }

    private final String text;
    private int at;
    private int line = 1;

    private CsvLines(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The records of {@code text}, without comment and blank lines; an unterminated quote ends the list. */
    static List<Line> read(String text) {
        return new CsvLines(text).records();
    }

    private List<Line> records() {
        List<Line> records = new ArrayList<>();
        while (at < text.length()) {
            int end = endOfPhysicalLine(at);
            String physical = text.substring(at, end);
            if (physical.isBlank() || physical.startsWith("#")) {
                at = end;
                lineBreak();
                continue;
            }
            Line record = record();
            records.add(record);
            if (record.fields() == null && at >= text.length()) {
                break;
            }
        }
        return records;
    }

    private Line record() {
        int start = line;
        List<String> fields = new ArrayList<>();
        while (true) {
            skipSpaces();
            String field;
            if (at < text.length() && text.charAt(at) == '"') {
                int opened = line;
                field = quoted();
                if (field == null) {
                    return new Line(start, null, "the quote opened on line " + opened + " in field "
                            + (fields.size() + 1) + " is never closed");
                }
                skipSpaces();
                if (at < text.length() && text.charAt(at) != ',' && !isLineBreak(text.charAt(at))) {
                    String rest = text.substring(at, endOfPhysicalLine(at));
                    at = endOfPhysicalLine(at);
                    lineBreak();
                    return new Line(start, null, "field " + (fields.size() + 1) + " has \"" + rest
                            + "\" after its closing quote; quote the whole field and double any quote inside it");
                }
            } else {
                int end = at;
                while (end < text.length() && text.charAt(end) != ',' && !isLineBreak(text.charAt(end))) {
                    end++;
                }
                field = strip(text.substring(at, end));
                at = end;
            }
            fields.add(field);
            if (at < text.length() && text.charAt(at) == ',') {
                at++;
                continue;
            }
            lineBreak();
            return new Line(start, fields, null);
        }
    }

    /** Reads a quoted field from its opening quote; {@code null} when the quote is never closed. */
    private String quoted() {
        StringBuilder out = new StringBuilder();
        at++;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '"') {
                if (at + 1 < text.length() && text.charAt(at + 1) == '"') {
                    out.append('"');
                    at += 2;
                    continue;
                }
                at++;
                return out.toString();
            }
            if (c == '\n' || (c == '\r' && (at + 1 >= text.length() || text.charAt(at + 1) != '\n'))) {
                line++;
            }
            out.append(c);
            at++;
        }
        return null;
    }

    private int endOfPhysicalLine(int from) {
        int end = from;
        while (end < text.length() && !isLineBreak(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Consumes the line break at the current position, if any, and counts the line. */
    private void lineBreak() {
        if (at < text.length() && text.charAt(at) == '\r') {
            at++;
            if (at < text.length() && text.charAt(at) == '\n') {
                at++;
            }
        } else if (at < text.length() && text.charAt(at) == '\n') {
            at++;
        }
        line++;
    }

    private void skipSpaces() {
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private static String strip(String field) {
        int from = 0;
        int to = field.length();
        while (from < to && (field.charAt(from) == ' ' || field.charAt(from) == '\t')) {
            from++;
        }
        while (to > from && (field.charAt(to - 1) == ' ' || field.charAt(to - 1) == '\t')) {
            to--;
        }
        return field.substring(from, to);
    }
}
