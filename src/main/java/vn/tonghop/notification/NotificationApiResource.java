package vn.tonghop.notification;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** My units' notifications, and marking them read. */
@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationApiResource {

    public record Inbox(long unread, List<NotificationView> notifications) {
    }

    public record Marked(int marked) {
    }

    static final int LIMIT = 100;

    @Inject
    NotificationService notifications;

    @GET
    public Inbox list() {
        return new Inbox(notifications.unreadCount(), notifications.mine(LIMIT));
    }

    @POST
    @Path("{id}/read")
    public Response read(@PathParam("id") long id) {
        notifications.markRead(id);
        return Response.noContent().build();
    }

    @POST
    @Path("read-all")
    public Marked readAll() {
        return new Marked(notifications.markAllRead());
    }
}
