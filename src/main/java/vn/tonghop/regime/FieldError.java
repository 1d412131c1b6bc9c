package vn.tonghop.regime;

/** A refusal of one field of a regime: the field's name in the API body and a message for the user. */
public record FieldError(String field, String message) {
}
