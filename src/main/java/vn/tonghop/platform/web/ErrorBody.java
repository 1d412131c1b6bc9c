package vn.tonghop.platform.web;

import java.util.List;

/** JSON body of a refused API call. */
public record ErrorBody(int status, String error, List<String> messages) {
}
