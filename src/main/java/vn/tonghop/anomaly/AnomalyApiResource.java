package vn.tonghop.anomaly;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Figures out of line ("số liệu bất thường"): the campaign's ranked list, a report's flags, explain, verify, return.
 */
@Path("/api/campaigns/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AnomalyApiResource {

    @Inject
    AnomalyService anomalies;

    public record Listing(int count, int open, List<Flag> items) {
        static Listing of(List<Flag> flags) {
            return new Listing(flags.size(), (int) flags.stream().filter(f -> !"VERIFIED".equals(f.status())).count(),
                    flags);
        }
    }

    /** A cell: its table, row key ("own" for the unit's own row of a units table) and column; a text where asked. */
    public record CellRequest(String table, String row, String column, String text) {
        Cells.Where where() {
            return new Cells.Where(table, row == null ? "own" : row, column);
        }
    }

    public record Returned(String status) {
    }

    @GET
    @Path("anomalies")
    public Listing campaign(@PathParam("id") long id) {
        return Listing.of(anomalies.forCampaign(id));
    }

    @GET
    @Path("submissions/{unitCode}/anomalies")
    public Listing submission(@PathParam("id") long id, @PathParam("unitCode") String unitCode) {
        return Listing.of(anomalies.forSubmission(id, unitCode));
    }

    @PUT
    @Path("submissions/{unitCode}/anomalies/justification")
    public Flag justify(@PathParam("id") long id, @PathParam("unitCode") String unitCode, CellRequest cell) {
        return anomalies.justify(id, unitCode, valid(cell).where(), cell.text());
    }

    @POST
    @Path("submissions/{unitCode}/anomalies/verify")
    public Flag verify(@PathParam("id") long id, @PathParam("unitCode") String unitCode, CellRequest cell) {
        return anomalies.verify(id, unitCode, valid(cell).where());
    }

    @POST
    @Path("submissions/{unitCode}/anomalies/return")
    public Returned giveBack(@PathParam("id") long id, @PathParam("unitCode") String unitCode, CellRequest cell) {
        return new Returned(anomalies.returnWithFlag(id, unitCode, valid(cell).where(), cell.text()).status.name());
    }

    private CellRequest valid(CellRequest cell) {
        if (cell == null || cell.table() == null || cell.column() == null) {
            throw vn.tonghop.platform.web.PortalException.invalid(anomalies.msg().notFlagged());
        }
        return cell;
    }
}
