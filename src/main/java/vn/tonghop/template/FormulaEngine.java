package vn.tonghop.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.apache.commons.jexl3.introspection.JexlSandbox;

import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.Rule;
import vn.tonghop.template.model.Severity;
import vn.tonghop.template.model.TableDef;

/**
 * Evaluates column formulas and row rules with a sandboxed JEXL: expressions only (no statements, loops, assignments,
 * variables, lambdas, {@code new}, method or function calls, array/map literals), no class access, strict. Numbers are
 * BigDecimal. Thread-safe; create one and share it.
 */
public final class FormulaEngine {

    /** Operators spelled as words, and the two built-in operators written like calls. */
    private static final Set<String> CALL_LIKE_OPERATORS = Set.of("empty", "size", "and", "or", "not", "eq", "ne", "lt",
            "le", "gt", "ge", "div", "mod");

    private static final Pattern CALL = Pattern.compile("([\\p{L}_$][\\p{L}\\p{N}_$]*)\\s*\\(");

    private static final int CACHE_SIZE = 256;

    private final JexlFeatures features;
    private final JexlEngine jexl;
    /**
     * Compiled tables by table definition, by identity: templates are parsed once per version and kept, and a record's
     * own hash would walk its whole definition on every row computed (a national rollup computes some 30 000).
     */
    private final Map<TableKey, CompiledTable> cache = new ConcurrentHashMap<>();

    private record TableKey(TableDef table) {
        @Override
        public boolean equals(Object o) {
            return o instanceof TableKey k && k.table == table;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(table);
        }
    }

    public FormulaEngine() {
        features = new JexlFeatures().script(false).loops(false).sideEffect(false).sideEffectGlobal(false)
                .newInstance(false).methodCall(false).lambda(false).fatArrow(false).thinArrow(false).localVar(false)
                .pragma(false).annotation(false).importPragma(false).namespacePragma(false).structuredLiteral(false)
                .register(false);
        jexl = new JexlBuilder().features(features).permissions(JexlPermissions.RESTRICTED)
                // Belt and braces: block every class even if a feature check were bypassed.
                .sandbox(new JexlSandbox(false)).namespaces(Map.of()).arithmetic(new DecimalArithmetic(true))
                .strict(true).safe(false).silent(false).cache(1024).create();
    }

