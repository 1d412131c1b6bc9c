package vn.tonghop.anomaly;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.tonghop.platform.web.Flash;
import vn.tonghop.platform.web.PortalException;

/**
 * Pages of the anomaly checks: the campaign's ranked list for the consolidating unit, and the panel the fill form loads
 * beside the figures (explain, verify). Form posts redirect back to where they came from (post/redirect/get).
 */
@Path("/campaigns/{id}")
@Produces(MediaType.TEXT_HTML)
public class AnomalyPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(long campaignId, String campaignTitle, List<Flag> flags, boolean canManage);

        static native TemplateInstance link(long campaignId, int open);

        static native TemplateInstance panel(long campaignId, String unitCode, List<Flag> flags,
                AnomalyService.Rights rights);
    }

    @Inject
    AnomalyService anomalies;

    @Inject
    Flash flash;

    @Inject
    vn.tonghop.platform.i18n.Messages messages;

    @GET
    @Path("anomalies")
    public TemplateInstance list(@PathParam("id") long id) {
        List<Flag> flags = anomalies.forCampaign(id);
        return flash.page(Templates.list(id, anomalies.campaignTitle(id), flags, anomalies.canManage(id)));
    }

    @GET
    @Path("submissions/{unitCode}/anomalies/panel")
    public TemplateInstance panel(@PathParam("id") long id, @PathParam("unitCode") String unitCode) {
        return messages.localise(
                Templates.panel(id, unitCode, anomalies.forSubmission(id, unitCode), anomalies.rights(id, unitCode)));
    }

    /** The link to the list with its count of figures not yet verified, loaded into the consolidation page. */
    @GET
    @Path("anomalies/link")
    public TemplateInstance link(@PathParam("id") long id) {
        return messages.localise(Templates.link(id, anomalies.openCount(id)));
    }

    @POST
    @Path("submissions/{unitCode}/anomalies/justify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response justify(@PathParam("id") long id, @PathParam("unitCode") String unitCode,
            @FormParam("table") String table, @FormParam("row") String row, @FormParam("column") String column,
            @FormParam("text") String text) {
        return act(id, unitCode, "form", () -> anomalies.justify(id, unitCode, where(table, row, column), text),
                anomalies.msg().justified());
    }

    @POST
    @Path("submissions/{unitCode}/anomalies/verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verify(@PathParam("id") long id, @PathParam("unitCode") String unitCode,
            @FormParam("table") String table, @FormParam("row") String row, @FormParam("column") String column,
            @FormParam("from") String from) {
        return act(id, unitCode, from, () -> anomalies.verify(id, unitCode, where(table, row, column)),
                anomalies.msg().verified());
    }

    @POST
    @Path("submissions/{unitCode}/anomalies/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response giveBack(@PathParam("id") long id, @PathParam("unitCode") String unitCode,
            @FormParam("table") String table, @FormParam("row") String row, @FormParam("column") String column,
            @FormParam("text") String text) {
        return act(id, unitCode, "list", () -> anomalies.returnWithFlag(id, unitCode, where(table, row, column), text),
                anomalies.msg().returned());
    }

    private Response act(long id, String unitCode, String from, Runnable action, String done) {
        String back = "list".equals(from) ? "/campaigns/" + id + "/anomalies"
                : "/campaigns/" + id + "/submissions/" + unitCode + "#anomalies";
        try {
            action.run();
        } catch (PortalException e) {
            if (e.status() != 422) {
                throw e; // not theirs to do: the error page, nothing changed
            }
            return flash.redirect(back, String.join(" ", e.messages()));
        }
        return flash.redirect(back, done);
    }

    private static Cells.Where where(String table, String row, String column) {
        return new Cells.Where(table == null ? "" : table, row == null ? "own" : row, column == null ? "" : column);
    }
}
