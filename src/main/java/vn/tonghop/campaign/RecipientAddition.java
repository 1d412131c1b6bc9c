package vn.tonghop.campaign;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.tonghop.audit.AuditAction;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.unit.Unit;

/** More recipients for a published campaign: a commune forgotten, or one created since. */
@ApplicationScoped
@Transactional
public class RecipientAddition {

    @Inject
    CampaignAccess access;

    @Inject
    CampaignRecipients recipients;

    @Inject
    Messages messages;

    @Inject
    Event<CampaignPublished> published;

    @Inject
    AuditLog audit;

    /**
     * Addresses a published campaign to more units (a commune forgotten, or one created since): their report slots open
     * with the campaign's deadline and they are told in their inbox. Units that have it already are left as they are.
     */
    public List<Unit> addRecipients(long id, List<String> unitCodes) {
        Campaign c = access.requireIssuerRights(id);
        if (c.status != CampaignStatus.PUBLISHED) {
            throw PortalException.conflict(messages.get().campaignNotPublished());
        }
        List<Unit> chosen = recipients.resolve(c.issuerUnit, c.referenceDay(), null, unitCodes);
        List<Submission> slots = recipients.slots(c);
        Set<Long> already = Set.copyOf(slots.stream().map(s -> s.unit.id).toList());
        List<Unit> added = chosen.stream().filter(u -> !already.contains(u.id)).toList();
        if (added.isEmpty()) {
            throw PortalException.invalid(messages.bundle(CampaignCheckMessages.class).alreadyRecipients());
        }
        // two issuers adding at once are serialised, and a kept rollup sees the change
        Campaign.getEntityManager().lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        for (Unit unit : added) {
            recipients.slot(c, unit);
            published.fire(new CampaignPublished(c, unit));
        }
        List<String> before = CampaignRecipients.unitCodes(slots).stream().sorted().toList();
        List<String> after = Stream.concat(before.stream(), added.stream().map(u -> u.code)).sorted().toList();
        audit.campaign(AuditAction.UPDATE, c, Map.of("recipients", before), Map.of("recipients", after));
        return added;
    }
}