    /**
     * Compiles and validates an expression.
     *
     * @throws FormulaException
     *             with a Vietnamese message when the text is not an allowed expression
     */
    public Formula compile(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new FormulaException(TemplateErrorMessages::exprEmpty, 0, 0);
        }
        JexlScript script;
        try {
            script = jexl.createScript(features, new JexlInfo("bieu-thuc", 1, 1), expression);
        } catch (JexlException e) {
            throw translate(e);
        }
        List<String> variables = new ArrayList<>();
        for (List<String> path : script.getVariables()) {
            if (path.size() > 1) {
                String property = String.join(".", path);
                throw new FormulaException(m -> m.exprProperty(property), 0, 0);
            }
            variables.add(path.get(0));
        }
        rejectCalls(expression);
        Formula formula = new Formula(expression, new ArrayList<>(new LinkedHashSet<>(variables)), script);
        dryRun(formula);
        return formula;
    }

    /** Compiles a table's computed columns (in dependency order) and rules; cached per table definition. */
    public CompiledTable compile(TableDef table) {
        CompiledTable hit = cache.get(new TableKey(table));
        if (hit != null) {
            return hit;
        }
        Map<String, Formula> byColumn = new LinkedHashMap<>();
        Map<String, List<String>> deps = new LinkedHashMap<>();
        for (Column c : table.computedColumns()) {
            Formula f = compile(c.formula());
            byColumn.put(c.code(), f);
            deps.put(c.code(), f.variables());
        }
        Map<String, Formula> ordered = new LinkedHashMap<>();
        for (String code : Dependencies.topologicalOrder(deps)) {
            ordered.put(code, byColumn.get(code));
        }
        List<CompiledTable.CompiledRule> rules = new ArrayList<>();
        for (Rule r : table.rules()) {
            rules.add(new CompiledTable.CompiledRule(r, compile(r.expr())));
        }
        CompiledTable compiled = new CompiledTable(table, Collections.unmodifiableMap(ordered), List.copyOf(rules));
        if (cache.size() >= CACHE_SIZE) {
            cache.clear();
        }
        cache.put(new TableKey(table), compiled);
        return compiled;
    }

    /**
     * The row with values normalised to their column types and computed columns (re)filled. A computed value is null
     * when an input is missing, on division by zero, or on any evaluation failure; never an exception. Keys not in the
     * table are kept as given.
     */
    public Map<String, Object> computeRow(TableDef table, Map<String, Object> cells) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (cells != null) {
            out.putAll(cells);
        }
        for (Column c : table.columns()) {
            Object v = CellValues.normalize(c, out.get(c.code()));
            if (out.containsKey(c.code()) || v != null) {
                out.put(c.code(), v);
            }
        }
        return fillComputed(table, out);
    }

    /** Fills computed columns in place from values already in canonical form (as the Aggregator produces). */
    Map<String, Object> fillComputed(TableDef table, Map<String, Object> row) {
        CompiledTable compiled = compile(table);
        Map<String, Object> vars = new HashMap<>();
        for (Column c : table.columns()) {
            Object v = row.get(c.code());
            vars.put(c.code(), v instanceof CellValues.Invalid ? null : v);
        }
        for (Map.Entry<String, Formula> e : compiled.formulas().entrySet()) {
            Column col = table.column(e.getKey()).orElseThrow();
            Object value = CellValues.fromResult(col, evaluate(e.getValue(), vars));
            vars.put(col.code(), value);
            row.put(col.code(), value);
        }
        return row;
    }

    /**
     * The table's rules on one row (after computing). A rule is violated only when it evaluates to false; a rule whose
     * inputs are all empty, or that cannot be evaluated because an input is empty, is not violated (missing values are
     * reported by {@link #checkCells} for required columns).
     */
    public List<RuleViolation> checkRow(TableDef table, Map<String, Object> cells) {
        CompiledTable compiled = compile(table);
        Map<String, Object> row = computeRow(table, cells);
        Map<String, Object> vars = new HashMap<>();
        for (Column c : table.columns()) {
            Object v = row.get(c.code());
            vars.put(c.code(), v instanceof CellValues.Invalid ? null : v);
        }
        List<RuleViolation> out = new ArrayList<>();
        for (CompiledTable.CompiledRule cr : compiled.rules()) {
            Formula f = cr.formula();
            boolean anyInput = f.variables().stream().anyMatch(v -> !CellValues.isEmpty(vars.get(v)));
            if (!anyInput) {
                continue;
            }
            if (Boolean.FALSE.equals(evaluate(f, vars))) {
                Rule r = cr.rule();
                ErrorText text = r.message() == null || r.message().isBlank() ? m -> m.ruleBroken(r.expr())
                        : m -> r.message();
                out.add(new RuleViolation(r.expr(), r.severity(), text, f.variables()));
            }
        }
        return out;
    }

    /** Column-level checks: required, readable as the column type, min/max. Computed columns are not checked. */
    public List<RuleViolation> checkCells(TableDef table, Map<String, Object> cells) {
        List<RuleViolation> out = new ArrayList<>();
        for (Column c : table.columns()) {
            if (c.isComputed()) {
                continue;
            }
            Object raw = cells == null ? null : cells.get(c.code());
            Object v = CellValues.normalize(c, raw);
            String name = c.header() == null ? c.code() : c.header();
            List<String> cols = List.of(c.code());
            if (v instanceof CellValues.Invalid inv) {
                String typed = String.valueOf(inv.raw());
                out.add(new RuleViolation(null, Severity.ERROR, m -> m.cellInvalid(typed, name, c.type().name()),
                        cols));
                continue;
            }
            if (v == null) {
                if (c.required()) {
                    out.add(new RuleViolation(null, Severity.ERROR, m -> m.cellRequired(name), cols));
                }
                continue;
            }
            if (v instanceof BigDecimal d) {
                if (c.min() != null && d.compareTo(c.min()) < 0) {
                    out.add(new RuleViolation(null, Severity.ERROR, m -> m.cellBelowMin(name, c.min().toPlainString()),
                            cols));
                }
                if (c.max() != null && d.compareTo(c.max()) > 0) {
                    out.add(new RuleViolation(null, Severity.ERROR, m -> m.cellAboveMax(name, c.max().toPlainString()),
                            cols));
                }
                if (c.type() == vn.tonghop.template.model.ColumnType.INTEGER && d.stripTrailingZeros().scale() > 0) {
                    out.add(new RuleViolation(null, Severity.ERROR, m -> m.cellNotInteger(name), cols));
                }
            }
        }
        return out;
    }

    /** {@link #checkCells} then {@link #checkRow}. */
    public List<RuleViolation> validateRow(TableDef table, Map<String, Object> cells) {
        List<RuleViolation> out = new ArrayList<>(checkCells(table, cells));
        out.addAll(checkRow(table, cells));
        return out;
    }

    /** Evaluates with the given variables; null on any failure (empty input, division by zero, type error). */
    public Object evaluate(Formula formula, Map<String, Object> variables) {
        Map<String, Object> vars = new HashMap<>();
        for (String v : formula.variables()) {
            Object value = variables.get(v);
            if (value instanceof Number n && !(value instanceof BigDecimal)) {
                value = CellValues.toDecimal(n);
            }
            vars.put(v, value instanceof CellValues.Invalid ? null : value);
        }
        try {
            return formula.execute(vars);
        } catch (JexlException | ArithmeticException e) {
            return null;
        }
    }

    // Function-call syntax parses in JEXL (namespaces), so reject it here with a clear message.
    private static void rejectCalls(String expression) {
        String code = stripStrings(expression);
        // A regex built from a cell value could hang evaluation (catastrophic backtracking).
        int regex = Math.max(code.indexOf("=~"), code.indexOf("!~"));
        if (regex >= 0) {
            throw new FormulaException(TemplateErrorMessages::exprRegex, 1, regex + 1);
        }
        Matcher m = CALL.matcher(code);
        while (m.find()) {
            String name = m.group(1);
            if (!CALL_LIKE_OPERATORS.contains(name.toLowerCase(Locale.ROOT))) {
                throw new FormulaException(t -> t.exprFunction(name), 1, m.start(1) + 1);
            }
        }
    }

    private static String stripStrings(String s) {
        StringBuilder out = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quote != 0) {
                if (ch == '\\') {
                    i++;
                    out.append("  ");
                } else if (ch == quote) {
                    quote = 0;
                    out.append(ch);
                } else {
                    out.append(' ');
                }
            } else {
                if (ch == '\'' || ch == '"') {
                    quote = ch;
                }
                out.append(ch);
            }
        }
        return out.toString();
    }

    // Catches property access on literals (''.class) that the variable list cannot show.
    private static void dryRun(Formula formula) {
        Map<String, Object> vars = new HashMap<>();
        for (String v : formula.variables()) {
            vars.put(v, BigDecimal.ONE);
        }
        try {
            formula.execute(vars);
        } catch (JexlException.Property | JexlException.Method e) {
            throw new FormulaException(TemplateErrorMessages::exprMember,
                    e.getInfo() == null ? 0 : e.getInfo().getLine(), e.getInfo() == null ? 0 : e.getInfo().getColumn());
        } catch (RuntimeException e) {
            // Other failures (type mismatch with sample values, division by zero) are data dependent.
        }
    }

    private static FormulaException translate(JexlException e) {
        JexlInfo info = e.getInfo();
        int line = info == null ? 0 : info.getLine();
        int col = info == null ? 0 : info.getColumn();
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        int where = Math.max(col, 0);
        if (e instanceof JexlException.Feature) {
            String what;
            if (m.contains("method call")) {
                what = "method";
            } else if (m.contains("create instance")) {
                what = "new";
            } else if (m.contains("assign") || m.contains("side effect")) {
                what = "assign";
            } else if (m.contains("local variable") || m.contains("lambda") || m.contains("arrow")) {
                what = "declare";
            } else if (m.contains("loop")) {
                what = "loop";
            } else if (m.contains("literal")) {
                what = "literal";
            } else if (m.contains("pragma") || m.contains("annotation")) {
                what = "pragma";
            } else {
                what = "other";
            }
            return new FormulaException(t -> t.exprForbidden(what, where), line, col);
        }
        if (e instanceof JexlException.Parsing || e instanceof JexlException.Tokenization) {
            String detail = e.getDetail();
            String near = detail == null || detail.isBlank() ? "" : detail;
            return new FormulaException(t -> t.exprSyntax(where, near), line, col);
        }
        return new FormulaException(t -> t.exprInvalid(where), line, col);
    }
}
