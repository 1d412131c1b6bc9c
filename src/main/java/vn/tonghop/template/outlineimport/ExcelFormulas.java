package vn.tonghop.template.outlineimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Excel formulas of one row turned into the template's expressions over column codes: references to cells of the same
 * row, numbers, + - * / and comparisons, SUM over cells of the row, IF and IFERROR; a fraction shown as a percentage is
 * multiplied by 100. Anything else (other rows, other sheets, other functions) is not translated.
 */
final class ExcelFormulas {

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:(\\$?[A-Z]{1,3}\\$?[0-9]+(?::\\$?[A-Z]{1,3}\\$?[0-9]+)?)|([0-9]+(?:\\.[0-9]+)?)|(\"[^\"]*\")"
                    + "|([A-Z][A-Z0-9.]*)\\s*\\(|(<=|>=|<>|[-+*/(),=<>^&%]))");
    private static final Pattern REF = Pattern.compile("\\$?([A-Z]{1,3})\\$?([0-9]+)");

    static class Untranslatable extends Exception {
        Untranslatable(String why) {
            super(why);
        }
    }

    /** A reference to a cell of another row (the row above, a total, a fixed cell): {@code getMessage()} is it. */
    static final class OtherRow extends Untranslatable {
        OtherRow(String ref) {
            super(ref);
        }
    }

    private final List<String> tokens = new ArrayList<>();
    private final int row;
    private final Map<Integer, String> codeByCol;
    private int pos;
    /** A fraction shown as a percentage: scale the value branches of a top-level IF, else the whole. */
    private boolean scaleTop;
    private boolean scaled;

    private ExcelFormulas(String formula, int row, Map<Integer, String> codeByCol) throws Untranslatable {
        this.row = row;
        this.codeByCol = codeByCol;
        Matcher m = TOKEN.matcher(formula);
        int at = 0;
        while (at < formula.length()) {
            if (!m.find(at) || m.start() != at) {
                if (formula.substring(at).isBlank()) {
                    break;
                }
                throw new Untranslatable(formula.substring(at));
            }
            String fn = m.group(4);
            tokens.add(fn != null ? fn.toUpperCase(Locale.ROOT) + "(" : m.group().strip());
            at = m.end();
        }
    }

    /**
     * @param row
     *            0-based sheet row of the formula
     * @param codeByCol
     *            column code by 0-based sheet column, for the data columns
     */
    static String translate(String formula, int row, Map<Integer, String> codeByCol, boolean percent)
            throws Untranslatable {
        ExcelFormulas f = new ExcelFormulas(formula.startsWith("=") ? formula.substring(1) : formula, row, codeByCol);
        f.scaleTop = percent;
        String expr = f.comparison();
        if (f.pos != f.tokens.size()) {
            throw new Untranslatable(f.tokens.get(f.pos));
        }
        return percent && !f.scaled ? "(" + expr + ") * 100" : expr;
    }

