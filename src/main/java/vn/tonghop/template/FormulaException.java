package vn.tonghop.template;

/**
 * A formula or rule expression that cannot be used, for the template author: {@link #text()} in the words of the bundle
 * it is given, the exception's message in Vietnamese.
 */
public class FormulaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ErrorText text;
    private final int line;
    private final int column;

    public FormulaException(ErrorText text, int line, int column) {
        super(text.vietnamese());
        this.text = text;
        this.line = line;
        this.column = column;
    }

    public ErrorText text() {
        return text;
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
