package vn.tonghop.campaign;

import static vn.tonghop.campaign.CampaignView.local;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tonghop.campaign.CampaignView.ExtensionView;
import vn.tonghop.campaign.CampaignView.RecipientView;

/** Builds a campaign's view for the user reading it, inside the caller's transaction (it reads lazy associations). */
@ApplicationScoped
public class CampaignViews {

    @Inject
    CampaignAccess access;

    @Inject
    CampaignProgress progress;

    @Inject
    CampaignDeadlines deadlines;

    CampaignView of(Campaign c) {
        List<RecipientView> recipients = access.visibleSubmissions(c).stream().map(this::recipient).toList();
        List<ExtensionView> extensions = access.isIssuerSide(c)
                ? deadlines.extensions(c).stream().map(CampaignViews::extension).toList()
                : List.of();
        return new CampaignView(c.id, c.status.name(), c.title, c.template.code, c.template.version, c.issuerUnit.code,
                c.issuerUnit.name, c.letterNumber, c.letterDate, c.subject, c.urgency.name(), c.addressees,
                c.distribution, c.signerName, c.signerTitle, c.signerCapacity, c.respondsTo, c.reportType.name(),
                c.periodLabel, c.periodStart, c.periodEnd, c.cutOff, local(c.deadline), c.latePolicy.name(),
                c.lockAfterDays, c.reminderDays, c.parent == null ? null : c.parent.id,
                access.readableChildren(c).stream().map(k -> k.id).toList(), progress.progress(c), recipients,
                extensions, access.canManage(c), access.isIssuerSide(c), c.version, c.template.title);
    }

    private RecipientView recipient(Submission s) {
        return new RecipientView(s.unit.code, s.unit.name, progress.displayStatus(s), local(s.effectiveDeadline()),
                local(s.submittedAt), s.late);
    }

    private static ExtensionView extension(DeadlineExtension e) {
        return new ExtensionView(e.unit == null ? null : e.unit.code, e.unit == null ? null : e.unit.name,
                local(e.oldDeadline), local(e.newDeadline), e.reason, e.createdBy, local(e.createdAt));
    }
}
