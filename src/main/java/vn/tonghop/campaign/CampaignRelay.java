package vn.tonghop.campaign;

import static vn.tonghop.campaign.CampaignText.blank;
import static vn.tonghop.campaign.CampaignText.format;
import static vn.tonghop.campaign.CampaignText.trimmed;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.audit.AuditAction;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.platform.i18n.AppMessages;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.template.OutlineExtension;
import vn.tonghop.template.TemplateErrorMessages;
import vn.tonghop.template.TemplateLibrary;
import vn.tonghop.template.TemplateVersion;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.unit.Unit;

/** Relaying a received campaign down the chain: a draft of the relaying unit's own, with an earlier deadline. */
@ApplicationScoped
@Transactional
public class CampaignRelay {

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
    AuditLog audit;

    /** Relays a received campaign to the relaying unit's subordinates with an earlier deadline. */
    public Campaign relay(long parentId, RelayCommand command) {
        AppMessages msg = messages.get();
        Campaign parent = access.find(parentId);
        require(command.issuerUnitCode(), check().fieldIssuer());
        if (command.deadline() == null) {
            throw PortalException.invalid(check().required(check().fieldDeadline()));
        }
        if (parent.status != CampaignStatus.PUBLISHED) {
            throw PortalException.conflict(msg.campaignNotPublished());
        }
        Unit issuer = checks.issuer(command.issuerUnitCode(), parent.referenceDay());
        Submission own = recipients.slotOf(parent, issuer)
                .orElseThrow(() -> PortalException.invalid(msg.notRecipient(command.issuerUnitCode())));
        Optional<Campaign> earlier = Campaign.<Campaign> find("parent = ?1 and issuerUnit = ?2", parent, issuer)
                .firstResultOptional();
        if (earlier.isPresent()) {
            throw PortalException.conflict(check().alreadyRelayed(issuer.code, earlier.get().id));
        }
        OffsetDateTime limit = own.effectiveDeadline();
        if (!command.deadline().isBefore(limit)) {
            throw PortalException.invalid(
                    msg.deadlineAfterParent(format(limit), format(limit.minus(CampaignDeadlines.RELAY_MARGIN))));
        }
        TemplateVersion outline = relayOutline(parent, command);
        Campaign c = new Campaign();
        c.parent = parent;
        c.template = outline;
        c.issuerUnit = issuer;
        c.title = parent.title;
        c.subject = command.subject() != null ? command.subject() : parent.subject;
        c.letterNumber = trimmed(command.letterNumber());
        c.letterDate = command.letterDate() != null ? command.letterDate() : clock.today();
        c.urgency = parent.urgency;
        c.signerName = command.signerName();
        c.signerTitle = command.signerTitle();
        c.respondsTo = parent.letterNumber;
        c.reportType = parent.reportType;
        c.periodLabel = parent.periodLabel;
        c.periodStart = parent.periodStart;
        c.periodEnd = parent.periodEnd;
        c.cutOff = parent.cutOff;
        c.deadline = deadlines.future(command.deadline());
        c.latePolicy = parent.latePolicy;
        c.lockAfterDays = parent.lockAfterDays;
        c.reminderDays = parent.reminderDays;
        c.status = CampaignStatus.DRAFT;
        c.createdBy = currentUser.username();
        List<Unit> chosen = recipients.resolve(issuer, c.referenceDay(), command.recipients(),
                command.recipientUnitCodes());
        CampaignRecipients.keep(c, command.recipients(), command.recipientUnitCodes());
        c.persist();
        templates.freeze(outline);
        chosen.forEach(unit -> recipients.slot(c, unit));
        audit.campaign(AuditAction.RELAY, c);
        return c;
    }

    /** The received outline, or one of my tenant's that extends it (adds sections or tables, drops nothing). */
    private TemplateVersion relayOutline(Campaign parent, RelayCommand command) {
        if (command.templateCode() == null || command.templateCode().isBlank()
                || (command.templateCode().equals(parent.template.code) && command.templateVersion() == null)) {
            return parent.template;
        }
        TemplateVersion chosen = (command.templateVersion() == null ? templates.latest(command.templateCode())
                : templates.version(command.templateCode(), command.templateVersion())).orElseThrow(
                        () -> PortalException.invalid(messages.get().templateNotFound(command.templateCode())));
        List<String> missing = OutlineExtension.missing(templates.outline(parent.template), templates.outline(chosen),
                messages.bundle(TemplateErrorMessages.class));
        if (!missing.isEmpty()) {
            throw PortalException.invalid(check().relayOutlineMustExtend(chosen.code, String.join("; ", missing)));
        }
        return chosen;
    }

    /** Outlines a unit may relay a campaign with: the received one and the library's that extend it. */
    public List<TemplateVersion> relayOutlines(Campaign parent) {
        OutlineTemplate received = templates.outline(parent.template);
        List<TemplateVersion> out = new ArrayList<>();
        out.add(parent.template);
        for (TemplateVersion v : templates.latestVersions()) {
            if (!v.id.equals(parent.template.id)
                    && OutlineExtension.missing(received, templates.outline(v)).isEmpty()) {
                out.add(v);
            }
        }
        return out;
    }

    private void require(String value, String field) {
        if (blank(value)) {
            throw PortalException.invalid(check().required(field));
        }
    }

    private CampaignCheckMessages check() {
        return messages.bundle(CampaignCheckMessages.class);
    }
}
