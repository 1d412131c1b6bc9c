package vn.tonghop.template;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.jexl3.JexlScript;

/** A compiled, validated expression; thread-safe. Obtain one from {@link FormulaEngine#compile(String)}. */
public final class Formula {

    private final String source;
    private final List<String> variables;
    private final JexlScript script;

    Formula(String source, List<String> variables, JexlScript script) {
        this.source = source;
        this.variables = List.copyOf(variables);
        this.script = script;
    }

    public String source() {
        return source;
    }

    /** Column codes the expression reads, in order of first appearance. */
    public List<String> variables() {
        return variables;
    }

    Object execute(Map<String, Object> vars) {
        return script.execute(new FormulaContext(vars));
    }

    @Override
    public String toString() {
        return source;
    }

    /** Read-only context: every referenced variable is defined (possibly null) so strict mode only trips on typos. */
    private static final class FormulaContext implements org.apache.commons.jexl3.JexlContext {
        private final Map<String, Object> vars;

        FormulaContext(Map<String, Object> vars) {
            this.vars = Objects.requireNonNull(vars);
        }

        @Override
        public Object get(String name) {
            return vars.get(name);
        }

        @Override
        public void set(String name, Object value) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public boolean has(String name) {
            return vars.containsKey(name);
        }
    }
}
