package vn.tonghop.submission;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignAccess;
import vn.tonghop.campaign.CampaignStatus;
import vn.tonghop.campaign.LatePolicy;
import vn.tonghop.campaign.Submission;
import vn.tonghop.campaign.SubmissionStatus;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.persistence.TenantNamedQuery;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.template.FormulaEngine;
import vn.tonghop.template.TemplateLibrary;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitService;
import vn.tonghop.unit.UnitTreeRevision;
import vn.tonghop.unit.UnitView;
import vn.tonghop.user.AccessService;
import vn.tonghop.user.CurrentMemberships;
import vn.tonghop.user.Membership;
import vn.tonghop.user.Role;

/**
 * A unit's report as the portal finds it for a user: who may read, edit, submit or return it, why it is locked, whose
 * rows it holds, what still needs fixing, and its earlier versions and periods. Saving is {@link SubmissionDrafts};
 * submitting and returning, {@link SubmissionWorkflow}.
 */
@ApplicationScoped
@Transactional
public class SubmissionService {

    private static final Set<Role> WRITERS = EnumSet.of(Role.REPORTER, Role.APPROVER);
    private static final Set<Role> ISSUER_SIDE = EnumSet.of(Role.ISSUER, Role.VIEWER, Role.ADMIN);

    @Inject
    CampaignAccess campaigns;

    @Inject
    UnitService units;

    @Inject
    TemplateLibrary templates;

    @Inject
    AccessService access;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentMemberships currentMemberships;

    @Inject
    PortalClock clock;

    @Inject
    Messages messages;

    private final FormulaEngine engine = new FormulaEngine();

    public SubmissionMessages msg() {
        return messages.bundle(SubmissionMessages.class);
    }

    /** A unit's report that the user may read: their own unit's, or one below or addressed from their reach. */
    public Submission find(long campaignId, String unitCode) {
        return locate(campaignId, unitCode).submission();
    }

    /** A report found for a request, with the unit tree's revision when it was read alongside. */
    record Located(Submission submission, String treeRevision) {
    }

    /**
     * The report in one query with its campaign and unit when the user holds a role at the unit (the report staff's
     * own: every save and submit), which alone makes both readable (the campaign is addressed to one of their units,
     * the report is their unit's); any other case takes the checks one by one, with their refusals.
     */
    private Located locate(long campaignId, String unitCode) {
        List<Object[]> found = TenantNamedQuery.run(Submission.getSession(),
                tenant -> Submission.getEntityManager().createQuery(OWN_REPORT, Object[].class)
                        .setParameter("tenant", tenant).setParameter("campaign", campaignId)
                        .setParameter("code", unitCode).getResultList());
        if (!found.isEmpty()) {
            Object[] row = found.get(0);
            Submission s = (Submission) row[0];
            if (currentMemberships.grants().stream().anyMatch(g -> g.unitId() == s.unit.id)) {
                return new Located(s, UnitTreeRevision.of((Long) row[1], (Long) row[2]));
            }
        }
        Campaign campaign = campaigns.find(campaignId);
        Unit unit = units.findByCode(unitCode)
                .orElseThrow(() -> PortalException.notFound(messages.get().unitNotFound(unitCode)));
        Submission s = Submission.<Submission> find("campaign = ?1 and unit = ?2", campaign, unit).firstResultOptional()
                .orElseThrow(() -> PortalException.notFound(msg().notRecipient(unitCode)));
        if (!canRead(s)) {
            throw PortalException.notFound(messages.get().unitNotFound(unitCode));
        }
        return new Located(s, null);
    }

    /**
     * The report to save or submit: its campaign and unit are only read then, so the session keeps no copy of them to
     * compare at each flush.
     */
    Located locateToWrite(long campaignId, String unitCode) {
        Located found = locate(campaignId, unitCode);
        var session = Submission.getSession();
        session.setReadOnly(found.submission().campaign, true);
        session.setReadOnly(found.submission().unit, true);
        return found;
    }

    /**
     * HQL, not native SQL with an entity result: Hibernate keys the plan of such a native query by a mapping built anew
     * on every run, so that under load every save queued on one slot of its plan cache (the national benchmark's p99
     * went from 0.4 to 17 s). The tenant is named here, so that its translation is kept ({@link TenantNamedQuery}).
     */
    private static final String OWN_REPORT = "select s, r.revision, r.lastTx from Submission s join fetch s.campaign c"
            + " join fetch s.unit u left join UnitTreeRevision r on r.tenantId = s.tenantId"
            + " where s.tenantId = :tenant and c.tenantId = :tenant and u.tenantId = :tenant"
            + " and c.id = :campaign and u.code = :code";

    public boolean canRead(Submission s) {
        LocalDate day = s.campaign.referenceDay();
        return access.canSee(s.unit, day) || access.has(s.campaign.issuerUnit, day, ISSUER_SIDE);
    }

    /** May type into the report now: a reporter or approver of the unit, while the campaign takes reports. */
    public boolean canEdit(Submission s) {
        return isWriter(s) && whyLocked(s).isEmpty();
    }

    public boolean canSubmit(Submission s) {
        return canEdit(s) && isSigner(s);
    }

    public boolean canReturn(Submission s) {
        return s.status == SubmissionStatus.SUBMITTED && campaigns.canManage(s.campaign);
    }

    private boolean isWriter(Submission s) {
        return access.has(s.unit, s.campaign.referenceDay(), WRITERS);
    }

