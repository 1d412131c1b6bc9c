package vn.tonghop.platform.web;

/**
 * No database connection came free in time outside Hibernate (plain JDBC, such as reading the user's memberships at
 * login): the server is busy, not broken, and answers 503 with Retry-After like any other busy moment.
 */
public class ServerBusyException extends RuntimeException {

    public ServerBusyException(Throwable cause) {
        super(cause);
    }

    /** Whether a JDBC failure means that no pooled connection came free in time (Agroal's acquisition timeout). */
    public static boolean isBusy(java.sql.SQLException e) {
        return e.getMessage() != null && e.getMessage().contains("acquisition timeout");
    }
}