    /**
     * Whether the formula only adds up cells of its own column in other rows ({@code SUM(C5:C9)}, {@code C5+C7},
     * {@code SUM(C5:C6,C8)}): what a total or subtotal row holds, and the portal's own total does.
     *
     * @param row
     *            0-based sheet row of the formula
     * @param col
     *            0-based sheet column of the formula
     */
    static boolean columnSum(String formula, int row, int col) {
        ExcelFormulas f;
        try {
            f = new ExcelFormulas(formula.startsWith("=") ? formula.substring(1) : formula, row, Map.of());
        } catch (Untranslatable e) {
            return false;
        }
        boolean any = false;
        for (String t : f.tokens) {
            if (t.equals("SUM(") || t.equals("(") || t.equals(")") || t.equals(",") || t.equals("+")) {
                continue;
            }
            try {
                for (String end : t.split(":")) {
                    int[] rc = cell(end);
                    if (rc[1] != col || rc[0] == row) {
                        return false;
                    }
                }
            } catch (Untranslatable e) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private String comparison() throws Untranslatable {
        String left = additive();
        if (peek("=") || peek("<>") || peek("<") || peek(">") || peek("<=") || peek(">=")) {
            String op = tokens.get(pos++);
            String right = additive();
            return left + " " + switch (op) {
                case "=" -> "==";
                case "<>" -> "!=";
                default -> op;
            } + " " + right;
        }
        return left;
    }

    private String additive() throws Untranslatable {
        String out = term();
        while (peek("+") || peek("-")) {
            String op = tokens.get(pos++);
            out = out + " " + op + " " + term();
        }
        return out;
    }

    private String term() throws Untranslatable {
        String out = factor();
        while (peek("*") || peek("/")) {
            String op = tokens.get(pos++);
            out = out + " " + op + " " + factor();
        }
        return out;
    }

    private String factor() throws Untranslatable {
        if (pos >= tokens.size()) {
            throw new Untranslatable("");
        }
        String t = tokens.get(pos++);
        if (t.equals("-")) {
            return "-" + factor();
        }
        if (t.equals("(")) {
            String inner = comparison();
            expect(")");
            return "(" + inner + ")";
        }
        if (t.startsWith("\"")) {
            if (t.equals("\"\"")) {
                return "null";
            }
            throw new Untranslatable(t);
        }
        if (Character.isDigit(t.charAt(0))) {
            return t;
        }
        if (t.endsWith("(")) {
            return call(t.substring(0, t.length() - 1));
        }
        if (t.contains(":")) {
            throw new Untranslatable(t);
        }
        return ref(t);
    }

    private String call(String name) throws Untranslatable {
        switch (name) {
            case "SUM" -> {
                List<String> terms = new ArrayList<>();
                do {
                    String t = pos < tokens.size() ? tokens.get(pos) : "";
                    if (t.contains(":")) {
                        pos++;
                        terms.addAll(range(t));
                    } else {
                        terms.add(additive());
                    }
                } while (accept(","));
                expect(")");
                return "(" + String.join(" + ", terms) + ")";
            }
            case "IF" -> {
                boolean top = scaleTop && pos == 1;
                scaleTop = false;
                String cond = comparison();
                expect(",");
                String yes = comparison();
                String no = accept(",") ? comparison() : "false";
                expect(")");
                if (top && pos == tokens.size()) {
                    scaled = true;
                    return cond + " ? " + percent(yes) + " : " + percent(no);
                }
                return "(" + cond + " ? " + yes + " : " + no + ")";
            }
            case "IFERROR" -> {
                int start = pos;
                String value = comparison();
                String denominator = denominatorAfter(start);
                expect(",");
                String fallback = comparison();
                expect(")");
                if (denominator == null) {
                    return value;
                }
                return "(" + denominator + " == 0 ? " + fallback + " : " + value + ")";
            }
            default -> throw new Untranslatable(name);
        }
    }

    private static String percent(String value) {
        return value.equals("null") || value.equals("false") ? value : value + " * 100";
    }

    /** The divisor of the first division between {@code start} and here, re-read, or null. */
    private String denominatorAfter(int start) throws Untranslatable {
        int end = pos;
        for (int i = start; i < end; i++) {
            if (tokens.get(i).equals("/")) {
                int saved = pos;
                pos = i + 1;
                String d = factor();
                pos = saved;
                return d;
            }
        }
        return null;
    }

    private List<String> range(String t) throws Untranslatable {
        String[] ends = t.split(":");
        int[] a = cell(ends[0]);
        int[] b = cell(ends[1]);
        if (a[0] != row || b[0] != row) {
            throw new OtherRow(t);
        }
        List<String> out = new ArrayList<>();
        for (int c = Math.min(a[1], b[1]); c <= Math.max(a[1], b[1]); c++) {
            out.add(code(c, t));
        }
        return out;
    }

    private String ref(String t) throws Untranslatable {
        int[] rc = cell(t);
        if (rc[0] != row) {
            throw new OtherRow(t);
        }
        return code(rc[1], t);
    }

    private String code(int col, String t) throws Untranslatable {
        String code = codeByCol.get(col);
        if (code == null) {
            throw new Untranslatable(t);
        }
        return code;
    }

    private static int[] cell(String t) throws Untranslatable {
        Matcher m = REF.matcher(t);
        if (!m.matches()) {
            throw new Untranslatable(t);
        }
        int col = 0;
        for (char ch : m.group(1).toCharArray()) {
            col = col * 26 + (ch - 'A' + 1);
        }
        return new int[] { Integer.parseInt(m.group(2)) - 1, col - 1 };
    }

    private boolean peek(String t) {
        return pos < tokens.size() && tokens.get(pos).equals(t);
    }

    private boolean accept(String t) {
        if (peek(t)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String t) throws Untranslatable {
        if (!accept(t)) {
            throw new Untranslatable(pos < tokens.size() ? tokens.get(pos) : t);
        }
    }
}
