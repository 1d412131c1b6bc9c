package vn.tonghop.rollup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.audit.AuditAction;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignAccess;
import vn.tonghop.campaign.CampaignStatus;
import vn.tonghop.campaign.Submission;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.rollup.RollupView.FixedRow;
import vn.tonghop.rollup.RollupView.Group;
import vn.tonghop.rollup.RollupView.NarrativeRollup;
import vn.tonghop.rollup.RollupView.TableRollup;
import vn.tonghop.rollup.RollupView.UnitRow;
import vn.tonghop.submission.SubmissionContent.RowContent;
import vn.tonghop.submission.SubmissionContent.TableContent;
import vn.tonghop.submission.SubmissionContent;
import vn.tonghop.submission.SubmissionDrafts;
import vn.tonghop.submission.SubmissionService;
import vn.tonghop.submission.SubmissionValidator;
import vn.tonghop.template.TemplateLibrary;
import vn.tonghop.template.model.OutlineTemplate;

/**
 * The issuer's side of a consolidation: its own rows and consolidated texts (the body of the consolidated report), and
 * sending the consolidation upward into its own report to the parent campaign.
 */
@ApplicationScoped
@Transactional
public class ConsolidationService {

    @Inject
    CampaignAccess campaigns;

    @Inject
    AuditLog audit;

    @Inject
    RollupService rollups;

    @Inject
    SubmissionService submissions;

    @Inject
    SubmissionDrafts drafts;

    @Inject
    TemplateLibrary templates;

    @Inject
    IssuerEarlierFigures earlierFigures;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalClock clock;

    @Inject
    Messages messages;

    /** The report's letter data an issuer edits with the consolidated texts. */
    public record Letter(String reportNumber, LocalDate reportDate, String signerName, String signerTitle,
            String signerCapacity, String distribution) {
    }

    /** The consolidated report of a campaign the user may read; an unsaved one when nobody has edited it yet. */
    public ConsolidatedReport find(long campaignId) {
        Campaign c = rollups.requireReadable(campaignId);
        return ConsolidatedReport.<ConsolidatedReport> find("campaign", c).firstResultOptional().orElseGet(() -> {
            ConsolidatedReport r = new ConsolidatedReport();
            r.campaign = c;
            return r;
        });
    }

    /** Saves the issuer's own rows, consolidated texts and letter data; refuses a save based on an older version. */
    public ConsolidatedReport save(long campaignId, SubmissionContent input, Letter letter, Long expectedVersion) {
        ConsolidatedReport r = find(campaignId);
        Campaign c = r.campaign;
        if (!campaigns.canManage(c)) {
            throw PortalException.forbidden(messages.get().forbidden());
        }
        if (c.status == CampaignStatus.ARCHIVED) {
            throw PortalException
                    .conflict(submissions.msg().campaignNotOpen(messages.get().statusName(c.status.name())));
        }
        long expected = expectedVersion == null ? 0 : expectedVersion;
        if (r.id != null && expected != r.version) {
            throw PortalException.conflict(submissions.msg().staleVersion(r.updatedBy == null ? "?" : r.updatedBy,
                    vn.tonghop.platform.i18n.Formats.vn(r.updatedAt)));
        }
        OutlineTemplate outline = templates.outline(c.template);
        SubmissionValidator.Scope scope = new SubmissionValidator.Scope(c.issuerUnit.code,
                Map.of(c.issuerUnit.code, c.issuerUnit.name));
        SubmissionValidator.Normalised n = submissions.validator().normalise(outline, input, scope);
        if (!n.isStorable()) {
            throw new PortalException(422, List.of(submissions.msg().cannotStore()), n.errors());
        }
        r.data = earlierFigures.fill(c, outline, r.content().merge(n.content())).toJson();
        if (letter != null) {
            // fields left out keep their value, like sections and tables
            r.reportNumber = letter.reportNumber() != null ? letter.reportNumber() : r.reportNumber;
            r.reportDate = letter.reportDate() != null ? letter.reportDate() : r.reportDate;
            r.signerName = letter.signerName() != null ? letter.signerName() : r.signerName;
            r.signerTitle = letter.signerTitle() != null ? letter.signerTitle() : r.signerTitle;
            r.signerCapacity = letter.signerCapacity() != null ? letter.signerCapacity() : r.signerCapacity;
            r.distribution = letter.distribution() != null ? letter.distribution() : r.distribution;
        }
        r.updatedAt = clock.nowOffset();
        r.updatedBy = currentUser.username();
        if (r.id == null) {
            r.persist();
        }
        ConsolidatedReport.getEntityManager().flush();
        audit.record(AuditAction.UPDATE, c.issuerUnit, "consolidated_report", r.id, c.title);
        return r;
    }

    /**
     * Fills a relaying unit's own report to the parent campaign from the consolidation of the campaign it relayed: its
     * own row and its subordinates' counted rows, fixed rows cell by cell, free rows, and the consolidated texts. The
     * unit then edits and submits as usual.
     */
    public SubmissionDrafts.Saved fillFromChildren(long parentId, String unitCode, Long expectedVersion) {
        Submission s = submissions.find(parentId, unitCode);
        Campaign child = Campaign
                .<Campaign> find("parent = ?1 and issuerUnit = ?2 and status <> ?3 order by id desc", s.campaign,
                        s.unit, CampaignStatus.DRAFT)
                .firstResultOptional().orElseThrow(() -> PortalException.invalid(msg().noRelay(unitCode)));
        RollupView rollup = rollups.rollup(child.id, RollupService.Options.DEFAULT);
        OutlineTemplate outline = submissions.outline(s);
        Map<String, String> sections = new LinkedHashMap<>();
        for (NarrativeRollup n : rollup.narratives()) {
            if (outline.section(n.sectionCode()).isPresent() && !n.consolidated().isBlank()) {
                sections.put(n.sectionCode(), n.official());
            }
        }
        Map<String, TableContent> tables = new LinkedHashMap<>();
        for (TableRollup t : rollup.tables()) {
            if (outline.table(t.code()).isEmpty()) {
                continue;
            }
            List<RowContent> rows = new ArrayList<>();
            if (t.rows() != null) {
                for (FixedRow r : t.rows()) {
                    if (!r.heading()) {
                        rows.add(new RowContent(r.key(), inputs(r.cells())));
                    }
                }
            } else {
                boolean free = "free".equals(t.rowModel());
                for (Group g : t.groups()) {
                    for (UnitRow r : allRows(g)) {
                        if (r.counted()) {
                            rows.add(new RowContent(free ? null : r.unitCode(), inputs(r.cells())));
                        }
                    }
                }
            }
            tables.put(t.code(), new TableContent(rows));
        }
        return drafts.save(parentId, unitCode, new SubmissionContent(sections, tables, null), expectedVersion);
    }

    /** Every unit row of a group (the rollup read here is never collapsed, so rows holds them all). */
    private static List<UnitRow> allRows(Group g) {
        return g.rows();
    }

    private static Map<String, Object> inputs(Map<String, Object> cells) {
        Map<String, Object> out = new LinkedHashMap<>();
        cells.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v instanceof LocalDate d ? d.toString() : v);
            }
        });
        return out;
    }

    RollupMessages msg() {
        return messages.bundle(RollupMessages.class);
    }
}
