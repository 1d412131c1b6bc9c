package vn.tonghop.home;

import org.jboss.resteasy.reactive.RestQuery;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The home page's data as JSON, and a key figure's series across periods (what the chart draws). */
@Path("/api/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardApiResource {

    @Inject
    DashboardService dashboards;

    @Inject
    DashboardSeries series;

    @GET
    public Dashboard dashboard() {
        return dashboards.dashboard();
    }

    /** e.g. {@code ?template=mot-cua-2017-q1&column=ty_le_dung_han}: one line per district, one value per period. */
    @GET
    @Path("series")
    public Dashboard.Series series(@RestQuery String template, @RestQuery String column) {
        return series.series(template, column);
    }
}
