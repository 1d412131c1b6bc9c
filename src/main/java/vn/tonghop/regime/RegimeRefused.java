package vn.tonghop.regime;

import java.util.List;

import vn.tonghop.platform.web.PortalException;

/** A regime refused as written: 422 with every field's message ({@link RegimeErrorMapper} answers the API). */
public class RegimeRefused extends PortalException {

    private final List<FieldError> errors;

    public RegimeRefused(List<FieldError> errors) {
        super(422, errors.stream().map(FieldError::message).toList(), errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The message of a field, or null, for the form to show under it. */
    public String of(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }
}
