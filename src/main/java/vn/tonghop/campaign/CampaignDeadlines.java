package vn.tonghop.campaign;

import static vn.tonghop.campaign.CampaignText.blank;
import static vn.tonghop.campaign.CampaignText.format;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.audit.AuditAction;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitService;

/** A campaign's deadlines: ahead of now, before the parent's for a relay, and extended with a recorded reason. */
@ApplicationScoped
@Transactional
public class CampaignDeadlines {

    /** The margin proposed between a relayed deadline and the parent's. */
    static final Duration RELAY_MARGIN = Duration.ofDays(1);

    @Inject
    CampaignAccess access;

    @Inject
    CampaignRecipients recipients;

    @Inject
    UnitService units;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalClock clock;

    @Inject
    Messages messages;

    @Inject
    Event<DeadlineExtended> extended;

    @Inject
    AuditLog audit;

    /** The deadline proposed to a unit relaying a campaign: a margin before its own deadline. */
    public OffsetDateTime proposedRelayDeadline(Campaign parent, Unit relaying) {
        return relayLimit(parent, relaying).minus(RELAY_MARGIN);
    }

    /** A relay's deadline must come before this: the relaying unit's own deadline in the parent campaign. */
    public OffsetDateTime relayLimit(Campaign parent, Unit relaying) {
        return recipients.slotOf(parent, relaying).map(Submission::effectiveDeadline).orElse(parent.deadline);
    }

    /** The deadline, refused unless it lies ahead. */
    OffsetDateTime future(OffsetDateTime deadline) {
        if (!deadline.toInstant().isAfter(clock.now())) {
            throw PortalException.invalid(messages.get().deadlineInPast(format(deadline)));
        }
        return deadline;
    }

    /** Extends the deadline for everyone (unitCode null) or one unit, with a recorded reason. */
    public Campaign extend(long id, String unitCode, OffsetDateTime newDeadline, String reason) {
        CampaignMessages camp = camp();
        CampaignCheckMessages check = check();
        Campaign c = access.requireIssuerRights(id);
        if (c.status != CampaignStatus.PUBLISHED) {
            throw PortalException.conflict(messages.get().campaignNotPublished());
        }
        List<String> errors = new ArrayList<>();
        if (newDeadline == null) {
            errors.add(check.required(camp.newDeadline()));
        }
        if (blank(reason)) {
            errors.add(check.required(check.fieldReason()));
        }
        CampaignText.length(errors, reason, check.fieldReason(), 1000, check);
        if (!errors.isEmpty()) {
            throw PortalException.invalid(errors);
        }
        future(newDeadline);
        if (c.parent != null) {
            OffsetDateTime limit = relayLimit(c.parent, c.issuerUnit);
            if (!newDeadline.isBefore(limit)) {
                throw PortalException
                        .invalid(messages.get().deadlineAfterParent(format(limit), format(limit.minus(RELAY_MARGIN))));
            }
        }
        DeadlineExtension e = new DeadlineExtension();
        e.campaign = c;
        e.reason = reason.trim();
        e.newDeadline = newDeadline;
        e.createdBy = currentUser.username();
        e.createdAt = clock.nowOffset();
        if (blank(unitCode)) {
            notLater(newDeadline, c.deadline);
            e.oldDeadline = c.deadline;
            c.deadline = newDeadline;
            for (Submission s : recipients.slots(c)) {
                // a unit's own extension that the new deadline overtakes no longer holds it earlier
                if (s.deadlineOverride != null && s.deadlineOverride.isBefore(newDeadline)) {
                    s.deadlineOverride = null;
                }
                extended.fire(new DeadlineExtended(c, s.unit, e.reason));
            }
        } else {
            Unit unit = units.findByCode(unitCode.trim())
                    .orElseThrow(() -> PortalException.invalid(messages.get().notRecipient(unitCode)));
            Submission s = recipients.slotOf(c, unit)
                    .orElseThrow(() -> PortalException.invalid(messages.get().notRecipient(unitCode)));
            notLater(newDeadline, s.effectiveDeadline());
            e.unit = unit;
            e.oldDeadline = s.effectiveDeadline();
            s.deadlineOverride = newDeadline;
            extended.fire(new DeadlineExtended(c, unit, e.reason));
        }
        e.persist();
        audit.record(AuditAction.EXTEND, e.unit != null ? e.unit : c.issuerUnit, "campaign", c.id, reason,
                Map.of("deadline", e.oldDeadline), Map.of("deadline", newDeadline));
        return c;
    }

    private void notLater(OffsetDateTime proposed, OffsetDateTime current) {
        if (!proposed.isAfter(current)) {
            throw PortalException.invalid(check().extensionNotLater(format(proposed), format(current)));
        }
    }

    /** The recorded extensions of a campaign, oldest first. */
    public List<DeadlineExtension> extensions(Campaign c) {
        return DeadlineExtension.list(
                "from DeadlineExtension e left join fetch e.unit where e.campaign = ?1" + " order by e.createdAt, e.id",
                c);
    }

    private CampaignMessages camp() {
        return messages.bundle(CampaignMessages.class);
    }

    private CampaignCheckMessages check() {
        return messages.bundle(CampaignCheckMessages.class);
    }
}
