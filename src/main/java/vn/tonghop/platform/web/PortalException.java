package vn.tonghop.platform.web;

import java.util.List;

/**
 * A refusal the user should read. Carries the HTTP status and messages already in the user's language; resources and
 * pages turn it into a JSON error or a page with the message.
 */
public class PortalException extends RuntimeException {

    private final int status;
    private final List<String> messages;

    public PortalException(int status, List<String> messages) {
        super(String.join("; ", messages));
        this.status = status;
        this.messages = List.copyOf(messages);
    }

    public static PortalException notFound(String message) {
        return new PortalException(404, List.of(message));
    }

    public static PortalException forbidden(String message) {
        return new PortalException(403, List.of(message));
    }

    public static PortalException invalid(String message) {
        return new PortalException(422, List.of(message));
    }

    public static PortalException invalid(List<String> messages) {
        return new PortalException(422, messages);
    }

    public static PortalException conflict(String message) {
        return new PortalException(409, List.of(message));
    }

    public int status() {
        return status;
    }

    public List<String> messages() {
        return messages;
    }
}
