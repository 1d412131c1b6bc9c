package vn.tonghop.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates a template formula (JEXL over the row's column codes) into an Excel formula over the row's cells, for the
 * simple arithmetic templates use: numbers, numeric columns, {@code + - * / %}, comparisons, {@code && || !},
 * {@code c ? x : y} and {@code null}. Anything else (text, {@code empty()}, {@code ??}, non-numeric columns) is not
 * translated: the workbook then shows the value computed by the portal, and the portal recomputes it on upload.
 * <p>
 * The result mirrors the portal's rules: empty when an input is empty, on division by zero or any error, and rounded to
 * the column's scale.
 */
final class ExcelFormula {

    private static final Pattern TOKEN = Pattern
            .compile("\\s*(\\d+(?:\\.\\d+)?|[A-Za-z_][A-Za-z0-9_]*|==|!=|<=|>=|&&|\\|\\||[-+*/%()?:<>!])");

    private final List<String> tokens;
    private final Map<String, String> cells;
    private final List<String> inputs = new ArrayList<>();
    private int pos;

    private ExcelFormula(List<String> tokens, Map<String, String> cells) {
        this.tokens = tokens;
        this.cells = cells;
    }

    /**
     * @param cells
     *            numeric column code → A1 reference of its cell in the same row; a column missing here cannot be used
     * @param scale
     *            decimals of the result
     *
     * @return the formula text without the leading "=", or empty when it cannot be translated safely
     */
    static Optional<String> translate(String formula, Map<String, String> cells, int scale) {
        List<String> tokens = tokenize(formula);
        if (tokens == null || tokens.isEmpty()) {
            return Optional.empty();
        }
        ExcelFormula f = new ExcelFormula(tokens, cells);
        try {
            Expr e = f.ternary();
            if (f.pos != tokens.size() || e.isNull()) {
                return Optional.empty();
            }
            String body = "IFERROR(ROUND(" + e.text() + "," + scale + "),\"\")";
            List<String> refs = f.inputs.stream().distinct().toList();
            if (refs.isEmpty()) {
                return Optional.of(body);
            }
            List<String> blank = refs.stream().map(r -> "ISBLANK(" + r + ")").toList();
            String anyBlank = blank.size() == 1 ? blank.get(0) : "OR(" + String.join(",", blank) + ")";
            return Optional.of("IF(" + anyBlank + ",\"\"," + body + ")");
        } catch (Untranslatable e) {
            return Optional.empty();
        }
    }

    private static List<String> tokenize(String s) {
        if (s == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        int at = 0;
        while (at < s.length()) {
            if (s.substring(at).isBlank()) {
                break;
            }
            if (!m.find(at) || m.start() != at) {
                return null;
            }
            out.add(m.group(1));
            at = m.end();
        }
        return out;
    }

    /** A translated piece: its Excel text, or JEXL's null (only allowed as a branch of c ? x : y). */
    private record Expr(String text) {
        static final Expr NULL = new Expr(null);

        boolean isNull() {
            return text == null;
        }
    }

    private static final class Untranslatable extends RuntimeException {
        Untranslatable() {
            super(null, null, false, false);
        }
    }

    private String peek() {
        return pos < tokens.size() ? tokens.get(pos) : "";
    }

    private boolean accept(String... options) {
        for (String o : options) {
            if (o.equals(peek())) {
                pos++;
                return true;
            }
        }
        return false;
    }

    private static String value(Expr e) {
        if (e.isNull()) {
            throw new Untranslatable();
        }
        return e.text();
    }

    private Expr ternary() {
        Expr condition = or();
        if (!accept("?")) {
            return condition;
        }
        Expr yes = ternary();
        if (!accept(":")) {
            throw new Untranslatable();
        }
        Expr no = ternary();
        String y = yes.isNull() ? "\"\"" : yes.text();
        String n = no.isNull() ? "\"\"" : no.text();
        return new Expr("IF(" + value(condition) + "," + y + "," + n + ")");
    }

    private Expr or() {
        Expr left = and();
        while (accept("||", "or")) {
            left = new Expr("OR(" + value(left) + "," + value(and()) + ")");
        }
        return left;
    }

    private Expr and() {
        Expr left = comparison();
        while (accept("&&", "and")) {
            left = new Expr("AND(" + value(left) + "," + value(comparison()) + ")");
        }
        return left;
    }

    private Expr comparison() {
        Expr left = additive();
        String op = switch (peek()) {
            case "==", "eq" -> "=";
            case "!=", "ne" -> "<>";
            case "<", "lt" -> "<";
            case "<=", "le" -> "<=";
            case ">", "gt" -> ">";
            case ">=", "ge" -> ">=";
            default -> null;
        };
        if (op == null) {
            return left;
        }
        pos++;
        return new Expr("(" + value(left) + op + value(additive()) + ")");
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (true) {
            if (accept("+")) {
                left = new Expr("(" + value(left) + "+" + value(multiplicative()) + ")");
            } else if (accept("-")) {
                left = new Expr("(" + value(left) + "-" + value(multiplicative()) + ")");
            } else {
                return left;
            }
        }
    }

    private Expr multiplicative() {
        Expr left = unary();
        while (true) {
            if (accept("*")) {
                left = new Expr("(" + value(left) + "*" + value(unary()) + ")");
            } else if (accept("/", "div")) {
                left = new Expr("(" + value(left) + "/" + value(unary()) + ")");
            } else if (accept("%", "mod")) {
                left = new Expr("MOD(" + value(left) + "," + value(unary()) + ")");
            } else {
                return left;
            }
        }
    }

    private Expr unary() {
        if (accept("-")) {
            return new Expr("(-" + value(unary()) + ")");
        }
        if (accept("+")) {
            return unary();
        }
        if (accept("!", "not")) {
            return new Expr("NOT(" + value(unary()) + ")");
        }
        return primary();
    }

    private Expr primary() {
        String t = peek();
        pos++;
        if (t.equals("(")) {
            Expr inner = ternary();
            if (!accept(")")) {
                throw new Untranslatable();
            }
            return inner; // composite pieces are already parenthesised or function calls
        }
        if (t.equals("null")) {
            return Expr.NULL;
        }
        if (t.equals("true") || t.equals("false")) {
            return new Expr(t.toUpperCase(java.util.Locale.ROOT));
        }
        if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
            return new Expr(t);
        }
        String ref = cells.get(t);
        if (ref == null) {
            throw new Untranslatable();
        }
        inputs.add(ref);
        return new Expr(ref);
    }
}
