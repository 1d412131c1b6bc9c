package vn.tonghop.platform.web;

import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.tonghop.platform.i18n.Messages;

/** Turns refusals into a JSON body under /api and a friendly page elsewhere. */
public class ErrorMappers {

    @Inject
    Messages messages;

    @Inject
    Template error;

    @Inject
    OverloadConfig overload;

    @ServerExceptionMapper
    public Response portal(PortalException e, UriInfo uri, HttpHeaders headers) {
        return respond(e.status(), e.messages(), e.issues(), uri, headers);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleObjectStateException.class })
    public Response stale(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return respond(409, java.util.List.of(messages.get().staleData()), uri, headers);
    }

    /**
     * No database connection came free in time: the server is busy, not broken. The transaction did nothing, so the
     * client retries after a pause and loses nothing.
     */
    @ServerExceptionMapper
    public Response busy(org.hibernate.exception.JDBCConnectionException e, UriInfo uri, HttpHeaders headers) {
        return busy(uri, headers);
    }

    @ServerExceptionMapper
    public Response jdbc(org.hibernate.exception.GenericJDBCException e, UriInfo uri, HttpHeaders headers) {
        if (e.getMessage() != null && e.getMessage().contains("acquire JDBC Connection")) {
            return busy(uri, headers);
        }
        return respond(500, java.util.List.of(messages.get().unexpected()), uri, headers);
    }

    private Response busy(UriInfo uri, HttpHeaders headers) {
        Response r = respond(503, java.util.List.of(messages.get().busy(overload.retryAfterSeconds())), uri, headers);
        return Response.fromResponse(r).header("Retry-After", overload.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(403, java.util.List.of(messages.get().forbidden()), uri, headers);
    }

    private Response respond(int status, java.util.List<String> lines, UriInfo uri, HttpHeaders headers) {
        return respond(status, lines, null, uri, headers);
    }

    private Response respond(int status, java.util.List<String> lines, java.util.List<?> issues, UriInfo uri,
            HttpHeaders headers) {
        if (uri.getPath().startsWith("/api")) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorBody(status, reason(status), lines, issues)).build();
        }
        TemplateInstance page = error.data("status", status).data("messages", lines);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(messages.localise(page)).build();
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "Unprocessable Content";
    }
}
