package vn.tonghop.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A campaign's relay chain as the pages draw it: the campaign it relays and the relays of it, a line each. */
@ApplicationScoped
public class CampaignChain {

    /** Another campaign of the chain, as a line of the campaign page. */
    public record ChainLink(long id, String letterNumber, LocalDate letterDate, String title, String issuerUnitName,
            OffsetDateTime deadline, String status, CampaignProgress.Progress progress, boolean readable) {
    }

    @Inject
    CampaignAccess campaigns;

    @Inject
    CampaignProgress progress;

    /** The relays of the campaign that the user may read. */
    List<ChainLink> relays(Campaign c) {
        return campaigns.readableChildren(c).stream().map(this::link).toList();
    }

    ChainLink link(Campaign c) {
        boolean readable = campaigns.canRead(c);
        return new ChainLink(c.id, c.letterNumber, c.letterDate, c.title, c.issuerUnit.name,
                CampaignView.local(c.deadline), c.status.name(), readable ? progress.progress(c) : null, readable);
    }
}
