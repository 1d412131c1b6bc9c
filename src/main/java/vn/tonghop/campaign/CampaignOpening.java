package vn.tonghop.campaign;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.tonghop.audit.AuditAction;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.template.TemplateLibrary;
import vn.tonghop.unit.Unit;

/**
 * Publishes a campaign that a standing arrangement (a periodic regime) drew up, with recipients it has already
 * resolved: no editor steps and no rights of the current user, since a scheduled job has none. The caller checks rights
 * where a person acts. Works inside the caller's transaction.
 */
@ApplicationScoped
public class CampaignOpening {

    @Inject
    CampaignRecipients recipients;

    @Inject
    TemplateLibrary templates;

    @Inject
    Event<CampaignPublished> published;

    @Inject
    AuditLog audit;

    @Inject
    PortalClock clock;

    /**
     * Saves the campaign (template, issuer, letter, period and deadline filled in by the caller) as published to these
     * recipients: their report slots open, they are notified, and the creation and publication are audited.
     */
    public Campaign publish(Campaign c, List<Unit> to, String createdBy) {
        if (to.isEmpty()) {
            throw new IllegalArgumentException("a campaign needs recipients");
        }
        c.status = CampaignStatus.PUBLISHED;
        c.createdBy = createdBy;
        c.publishedAt = clock.nowOffset();
        if (c.letterDate == null) {
            c.letterDate = clock.today();
        }
        if (c.urgency == null) {
            c.urgency = Urgency.NORMAL;
        }
        if (c.latePolicy == null) {
            c.latePolicy = LatePolicy.ACCEPT_LATE;
        }
        CampaignRecipients.keep(c, null, to.stream().map(u -> u.code).toList());
        c.persist();
        templates.freeze(c.template);
        for (Unit unit : to) {
            recipients.slot(c, unit);
            published.fire(new CampaignPublished(c, unit));
        }
        audit.campaign(AuditAction.CREATE, c);
        audit.campaign(AuditAction.PUBLISH, c);
        return c;
    }
}
