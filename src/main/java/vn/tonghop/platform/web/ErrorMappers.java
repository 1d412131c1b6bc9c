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

    @ServerExceptionMapper
    public Response portal(PortalException e, UriInfo uri, HttpHeaders headers) {
        return respond(e.status(), e.messages(), e.issues(), uri, headers);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleObjectStateException.class })
    public Response stale(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return respond(409, java.util.List.of(messages.get().staleData()), uri, headers);
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
