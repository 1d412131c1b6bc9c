package vn.tonghop.submission;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hibernate.query.QueryFlushMode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignAccess;
import vn.tonghop.campaign.CampaignStatus;
import vn.tonghop.campaign.LatePolicy;
import vn.tonghop.audit.AuditAction;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.notification.NotificationService;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.AccessService;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.submission.SubmissionContent.RowContent;
import vn.tonghop.submission.SubmissionContent.TableContent;
import vn.tonghop.template.FormulaEngine;
import vn.tonghop.template.TemplateLibrary;
import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.TableDef;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitTreeRevision;
import vn.tonghop.unit.UnitService;
import vn.tonghop.unit.UnitView;
import vn.tonghop.user.Membership;
import vn.tonghop.user.Role;

/** Commune staff's journey: fill a report, save drafts, submit before the deadline; the issuer returns it if needed. */
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
    PortalClock clock;

    @Inject
    Messages messages;

    @Inject
    NotificationService notifications;

    @Inject
    AuditLog audit;

    @Inject
    EarlierPeriodFill earlier;

    private final FormulaEngine engine = new FormulaEngine();

    /**
     * The result of a save: the new version and what still needs fixing or explaining; {@code refused}, of a save from
     * the form, the values that could not be stored (kept as typed in the browser, the rest saved).
     */
    public record Saved(Submission submission, List<SubmissionIssue> issues, List<SubmissionIssue> refused) {
        public Saved(Submission submission, List<SubmissionIssue> issues) {
            this(submission, issues, List.of());
        }

        /** Everything to list beside the form: the values not stored first, then the rules on what was. */
        public List<SubmissionIssue> shown() {
            if (refused.isEmpty()) {
                return issues;
            }
            Set<String> named = new java.util.HashSet<>();
            refused.forEach(r -> named.add(r.table() + "/" + r.row() + "/" + r.column()));
            List<SubmissionIssue> out = new ArrayList<>(refused);
            issues.stream().filter(i -> !named.contains(i.table() + "/" + i.row() + "/" + i.column()))
                    .forEach(out::add);
            return out;
        }
    }

    public SubmissionMessages msg() {
        return messages.bundle(SubmissionMessages.class);
    }

    /** A unit's report that the user may read: their own unit's, or one below or addressed from their reach. */
    public Submission find(long campaignId, String unitCode) {
        return locate(campaignId, unitCode).submission();
    }

    /** A report found for a request, with the unit tree's revision when it was read alongside. */
    private record Located(Submission submission, String treeRevision) {
    }

    /**
     * The report in one query with its campaign and unit when the user holds a role at the unit (the report staff's
     * own: every save and submit), which alone makes both readable (the campaign is addressed to one of their units,
     * the report is their unit's); any other case takes the checks one by one, with their refusals.
     */
    private Located locate(long campaignId, String unitCode) {
        List<Object[]> found = Submission.getEntityManager().createQuery(OWN_REPORT, Object[].class)
                .setParameter("campaign", campaignId).setParameter("code", unitCode).getResultList();
        if (!found.isEmpty()) {
            Object[] row = found.get(0);
            Submission s = (Submission) row[0];
            if (currentUser.grants().stream().anyMatch(g -> g.unitId() == s.unit.id)) {
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
    private Located locateToWrite(long campaignId, String unitCode) {
        Located found = locate(campaignId, unitCode);
        var session = Submission.getSession();
        session.setReadOnly(found.submission().campaign, true);
        session.setReadOnly(found.submission().unit, true);
        return found;
    }

    /**
     * HQL, not native SQL with an entity result: Hibernate keys the plan of such a native query by a mapping built anew
     * on every run, so that under load every save queued on one slot of its plan cache (the national benchmark's p99
     * went from 0.4 to 17 s).
     */
    private static final String OWN_REPORT = "select s, r.revision, r.lastTx from Submission s join fetch s.campaign"
            + " join fetch s.unit u left join UnitTreeRevision r on r.tenantId = s.tenantId"
            + " where s.campaign.id = :campaign and u.code = :code";

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
    private boolean isSigner(Submission s) {
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

    private void requireEditable(Submission s) {
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
    private SubmissionValidator.Scope scope(Submission s, String treeRevision) {
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
        return validator().rules(outline(s), s.content(), scope(s));
    }

    /**
     * Saves a draft. {@code expectedVersion} is the version the writer started from: a report saved by someone else in
     * the meantime is refused (409) unless this save changes nothing, so that a retried request is harmless.
     */
    public Saved save(long campaignId, String unitCode, SubmissionContent input, Long expectedVersion) {
        return save(campaignId, unitCode, input, expectedVersion, false);
    }

    /**
     * Saves a draft from the form: a value that cannot be stored (text in a number cell) keeps the cell's stored value
     * and is returned in {@link Saved#refused}, and everything else is saved, so one bad cell never holds back the
     * rest. The API saves all or nothing (its contract: 422 listing those cells).
     */
    public Saved saveReadable(long campaignId, String unitCode, SubmissionContent input, Long expectedVersion) {
        return save(campaignId, unitCode, input, expectedVersion, true);
    }

    private Saved save(long campaignId, String unitCode, SubmissionContent input, Long expectedVersion,
            boolean keepRest) {
        Located found = locateToWrite(campaignId, unitCode);
        Submission s = found.submission();
        requireEditable(s);
        SubmissionValidator.Scope scope = scope(s, found.treeRevision());
        SubmissionValidator.Normalised normalised = validator().normalise(outline(s), input, scope);
        SubmissionContent current = s.content();
        SubmissionContent readable = normalised.content();
        if (!normalised.isStorable()) {
            if (!keepRest) {
                throw new PortalException(422, List.of(msg().cannotStore()), normalised.errors());
            }
            readable = SubmissionContent.keepStored(readable, current, normalised.errors());
        }
        List<SubmissionIssue> refused = normalised.errors();
        SubmissionContent merged = earlier.fill(s, outline(s), current.merge(readable), scope);
        long expected = expectedVersion == null ? 0 : expectedVersion;
        if (expected != s.version) {
            if (merged.sameAs(current)) {
                return new Saved(s, validator().rules(outline(s), current, scope), refused);
            }
            throw PortalException
                    .conflict(msg().staleVersion(who(s.updatedBy), vn.tonghop.platform.i18n.Formats.vn(s.updatedAt)));
        }
        if (!merged.sameAs(current) || s.status == SubmissionStatus.NOT_OPENED) {
            s.data = merged.toJson();
            if (s.status == SubmissionStatus.NOT_OPENED) {
                s.status = SubmissionStatus.DRAFT;
            }
            s.updatedAt = clock.nowOffset();
            s.updatedBy = currentUser.username();
            Submission.getEntityManager().flush();
            audit.values(s, current, merged);
        }
        return new Saved(s, validator().rules(outline(s), merged, scope), refused);
    }

    /**
     * The version an upload from the page saves at: the stored one when the user was the last to save the report (their
     * own autosave since the page read {@code read} is no conflict), else {@code read}, to be refused if stale.
     */
    public Long versionForOwnUpload(long campaignId, String unitCode, Long read) {
        Submission s = find(campaignId, unitCode);
        if (read != null && read != s.version && currentUser.username().equals(s.updatedBy)) {
            return s.version;
        }
        return read;
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

    /** Submits the stored report, with explanations for its warnings; errors and unexplained warnings refuse it. */
    public Submission submit(long campaignId, String unitCode, String signerName, String signerTitle,
            Map<String, String> explanations) {
        Located found = locateToWrite(campaignId, unitCode);
        Submission s = found.submission();
        requireEditable(s);
        if (!isSigner(s)) {
            throw PortalException.forbidden(msg().approverOnly());
        }
        if (signerName == null || signerName.isBlank()) {
            throw PortalException.invalid(msg().signerRequired());
        }
        SubmissionContent content = s.content();
        boolean explained = explanations != null && !explanations.isEmpty();
        if (explained) {
            content = content.merge(new SubmissionContent(null, null, explanations));
        }
        SubmissionValidator.Scope scope = scope(s, found.treeRevision());
        SubmissionContent filled = earlier.fill(s, outline(s), content, scope);
        boolean changed = explained || !filled.sameAs(content);
        content = filled;
        List<SubmissionIssue> blocking = new ArrayList<>();
        for (SubmissionIssue issue : validator().rules(outline(s), content, scope)) {
            if (issue.isError()) {
                blocking.add(issue);
            } else if (content.explanations().getOrDefault(issue.code(), "").isBlank()) {
                blocking.add(new SubmissionIssue(issue.table(), issue.row(), issue.column(),
                        msg().explanationNeeded(issue.message()), issue.severity(), issue.code()));
            }
        }
        if (!blocking.isEmpty()) {
            throw new PortalException(422, List.of(msg().cannotSubmit()), blocking);
        }
        OffsetDateTime now = clock.nowOffset();
        if (changed) {
            s.data = content.toJson();
        }
        s.status = SubmissionStatus.SUBMITTED;
        s.submittedAt = now;
        s.submittedBy = currentUser.username();
        s.late = now.isAfter(s.effectiveDeadline());
        s.signerName = signerName.trim();
        s.signerTitle = signerTitle == null ? null : signerTitle.trim();
        s.returnComment = null;
        s.updatedAt = now;
        s.updatedBy = currentUser.username();
        keepVersion(s, null);
        Submission.getEntityManager().flush();
        audit.submission(AuditAction.SUBMIT, s, null);
        return s;
    }

    /** The issuer sends a submitted report back for revision; the unit edits it and submits again. */
    public Submission returnForRevision(long campaignId, String unitCode, String comment) {
        Submission s = find(campaignId, unitCode);
        if (!campaigns.canManage(s.campaign)) {
            throw PortalException.forbidden(messages.get().forbidden());
        }
        if (s.status != SubmissionStatus.SUBMITTED) {
            throw PortalException.conflict(msg().notSubmitted());
        }
        if (comment == null || comment.isBlank()) {
            throw PortalException.invalid(msg().returnCommentRequired());
        }
        s.status = SubmissionStatus.RETURNED;
        s.returnComment = comment.trim();
        s.updatedAt = clock.nowOffset();
        s.updatedBy = currentUser.username();
        keepVersion(s, s.returnComment);
        notifications.reportReturned(s);
        audit.submission(AuditAction.RETURN, s, s.returnComment);
        Submission.getEntityManager().flush();
        return s;
    }

    /**
     * Keeps the report as it stands as its next version, numbered in the same statement: one plain insert, where an
     * entity would take a query for the number and have the database send the whole row back.
     */
    private void keepVersion(Submission s, String note) {
        var session = SubmissionVersion.getSession();
        String tenant = String.valueOf(session.getTenantIdentifierValue());
        // no flush before it: the statement reads only earlier versions, which are never pending in the session
        session.createNativeQuery(KEEP_VERSION).addSynchronizedEntityClass(SubmissionVersion.class)
                .setQueryFlushMode(QueryFlushMode.NO_FLUSH).setParameter(1, tenant).setParameter(2, s.id)
                .setParameter(3, s.status.name()).setParameter(4, s.data).setParameter(5, note, String.class)
                .setParameter(6, s.signerName, String.class).setParameter(7, s.signerTitle, String.class)
                .setParameter(8, s.late).setParameter(9, s.submittedAt, OffsetDateTime.class)
                .setParameter(10, currentUser.username(), String.class).setParameter(11, s.id).setParameter(12, tenant)
                .executeUpdate();
    }

    private static final String KEEP_VERSION = "insert into submission_version (tenant_id, submission_id, number,"
            + " status, data, note, signer_name, signer_title, late, submitted_at, created_by)"
            + " select ?, ?, coalesce(max(number), 0) + 1, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?"
            + " from submission_version where submission_id = ? and tenant_id = ?";

    public List<SubmissionVersion> versions(long campaignId, String unitCode) {
        Submission s = find(campaignId, unitCode);
        return SubmissionVersion.list("submission = ?1 order by number", s);
    }

    public SubmissionVersion version(long campaignId, String unitCode, int number) {
        Submission s = find(campaignId, unitCode);
        return SubmissionVersion.<SubmissionVersion> find("submission = ?1 and number = ?2", s, number)
                .firstResultOptional().orElseThrow(() -> PortalException.notFound(msg().versionNotFound(number)));
    }

    /**
     * Starts the draft from the unit's report of the previous period of the same template: its narratives and the cells
     * whose tables and columns still exist.
     */
    public Saved copyForward(long campaignId, String unitCode, Long expectedVersion) {
        Submission s = find(campaignId, unitCode);
        requireEditable(s);
        Submission previous = previousPeriod(s).orElseThrow(() -> PortalException.invalid(msg().noPreviousPeriod()));
        OutlineTemplate outline = outline(s);
        SubmissionContent old = previous.content();
        Map<String, String> sections = new LinkedHashMap<>();
        old.sections()
                .forEach((code, text) -> outline.section(code)
                        .filter(sec -> sec.kind() == vn.tonghop.template.model.SectionKind.TEXT)
                        .ifPresent(sec -> sections.put(code, text)));
        Map<String, TableContent> tables = new LinkedHashMap<>();
        SubmissionValidator.Scope scope = scope(s);
        old.tables().forEach((code, table) -> outline.table(code).ifPresent(def -> {
            List<RowContent> rows = new ArrayList<>();
            for (RowContent row : table.rows()) {
                if (def.rowModel() == vn.tonghop.template.model.RowModel.UNITS && !scope.allows(row.key())) {
                    continue;
                }
                rows.add(new RowContent(row.key(), keepKnownColumns(def, row.cells())));
            }
            tables.put(code, new TableContent(rows));
        }));
        SubmissionValidator.Normalised n = validator().normalise(outline, new SubmissionContent(sections, tables, null),
                scope);
        if (!n.isStorable()) {
            throw new PortalException(422, List.of(msg().cannotStore()), n.errors());
        }
        return save(campaignId, unitCode, n.content(), expectedVersion);
    }

    private static Map<String, Object> keepKnownColumns(TableDef def, Map<String, Object> cells) {
        Map<String, Object> out = new LinkedHashMap<>();
        cells.forEach((k, v) -> def.column(k).filter(Column::isTyped).ifPresent(c -> out.put(k, v)));
        return out;
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
