package vn.tonghop.rollup;

import static vn.tonghop.platform.time.PortalClock.local;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignAccess;
import vn.tonghop.platform.persistence.TenantNamedQuery;
import vn.tonghop.submission.IssuerOwnReport;
import vn.tonghop.submission.SubmissionApiResource;
import vn.tonghop.submission.SubmissionContent;
import vn.tonghop.submission.SubmissionIssue;
import vn.tonghop.submission.SubmissionService;
import vn.tonghop.submission.SubmissionValidator;
import vn.tonghop.submission.SubmissionView;
import vn.tonghop.template.TemplateLibrary;
import vn.tonghop.template.model.OutlineTemplate;

/**
 * The issuer's own row and texts of its consolidation, shown and saved as the issuer's submission to its own campaign
 * ({@code /api/campaigns/{id}/submissions/{issuerCode}}), with the validation of any submission.
 */
@ApplicationScoped
@Transactional
public class IssuerOwnReportService implements IssuerOwnReport {

    /** The status of a consolidation's own report: it is the issuer's working copy, never submitted by itself. */
    static final String STATUS = "DRAFT";

    @Inject
    RollupService rollups;

    @Inject
    ConsolidationService consolidation;

    @Inject
    CampaignAccess campaigns;

    @Inject
    SubmissionService submissions;

    @Inject
    TemplateLibrary templates;

    @Inject
    IssuerEarlierFigures earlierFigures;

    @Override
    public Optional<SubmissionView> view(long campaignId, String unitCode) {
        if (!isIssuer(campaignId, unitCode)) {
            return Optional.empty();
        }
        Campaign c = rollups.requireReadable(campaignId);
        return Optional.of(view(c, consolidation.find(campaignId)));
    }

    @Override
    public Optional<SubmissionApiResource.SaveResult> save(long campaignId, String unitCode, SubmissionContent content,
            Long expectedVersion) {
        if (!isIssuer(campaignId, unitCode)) {
            return Optional.empty();
        }
        Campaign c = rollups.requireReadable(campaignId);
        ConsolidatedReport r = consolidation.save(campaignId, content, null, expectedVersion);
        return Optional.of(new SubmissionApiResource.SaveResult(r.version, STATUS, issues(c, r.content())));
    }

    /**
     * The campaign's issuer's code alone: every save and read of a report asks first, and loading the campaign and its
     * issuer as entities took two queries on every commune's save. HQL naming its tenant, so translated once (native
     * SQL with a result class filled Hibernate's plan cache with entries it could never match again).
     */
    private static final String ISSUER_CODE = "select u.code from Campaign c join c.issuerUnit u"
            + " where c.id = :id and c.tenantId = :tenant and u.tenantId = :tenant";

    /** Whether the code is the campaign's issuer; the access check follows, as for any report. */
    private static boolean isIssuer(long campaignId, String unitCode) {
        List<String> found = TenantNamedQuery.run(Campaign.getSession(),
                tenant -> Campaign.getEntityManager().createQuery(ISSUER_CODE, String.class)
                        .setParameter("id", campaignId).setParameter("tenant", tenant).getResultList());
        return found.size() == 1 && found.get(0).equals(unitCode);
    }

    private SubmissionView view(Campaign c, ConsolidatedReport r) {
        OutlineTemplate outline = templates.outline(c.template);
        SubmissionContent content = earlierFigures.fill(c, outline, r.content());
        boolean canEdit = campaigns.canManage(c);
        return new SubmissionView(c.id, c.issuerUnit.code, c.issuerUnit.name, STATUS, STATUS, r.version,
                local(c.deadline), false, null, null, r.signerName, r.signerTitle, null, local(r.updatedAt),
                r.updatedBy, content.sections(), SubmissionView.tables(outline, content, scope(c)),
                content.explanations(), issues(c, content), canEdit, false, null);
    }

    /** The own-row forms of the consolidation page, with the earlier-period figures as they stand now. */
    List<OwnRowForms.OwnRow> ownRows(Campaign c, SubmissionContent stored) {
        OutlineTemplate outline = templates.outline(c.template);
        SubmissionContent content = earlierFigures.fill(c, outline, stored);
        return OwnRowForms.of(c, outline, content, issues(c, content));
    }

    /** The rules the issuer's own report breaks, as a submission's would be listed. */
    List<SubmissionIssue> issues(Campaign c, SubmissionContent content) {
        return submissions.validator().rules(templates.outline(c.template), content, scope(c));
    }

    private static SubmissionValidator.Scope scope(Campaign c) {
        return new SubmissionValidator.Scope(c.issuerUnit.code, Map.of(c.issuerUnit.code, c.issuerUnit.name));
    }
}
