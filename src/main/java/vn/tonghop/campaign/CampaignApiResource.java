package vn.tonghop.campaign;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/campaigns")
@Produces(MediaType.APPLICATION_JSON)

@Transactional // views read lazy associations, so they are built inside the service's transaction
public class CampaignApiResource {

    public record Extension(String unitCode, OffsetDateTime deadline, String reason) {
    }

    public record MoreRecipients(List<String> unitCodes) {
    }

    public record InboxEntry(long campaignId, String title, String letterNumber, String issuerUnitName, String unitCode,
            String unitName, String status, OffsetDateTime deadline, boolean overdue, String periodLabel) {
    }

    @Inject
    CampaignAccess campaigns;

    @Inject
    CampaignProgress progress;

    @Inject
    CampaignLifecycle lifecycle;

    @Inject
    CampaignRelay relays;

    @Inject
    CampaignDeadlines deadlines;

    @Inject
    RecipientAddition addition;

    @Inject
    CampaignViews views;

    /**
     * Campaigns issued in my reach, newest deadline first, each with its progress; {@code GET /api/campaigns/{id}}
     * gives one whole (a ministry's list holds hundreds of relays, each with hundreds of recipients).
     */
    @GET
    public List<CampaignListItem> issued() {
        List<Campaign> mine = campaigns.issuedInMyReach();
        return CampaignListItem.of(mine, progress.progress(mine));
    }

    /** Campaigns addressed to my units, nearest deadline first. */
    @GET
    @Path("inbox")
    public List<InboxEntry> inbox() {
        return campaigns.inbox().stream()
                .map(s -> new InboxEntry(s.campaign.id, s.campaign.title, s.campaign.letterNumber,
                        s.campaign.issuerUnit.name, s.unit.code, s.unit.name, progress.displayStatus(s),
                        CampaignView.local(s.effectiveDeadline()), "MISSING".equals(progress.displayStatus(s)),
                        s.campaign.periodLabel))
                .toList();
    }

    @POST
    public Response create(CampaignCommand command) {
        return Response.status(201).entity(views.of(lifecycle.create(command))).build();
    }

    @GET
    @Path("{id}")
    public CampaignView get(@PathParam("id") long id) {
        return views.of(campaigns.find(id));
    }

    /** Replaces a draft (with the {@code version} last read): 409 once published or when edited meanwhile. */
    @PUT
    @Path("{id}")
    public CampaignView update(@PathParam("id") long id, CampaignCommand command) {
        return views.of(lifecycle.update(id, command));
    }

    @POST
    @Path("{id}/publish")
    public CampaignView publish(@PathParam("id") long id) {
        return views.of(lifecycle.publish(id));
    }

    @POST
    @Path("{id}/relay")
    public Response relay(@PathParam("id") long id, RelayCommand command) {
        return Response.status(201).entity(views.of(relays.relay(id, command))).build();
    }

    @POST
    @Path("{id}/extend")
    public CampaignView extend(@PathParam("id") long id, Extension extension) {
        return views.of(deadlines.extend(id, extension.unitCode(), extension.deadline(), extension.reason()));
    }

    /** Adds recipients to a published campaign; the campaign as it now stands. */
    @POST
    @Path("{id}/recipients")
    public CampaignView addRecipients(@PathParam("id") long id, MoreRecipients body) {
        addition.addRecipients(id, body == null ? List.of() : body.unitCodes());
        return views.of(campaigns.find(id));
    }

    @POST
    @Path("{id}/close")
    public CampaignView close(@PathParam("id") long id) {
        return views.of(lifecycle.close(id));
    }

    @POST
    @Path("{id}/archive")
    public CampaignView archive(@PathParam("id") long id) {
        return views.of(lifecycle.archive(id));
    }
}
