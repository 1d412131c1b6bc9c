package vn.tonghop.user;

import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
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

    public record View(List<MembershipService.Row> rows, MembershipService.NewMembership form, List<String> errors,
            List<Role> roles) {
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
    public TemplateInstance list() {
        return flash.page(Templates.memberships(view(MembershipService.NewMembership.empty(), List.of())));
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
            return flash.refused(e.status(), Templates.memberships(view(form, e.messages())));
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
                    Templates.memberships(view(MembershipService.NewMembership.empty(), e.messages())));
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
                    Templates.memberships(view(MembershipService.NewMembership.empty(), e.messages())));
        }
    }

    private View view(MembershipService.NewMembership form, List<String> errors) {
        return new View(memberships.list(), form, errors, List.of(Role.values()));
    }
}
