package vn.tonghop.user;

import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.web.Flash;
import vn.tonghop.platform.web.PortalException;

/** Who may do what where, for administrators: users × unit × role, add and remove. */
@Path("/memberships")
@Produces(MediaType.TEXT_HTML)
public class MembershipsPage {

    /** Rows shown on one page: a national tenant's administrator holds some 20,000. */
    static final int PAGE_SIZE = 100;

    /** One page of the rights matching {@code q}, of {@code total}; {@code page} counts from 1. */
    public record View(List<MembershipService.Row> rows, MembershipService.NewMembership form, List<String> errors,
            List<Role> roles, String q, int page, int pages, int total) {

        public int from() {
            return total == 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
        }

        public int to() {
            return Math.min(total, page * PAGE_SIZE);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance memberships(View view);
    }

    @Inject
    MembershipService memberships;

    @Inject
    MembershipImportService importer;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery Integer page) {
        return flash.page(Templates
                .memberships(view(MembershipService.NewMembership.empty(), List.of(), q, page == null ? 1 : page)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String username, @RestForm String displayName, @RestForm String unitCode,
            @RestForm String role) {
        MembershipService.NewMembership form = new MembershipService.NewMembership(username, displayName, unitCode,
                role);
        try {
            memberships.add(form);
            return flash.redirect("/memberships", messages.get().membershipsSaved());
        } catch (PortalException e) {
            if (e.status() == 403) {
                throw e;
            }
            return flash.refused(e.status(), Templates.memberships(view(form, e.messages(), null, 1)));
        }
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@RestForm("file") FileUpload file) {
        try {
            MembershipImportService.Result r = importer.importFile(MembershipApiResource.bytes(file));
            return flash.redirect("/memberships",
                    messages.bundle(MembershipMessages.class).imported(r.rows(), r.usersCreated(), r.granted()));
        } catch (PortalException e) {
            if (e.status() != 422) {
                throw e;
            }
            return flash.refused(422,
                    Templates.memberships(view(MembershipService.NewMembership.empty(), e.messages(), null, 1)));
        }
    }

    @POST
    @Path("{id}/remove")
    public Response remove(@PathParam("id") long id) {
        try {
            memberships.remove(id);
            return flash.redirect("/memberships", messages.get().membershipsSaved());
        } catch (PortalException e) {
            if (e.status() == 403) {
                throw e;
            }
            return flash.refused(e.status(),
                    Templates.memberships(view(MembershipService.NewMembership.empty(), e.messages(), null, 1)));
        }
    }

    private View view(MembershipService.NewMembership form, List<String> errors, String q, int page) {
        String query = q == null ? "" : q.strip();
        List<MembershipService.Row> matching = memberships.list().stream().filter(r -> r.matches(query)).toList();
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        List<MembershipService.Row> rows = matching.subList((shown - 1) * PAGE_SIZE,
                Math.min(matching.size(), shown * PAGE_SIZE));
        return new View(rows, form, errors, List.of(Role.values()), query, shown, pages, matching.size());
    }
}
