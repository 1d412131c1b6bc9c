package vn.tonghop.regime;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.platform.time.PortalClock;

@Path("/api/regimes")
@Produces(MediaType.APPLICATION_JSON)
@Transactional // views read lazy associations
public class RegimeApiResource {

    /** The campaign a period opened as. */
    public record Opened(long campaignId, String period, String periodLabel, OffsetDateTime deadline) {
    }

    @Inject
    RegimeService regimes;

    /** The tenant's regimes the user may read, newest first. */
    @GET
    public List<RegimeView.Item> list() {
        return regimes.readable().stream().map(r -> RegimeView.item(r, regimes)).toList();
    }

    @POST
    public Response create(RegimeCommand command) {
        return Response.status(201)
                .entity(RegimeView.of(regimes.create(command == null ? RegimeCommand.EMPTY : command), regimes))
                .build();
    }

    @GET
    @Path("{id}")
    public RegimeView get(@PathParam("id") long id) {
        return RegimeView.of(regimes.find(id), regimes);
    }

    /** Opens the next period now as a published campaign; 409 when none is left. */
    @POST
    @Path("{id}/open-next")
    public Response openNext(@PathParam("id") long id) {
        Campaign c = regimes.openNext(id);
        return Response.status(201)
                .entity(new Opened(c.id, periodCode(c), c.periodLabel, PortalClock.local(c.deadline))).build();
    }

    private static String periodCode(Campaign c) {
        return OpenedPeriod.<OpenedPeriod> find("campaign", c).firstResultOptional().map(o -> o.periodCode)
                .orElse(null);
    }
}
