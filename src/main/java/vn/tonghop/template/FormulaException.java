package vn.tonghop.template;

/** A formula or rule expression that cannot be used; the message is Vietnamese and meant for the template author. */
public class FormulaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public FormulaException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** 1-based line inside the expression (multi-line YAML scalars), 0 if unknown. */
    public int line() {
        return line;
    }

    /** 1-based column inside the expression, 0 if unknown. */
    public int column() {
        return column;
    }
}
