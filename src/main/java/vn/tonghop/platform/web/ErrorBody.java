package vn.tonghop.platform.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** JSON body of a refused API call; {@code issues} only when the refusal carries structured details. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(int status, String error, List<String> messages, List<?> issues) {

    public ErrorBody(int status, String error, List<String> messages) {
        this(status, error, messages, null);
    }
}
