package vn.tonghop.campaign;

import static vn.tonghop.campaign.CampaignText.trimmed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.tonghop.audit.AuditAction;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.campaign.CampaignChecks.Checked;
import vn.tonghop.campaign.CampaignChecks.Step;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.template.TemplateLibrary;

/** A campaign's life at the issuer: drafted and edited, published to its recipients, closed, archived. */
@ApplicationScoped
@Transactional
public class CampaignLifecycle {

    @Inject
    CampaignAccess access;

    @Inject
    CampaignChecks checks;

    @Inject
    CampaignDeadlines deadlines;

    @Inject
    CampaignRecipients recipients;

    @Inject
    TemplateLibrary templates;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalClock clock;

    @Inject
    Messages messages;

    @Inject
    Event<CampaignPublished> published;

    @Inject
    AuditLog audit;

    public Campaign create(CampaignCommand command) {
        Checked checked = checks.check(command, Step.RECIPIENTS, null);
        Campaign c = new Campaign();
        c.status = CampaignStatus.DRAFT;
        c.createdBy = currentUser.username();
        apply(c, command, checked);
        CampaignRecipients.keep(c, command.recipients(), command.recipientUnitCodes());
        c.persist();
        templates.freeze(checked.template());
        checked.recipients().forEach(unit -> recipients.slot(c, unit));
        audit.campaign(AuditAction.CREATE, c);
        return c;
    }

    /** Replaces a draft's letter, regime and recipients; refused once published or when edited meanwhile. */
    public Campaign update(long id, CampaignCommand command) {
        Campaign c = access.requireIssuerRights(id);
        if (c.status != CampaignStatus.DRAFT) {
            throw PortalException.conflict(messages.get().campaignNotDraft());
        }
        if (command.version() == null) {
            throw PortalException.invalid(check().versionNeeded());
        }
        if (command.version() != c.version) {
            throw PortalException.conflict(messages.get().staleData());
        }
        // a second editor who read the same version is refused from here on, even if only recipients change
        Campaign.getEntityManager().lock(c, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Checked checked = checks.check(command, Step.RECIPIENTS, c);
        Map<String, Object> before = snapshot(c);
        apply(c, command, checked);
        CampaignRecipients.keep(c, command.recipients(), command.recipientUnitCodes());
        templates.freeze(c.template);
        recipients.reslot(c, recipients.slots(c), checked.recipients());
        Campaign.flush();
        audit.campaign(AuditAction.UPDATE, c, before, snapshot(c));
        return c;
    }

    /** What an edit of a draft may change, for the audit trail's before and after. */
    private Map<String, Object> snapshot(Campaign c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", c.title);
        out.put("letterNumber", c.letterNumber);
        out.put("subject", c.subject);
        out.put("periodLabel", c.periodLabel);
        out.put("deadline", c.deadline == null ? null : c.deadline.toString());
        out.put("latePolicy", c.latePolicy == null ? null : c.latePolicy.name());
        out.put("recipients", recipients.slots(c).stream().map(s -> s.unit.code).sorted().toList());
        return out;
    }

    private void apply(Campaign c, CampaignCommand command, Checked checked) {
        c.title = command.title().trim();
        c.subject = trimmed(command.subject());
        c.letterNumber = trimmed(command.letterNumber());
        c.letterDate = command.letterDate() != null ? command.letterDate() : clock.today();
        c.urgency = command.urgency() != null ? command.urgency() : Urgency.NORMAL;
        c.addressees = trimmed(command.addressees());
        c.distribution = trimmed(command.distribution());
        c.signerName = trimmed(command.signerName());
        c.signerTitle = trimmed(command.signerTitle());
        c.signerCapacity = trimmed(command.signerCapacity());
        c.respondsTo = trimmed(command.respondsTo());
        if (c.parent == null) {
            c.template = checked.template();
            c.issuerUnit = checked.issuer();
            c.reportType = checked.reportType();
            c.periodLabel = command.periodLabel().trim();
            c.periodStart = checked.period().start();
            c.periodEnd = checked.period().end();
            c.cutOff = command.cutOff();
            c.latePolicy = command.latePolicy() != null ? command.latePolicy() : LatePolicy.ACCEPT_LATE;
            c.lockAfterDays = c.latePolicy == LatePolicy.LOCK_AFTER_DAYS ? command.lockAfterDays() : null;
        }
        c.deadline = command.deadline();
        if (command.reminderDays() != null) {
            c.reminderDays = command.reminderDays();
        }
    }

    /** Draft to published: recipients get their inbox entry and their report slot opens. */
    public Campaign publish(long id) {
        Campaign c = access.requireIssuerRights(id);
        if (c.status != CampaignStatus.DRAFT) {
            throw PortalException.conflict(messages.get().campaignNotDraft());
        }
        deadlines.future(c.deadline);
        List<String> drafted = null;
        if (c.recipientMode != RecipientSelection.Mode.LIST) {
            // a rule ("all units of a kind") is drawn again from the unit tree as it stands at publishing
            List<Submission> draftSlots = recipients.slots(c);
            drafted = CampaignRecipients.unitCodes(draftSlots);
            CampaignRecipients.Choice choice = recipients.choice(c);
            recipients.reslot(c, draftSlots,
                    recipients.resolve(c.issuerUnit, c.referenceDay(), choice.selection(), choice.unitCodes()));
            Campaign.flush();
        }
        c.status = CampaignStatus.PUBLISHED;
        c.publishedAt = clock.nowOffset();
        List<Submission> slots = recipients.slots(c);
        for (Submission s : slots) {
            published.fire(new CampaignPublished(c, s.unit));
        }
        List<String> published = CampaignRecipients.unitCodes(slots);
        if (drafted != null && !drafted.equals(published)) {
            audit.campaign(AuditAction.PUBLISH, c, Map.of("recipients", drafted), Map.of("recipients", published));
        } else {
            audit.campaign(AuditAction.PUBLISH, c);
        }
        return c;
    }

    /** Published to closed: no unit can submit any more. */
    public Campaign close(long id) {
        return move(id, CampaignStatus.PUBLISHED, CampaignStatus.CLOSED, AuditAction.CLOSE, check().notClosable());
    }

    public Campaign archive(long id) {
        return move(id, CampaignStatus.CLOSED, CampaignStatus.ARCHIVED, AuditAction.ARCHIVE, check().notArchivable());
    }

    /** The issuer moves the campaign from one status to the next; from any other, the refusal. */
    private Campaign move(long id, CampaignStatus from, CampaignStatus to, AuditAction action, String refusal) {
        Campaign c = access.requireIssuerRights(id);
        if (c.status != from) {
            throw PortalException.conflict(refusal);
        }
        c.status = to;
        audit.campaign(action, c);
        return c;
    }

    private CampaignCheckMessages check() {
        return messages.bundle(CampaignCheckMessages.class);
    }
}
