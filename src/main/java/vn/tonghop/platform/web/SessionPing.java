package vn.tonghop.platform.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * Keeps the browser session alive while a form is open: pages call it every few minutes, which lets quarkus-oidc
 * refresh the tokens before they expire. Answers 204 with nothing; an ended session answers 499 to scripts.
 */
@Path("/session/ping")
public class SessionPing {

    @GET
    public Response ping() {
        return Response.noContent().header("Cache-Control", "no-store").build();
    }
}
