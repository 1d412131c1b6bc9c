package vn.tonghop.signing;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * The signed PDF that goes upward with a unit's report: {@code GET /api/campaigns/{parentId}/submissions/{unitCode}/
 * signed} downloads the signed consolidated report of the campaign the unit relayed, for the readers of that report.
 */
@Path("/api/campaigns/{id}/submissions/{unitCode}/signed")
public class UpwardSignedResource {

    @Inject
    SignedReportService signed;

    @GET
    public Response download(@PathParam("id") long parentId, @PathParam("unitCode") String unitCode) {
        return SignedReportResource.file(signed.downloadUpward(parentId, unitCode));
    }
}