    /** The approver signs off; a unit without any approver lets its reporters submit. */
    boolean isSigner(Submission s) {
        LocalDate day = s.campaign.referenceDay();
        if (access.has(s.unit, day, EnumSet.of(Role.APPROVER))) {
            return true;
        }
        return access.has(s.unit, day, EnumSet.of(Role.REPORTER)) && Membership.getEntityManager()
                .createQuery("select count(m) from Membership m where m.unit = :unit and m.role = :role", Long.class)
                .setParameter("unit", s.unit).setParameter("role", Role.APPROVER).getSingleResult() == 0;
    }

    /** Why the report cannot be changed now, if it cannot. */
    public Optional<String> whyLocked(Submission s) {
        Campaign c = s.campaign;
        if (c.status != CampaignStatus.PUBLISHED) {
            return Optional.of(msg().campaignNotOpen(messages.get().statusName(c.status.name())));
        }
        if (s.status == SubmissionStatus.SUBMITTED) {
            return Optional.of(msg().alreadySubmitted());
        }
        OffsetDateTime deadline = s.effectiveDeadline();
        OffsetDateTime now = clock.nowOffset();
        boolean locked = switch (c.latePolicy == null ? LatePolicy.ACCEPT_LATE : c.latePolicy) {
            case ACCEPT_LATE -> false;
            case LOCK_AT_DEADLINE -> now.isAfter(deadline);
            case LOCK_AFTER_DAYS -> now.isAfter(deadline.plusDays(c.lockAfterDays == null ? 0 : c.lockAfterDays));
        };
        return locked ? Optional.of(msg().locked(vn.tonghop.platform.i18n.Formats.vn(deadline))) : Optional.empty();
    }

    void requireEditable(Submission s) {
        if (!isWriter(s)) {
            throw PortalException.forbidden(messages.get().forbidden());
        }
        whyLocked(s).ifPresent(reason -> {
            throw PortalException.conflict(reason);
        });
    }

    public OutlineTemplate outline(Submission s) {
        return templates.outline(s.campaign.template);
    }

    /** Whose rows the unit may fill in {@code units} tables: its own, and its subordinates' when it consolidates. */
    public SubmissionValidator.Scope scope(Submission s) {
        return scope(s, null);
    }

    /** The scope from the kept unit tree when the caller has read the tree's revision, else from a query. */
    SubmissionValidator.Scope scope(Submission s, String treeRevision) {
        LocalDate day = units.effectiveDay(s.unit, s.campaign.referenceDay());
        Map<String, String> names = new LinkedHashMap<>();
        List<UnitView> subtree = treeRevision == null ? units.subtree(s.unit, day)
                : units.subtreeCached(s.unit, day, treeRevision);
        for (UnitView v : subtree) {
            names.put(v.code(), v.name());
        }
        names.putIfAbsent(s.unit.code, s.unit.name);
        return new SubmissionValidator.Scope(s.unit.code, names);
    }

    public SubmissionValidator validator() {
        return new SubmissionValidator(engine, msg());
    }

    /** What still needs fixing or explaining in the stored report. */
    public List<SubmissionIssue> issues(Submission s) {
        return validator().rules(outline(s), SubmissionContent.of(s), scope(s));
    }

    /** A person as messages name them: their display name with their login, or the login alone. */
    public String who(String username) {
        if (username == null) {
            return "?";
        }
        return vn.tonghop.user.AppUser.findByUsername(username).map(u -> u.displayName)
                .filter(n -> n != null && !n.isBlank() && !n.equals(username)).map(n -> n + " (" + username + ")")
                .orElse(username);
    }

    public List<SubmissionVersion> versions(long campaignId, String unitCode) {
        Submission s = find(campaignId, unitCode);
        return SubmissionVersion.list("submission = ?1 order by number", s);
    }

    public SubmissionVersion version(long campaignId, String unitCode, int number) {
        Submission s = find(campaignId, unitCode);
        return SubmissionVersion.<SubmissionVersion> find("submission = ?1 and number = ?2", s, number)
                .firstResultOptional().orElseThrow(() -> PortalException.notFound(msg().versionNotFound(number)));
    }

    /** The unit's latest report with content in an earlier period of a template with the same code. */
    public Optional<Submission> previousPeriod(Submission s) {
        return Submission
                .<Submission> find(
                        "from Submission p join fetch p.campaign c where p.unit = ?1 and c.template.code = ?2"
                                + " and c.periodEnd < ?3 and p.status <> ?4 order by c.periodEnd desc, p.id desc",
                        s.unit, s.campaign.template.code, s.campaign.periodStart, SubmissionStatus.NOT_OPENED)
                .firstResultOptional();
    }

    /** The signer's title to suggest: this report's, else the one the unit used when it last submitted a report. */
    public Optional<String> lastSignerTitle(Submission s) {
        if (s.signerTitle != null && !s.signerTitle.isBlank()) {
            return Optional.of(s.signerTitle);
        }
        return Submission.<Submission> find("unit = ?1 and signerTitle is not null and submittedAt is not null"
                + " order by submittedAt desc, id desc", s.unit).firstResultOptional().map(p -> p.signerTitle);
    }

    /** Marks the report as opened the first time one of the unit's staff looks at it. */
    public void markOpened(Submission s) {
        if (s.openedAt == null && isWriter(s)) {
            // a bulk update leaves the optimistic version alone: opening the form is not an edit, and must not make
            // the version the page was just given (or a colleague's open page) stale
            Submission.update("openedAt = ?1, openedBy = ?2 where id = ?3 and openedAt is null", clock.nowOffset(),
                    currentUser.username(), s.id);
        }
    }
}
