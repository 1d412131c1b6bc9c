package vn.tonghop.notification;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.tonghop.platform.web.Flash;

/** The notifications page: newest first, unread ones marked, one click to read or to act. */
@Path("/notifications")
@Produces(MediaType.TEXT_HTML)
public class NotificationsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notifications(List<NotificationView> items, long unread);
    }

    @Inject
    NotificationService notifications;

    @Inject
    Flash flash;

    @GET
    public TemplateInstance list() {
        return flash.page(Templates.notifications(notifications.mine(NotificationApiResource.LIMIT),
                notifications.unreadCount()));
    }

    /** Marks one read and goes where it points (the unit's report), or back to the list. */
    @POST
    @Path("{id}/read")
    public Response read(@PathParam("id") long id) {
        notifications.markRead(id);
        return Response.seeOther(java.net.URI.create("/notifications")).build();
    }

    @POST
    @Path("read-all")
    public Response readAll() {
        notifications.markAllRead();
        return Response.seeOther(java.net.URI.create("/notifications")).build();
    }
}
