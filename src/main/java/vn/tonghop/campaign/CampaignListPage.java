package vn.tonghop.campaign;

import java.util.EnumSet;
import java.util.List;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.tonghop.platform.web.Flash;
import vn.tonghop.user.AccessService;
import vn.tonghop.user.Role;

/** The campaigns page: the inbox of my units' requests and the list of those issued in my reach. */
@Path("/campaigns")
@Produces(MediaType.TEXT_HTML)
@Transactional
public class CampaignListPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<CampaignListItem> issued, CampaignInbox.View inbox, boolean canIssue);
    }

    @Inject
    CampaignAccess campaigns;

    @Inject
    CampaignProgress progress;

    @Inject
    CampaignInbox inbox;

    @Inject
    AccessService access;

    @Inject
    Flash flash;

    @GET
    public TemplateInstance list(@RestQuery String status, @RestQuery String period) {
        List<Campaign> mine = campaigns.issuedInMyReach();
        List<CampaignListItem> issued = CampaignListItem.of(mine, progress.progress(mine));
        boolean canIssue = !access.unitsWithRole(EnumSet.of(Role.ISSUER)).isEmpty();
        return flash.page(Templates.list(issued, inbox.view(status, period), canIssue));
    }
}
