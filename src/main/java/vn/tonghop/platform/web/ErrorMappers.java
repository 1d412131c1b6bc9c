package vn.tonghop.platform.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.tonghop.platform.i18n.Messages;

/**
 * Turns refusals into a JSON body under /api and a page elsewhere that says in the user's language what happened and
 * what to do, with a way back to the page the user came from.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @Inject
    Messages messages;

    @Inject
    Template error;

    @Inject
    OverloadConfig overload;

    @ConfigProperty(name = "tonghop.base-url")
    Optional<String> baseUrl;

    @ServerExceptionMapper
    public Response portal(PortalException e, UriInfo uri, HttpHeaders headers) {
        if (e.isStalePage()) {
            return stalePage(e, uri, headers);
        }
        return respond(e.status(), e.messages(), e.issues(), uri, headers);
    }

    /**
     * A post without this browser's anti-forgery token: htmx gets the reason to show in place, a page script JSON with
     * it, a form post the page that says to reload and send again.
     */
    private Response stalePage(PortalException e, UriInfo uri, HttpHeaders headers) {
        String reason = e.messages().get(0);
        if (headers.getHeaderString("HX-Request") != null) {
            String escaped = reason.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity("<span class=\"text-danger\" role=\"alert\" id=\"stale-page\">" + escaped + "</span>")
                    .build();
        }
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains("json") && !accept.contains("html")) {
            return Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("status", e.status(),
                    "error", reason(e.status()), "messages", e.messages(), "message", reason)).build();
        }
        return page(e.status(), ErrorKind.STALE_PAGE, e.messages(), uri, headers);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleObjectStateException.class })
    public Response stale(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return respond(409, List.of(messages.get().staleData()), null, uri, headers);
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
    public Response busy(ServerBusyException e, UriInfo uri, HttpHeaders headers) {
        return busy(uri, headers);
    }

    @ServerExceptionMapper
    public Response jdbc(org.hibernate.exception.GenericJDBCException e, UriInfo uri, HttpHeaders headers) {
        if (e.getMessage() != null && e.getMessage().contains("acquire JDBC Connection")) {
            return busy(uri, headers);
        }
        return respond(500, List.of(messages.get().unexpected()), null, uri, headers);
    }

    private Response busy(UriInfo uri, HttpHeaders headers) {
        Response r = respond(503, List.of(messages.get().busy(overload.retryAfterSeconds())), null, uri, headers);
        return Response.fromResponse(r).header("Retry-After", overload.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(403, List.of(messages.get().forbidden()), null, uri, headers);
    }

    /** Unknown pages, wrong methods and the like: the API keeps the framework's answer, pages get ours. */
    @ServerExceptionMapper
    public Uni<Response> web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        Response original = e.getResponse();
        if (uri.getPath().startsWith("/api") || original.getStatus() < 400) {
            return Uni.createFrom().item(original);
        }
        // a path no resource matches fails on the event loop; the page reads the database (menu, unread count)
        Uni<Response> page = Uni.createFrom().item(() -> page(original.getStatus(), List.of(), uri, headers));
        return Context.isOnEventLoopThread() ? page.runSubscriptionOn(Infrastructure.getDefaultWorkerPool()) : page;
    }

    /** Anything else is a fault of ours: logged, and the user is told to try again, not shown a stack trace. */
    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        LOG.errorf(e, "unexpected failure of %s", uri.getPath());
        return respond(500, List.of(), null, uri, headers);
    }

    private Response respond(int status, List<String> lines, List<?> issues, UriInfo uri, HttpHeaders headers) {
        if (uri.getPath().startsWith("/api")) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorBody(status, reason(status), lines, issues)).build();
        }
        return page(status, lines, uri, headers);
    }

    private Response page(int status, List<String> lines, UriInfo uri, HttpHeaders headers) {
        return page(status, ErrorKind.of(status), lines, uri, headers);
    }

    private Response page(int status, ErrorKind kind, List<String> lines, UriInfo uri, HttpHeaders headers) {
        Optional<String> back = BackLink.of(uri.getQueryParameters().getFirst("return"),
                headers.getHeaderString("Referer"), headers.getHeaderString(HttpHeaders.HOST), baseUrl.orElse(null),
                kind == ErrorKind.STALE_PAGE ? null : uri.getPath()); // the form's own page is the way back
        TemplateInstance page = error.data("status", status).data("kind", kind.name()).data("messages", lines)
                .data("back", back.orElse(null));
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(messages.localise(page).render()).build();
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "Unprocessable Content";
    }

    /** What the page says happened, by status: the code itself is never shown. */
    enum ErrorKind {
        NOT_FOUND, FORBIDDEN, CONFLICT, INVALID, UNAVAILABLE, FAILED,
        /** A post from a page opened before this browser's anti-forgery token; never chosen by status. */
        STALE_PAGE;

        static ErrorKind of(int status) {
            return switch (status) {
                case 404, 410 -> NOT_FOUND;
                case 401, 403 -> FORBIDDEN;
                case 409, 412 -> CONFLICT;
                case 400, 413, 415, 422 -> INVALID;
                case 503 -> UNAVAILABLE;
                default -> FAILED;
            };
        }
    }
}
