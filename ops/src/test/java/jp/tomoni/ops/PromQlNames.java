package jp.tomoni.ops;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression reads. Strict: an identifier used as a function must be a known PromQL
 * function or aggregation, and a selector by {@code __name__} is refused, so no metric can hide from the
 * contract check.
 */
final class PromQlNames {

    /** PromQL functions and aggregation operators these files may use. */
    static final Set<String> FUNCTIONS = Set.of("abs", "absent", "absent_over_time", "avg", "avg_over_time",
            "bottomk", "ceil", "changes", "clamp", "clamp_max", "clamp_min", "count", "count_over_time", "delta",
            "deriv", "floor", "group", "histogram_quantile", "idelta", "increase", "irate", "label_replace",
            "last_over_time",
            "max", "max_over_time", "min", "min_over_time", "predict_linear", "quantile", "quantile_over_time", "rate",
            "resets", "round", "scalar", "sort", "sort_desc", "stddev", "sum", "sum_over_time", "time", "timestamp",
            "topk", "vector");

    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "inf", "nan");

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");
    private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
    private static final Pattern GROUPING = Pattern.compile(
            "\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern GROUP_MODIFIER = Pattern.compile("\\b(?:group_left|group_right)\\b");
    private static final Pattern OFFSET = Pattern.compile("\\boffset\\s+-?[0-9a-z]+");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.])(?:0x[0-9a-fA-F]+|\\d+(?:\\.\\d*)?(?:[eE][+-]?\\d+)?|\\.\\d+)");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_VALUES = Pattern.compile(
            "^\\s*label_values\\((.+),\\s*[a-zA-Z_][a-zA-Z0-9_]*\\s*\\)\\s*$");

    private PromQlNames() {
    }

    /**
     * The metric names {@code expr} selects.
     *
     * @throws IllegalArgumentException for an unknown function or a selection by {@code __name__}
     */
    static Set<String> of(String expr) {
        if (expr.contains("__name__")) {
            throw new IllegalArgumentException(
                    "selects metrics by __name__, which hides them from the contract: " + expr);
        }
        String rest = STRING.matcher(expr).replaceAll(" ");
        rest = MATCHERS.matcher(rest).replaceAll(" ");
        rest = RANGE.matcher(rest).replaceAll(" ");
        rest = GROUPING.matcher(rest).replaceAll(" ");
        rest = GROUP_MODIFIER.matcher(rest).replaceAll(" ");
        rest = OFFSET.matcher(rest).replaceAll(" ");
        rest = NUMBER.matcher(rest).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(rest);
        while (identifier.find()) {
            String word = identifier.group();
            if (followedByParenthesis(rest, identifier.end())) {
                if (!FUNCTIONS.contains(word)) {
                    throw new IllegalArgumentException("unknown PromQL function " + word + " in: " + expr);
                }
            } else if (!KEYWORDS.contains(word.toLowerCase(Locale.ROOT))) {
                names.add(word);
            }
        }
        return names;
    }

    /** The metric names a Grafana variable query reads. */
    static Set<String> ofVariableQuery(String query) {
        return of(expressionOfVariableQuery(query));
    }

    /** The PromQL of a Grafana variable query: EXPR of {@code label_values(EXPR, label)}, else the query itself. */
    static String expressionOfVariableQuery(String query) {
        Matcher labelValues = LABEL_VALUES.matcher(query);
        return labelValues.matches() ? labelValues.group(1) : query;
    }

    private static boolean followedByParenthesis(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '(';
    }
}
