package vn.tonghop.platform.web;

import java.util.List;

/**
 * A refusal the user should read. Carries the HTTP status and messages already in the user's language; resources and
 * pages turn it into a JSON error or a page with the message.
 */
public class PortalException extends RuntimeException {

    private final int status;
    private final List<String> messages;
    private final List<?> issues;
    private final boolean stalePage;

    public PortalException(int status, List<String> messages) {
        this(status, messages, null);
    }

    /** A refusal with structured details (e.g. the cells that broke a rule) for API clients to show in place. */
    public PortalException(int status, List<String> messages, List<?> issues) {
        this(status, messages, issues, false);
    }

    private PortalException(int status, List<String> messages, List<?> issues, boolean stalePage) {
        super(String.join("; ", messages));
        this.status = status;
        this.messages = List.copyOf(messages);
        this.issues = issues == null ? null : List.copyOf(issues);
        this.stalePage = stalePage;
    }

    /**
     * A post from a page whose anti-forgery token is missing or no longer this browser's (an old tab, another site):
     * nothing was done; the page says to reload and send again.
     */
    public static PortalException stalePage(String message) {
        return new PortalException(403, List.of(message), null, true);
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

    /** Whether this refuses a post from a stale page ({@link #stalePage}). */
    public boolean isStalePage() {
        return stalePage;
    }

    /** Structured details, or null. */
    public List<?> issues() {
        return issues;
    }
}
