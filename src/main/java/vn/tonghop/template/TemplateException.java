package vn.tonghop.template;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@link TemplateParseResult#orElseThrow()}; carries the errors for the REST layer. */
public class TemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<TemplateError> errors;

    public TemplateException(List<TemplateError> errors) {
        super(ErrorText.VIETNAMESE.templateInvalid() + "\n"
                + errors.stream().map(TemplateError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<TemplateError> errors() {
        return errors;
    }
}
