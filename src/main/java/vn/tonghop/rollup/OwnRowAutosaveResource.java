package vn.tonghop.rollup;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.StaleObjectStateException;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.submission.SubmissionIssue;

/**
 * The consolidation page's autosave of the issuer's own row (own-row.js): saves the form and answers {@code {"state",
 * "message", "version", "issues", "refused", "tables"}} for the script to mark the fields and show the new totals
 * ({@code tables}: code → HTML, in the page's view {@code view.drafts}, {@code view.collapse}). {@code state} is
 * {@code saved}, {@code partial} (some cells not read), {@code conflict} (409) or {@code error}.
 */
@Path("/campaigns/{id}/rollup/own-row/autosave")
public class OwnRowAutosaveResource {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    OwnRowService ownRows;

    @Inject
    OwnRowTables tables;

    @Inject
    PortalClock clock;

    @Inject
    Messages messages;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response autosave(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        OwnRowMessages text = messages.bundle(OwnRowMessages.class);
        try {
            OwnRowService.Saved saved = ownRows.saveReadable(id, form, OwnRowForms.version(form.getFirst("version")));
            String at = clock.nowOffset().format(HOUR);
            String message = !saved.refused().isEmpty() ? text.savedExcept(at, saved.refused().size())
                    : saved.issues().isEmpty() ? text.savedAt(at) : text.savedWithIssues(at, saved.issues().size());
            Map<String, Object> body = body(saved.refused().isEmpty() ? "saved" : "partial", message, saved.version(),
                    saved.issues(), saved.refused());
            body.put("tables", tables.render(id, "true".equals(form.getFirst("view.drafts")),
                    "true".equals(form.getFirst("view.collapse"))));
            return answer(200, body);
        } catch (OptimisticLockException | StaleObjectStateException e) {
            return answer(409, body("conflict", messages.get().staleData(), null, List.of(), List.of()));
        } catch (PortalException e) {
            String state = e.status() == 409 ? "conflict" : "error";
            return answer(e.status(), body(state, String.join(" ", e.messages()), null, List.of(), List.of()));
        }
    }

    private static Response answer(int status, Map<String, Object> body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    private static Map<String, Object> body(String state, String message, Long version, List<SubmissionIssue> issues,
            List<SubmissionIssue> refused) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", state);
        body.put("message", message);
        body.put("version", version);
        body.put("issues", issues.stream().map(OwnRowAutosaveResource::json).toList());
        body.put("refused", refused.stream().map(OwnRowAutosaveResource::json).toList());
        return body;
    }

    private static Map<String, Object> json(SubmissionIssue i) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("table", i.table());
        out.put("column", i.column());
        out.put("message", i.message());
        out.put("severity", i.severity());
        return out;
    }
}
