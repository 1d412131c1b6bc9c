package vn.tonghop.notification;

import java.net.URI;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.web.Flash;
import vn.tonghop.unit.Unit;

/** The issuer's "remind now": to every recipient that has not submitted, or to the units named. */
@Path("/api/campaigns/{id}/remind")
@Produces(MediaType.APPLICATION_JSON)
public class RemindResource {

    public record Request(List<String> unitCodes) {
    }

    public record Reminded(int count, List<String> unitCodes) {
    }

    @Inject
    ReminderService reminders;

    @POST
    public Reminded remind(@PathParam("id") long id, Request body) {
        List<Unit> units = reminders.remindNow(id, body == null ? null : body.unitCodes());
        return new Reminded(units.size(), units.stream().map(u -> u.code).toList());
    }

    /** The form on the home page: back home with how many were reminded. */
    @Path("/campaigns/{id}/remind")
    public static class Page {

        @Inject
        ReminderService reminders;

        @Inject
        Flash flash;

        @Inject
        Messages messages;

        @POST
        @Produces(MediaType.TEXT_HTML)
        public Response remind(@PathParam("id") long id, @RestForm List<String> unitCodes) {
            int count = reminders.remindNow(id, unitCodes).size();
            NotificationMessages m = messages.bundle(NotificationMessages.class);
            return flash.redirect("/", count == 0 ? m.remindNobody() : m.remindDone(count));
        }
    }
}
