package vn.tonghop.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.platform.i18n.AppMessages;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.AccessService;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.submission.Submission;
import vn.tonghop.submission.SubmissionStatus;
import vn.tonghop.template.TemplateLibrary;
import vn.tonghop.template.TemplateVersion;
import vn.tonghop.template.model.ReportType;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitService;
import vn.tonghop.unit.UnitView;
import vn.tonghop.user.Role;

/** Creating, publishing, relaying and extending report campaigns: the district office's journey. */
@ApplicationScoped
@Transactional
public class CampaignService {

    /** The margin proposed between a relayed deadline and the parent's. */
    static final java.time.Duration RELAY_MARGIN = java.time.Duration.ofDays(1);

    @Inject
    TemplateLibrary templates;

    @Inject
    UnitService units;

    @Inject
    AccessService access;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalClock clock;

    @Inject
    Messages messages;

    public Campaign create(CampaignCommand command) {
        AppMessages msg = messages.get();
        require(command.templateCode(), "templateCode");
        require(command.issuerUnitCode(), "issuerUnitCode");
        require(command.title(), "title");
        require(command.periodLabel(), "periodLabel");
        if (command.deadline() == null) {
            throw PortalException.invalid(msg.fieldRequired("deadline"));
        }
        TemplateVersion template = (command.templateVersion() == null ? templates.latest(command.templateCode())
                : templates.version(command.templateCode(), command.templateVersion()))
                        .orElseThrow(() -> PortalException.invalid(msg.templateNotFound(command.templateCode())));
        ReportingPeriod period = period(command.periodLabel(), command.periodStart(), command.periodEnd());

        Campaign c = new Campaign();
        c.template = template;
        c.issuerUnit = issuer(command.issuerUnitCode(), period.end());
        c.title = command.title().trim();
        c.subject = command.subject();
        c.letterNumber = command.letterNumber();
        c.letterDate = command.letterDate() != null ? command.letterDate() : clock.today();
        c.urgency = command.urgency() != null ? command.urgency() : Urgency.NORMAL;
        c.addressees = command.addressees();
        c.distribution = command.distribution();
        c.signerName = command.signerName();
        c.signerTitle = command.signerTitle();
        c.signerCapacity = command.signerCapacity();
        c.respondsTo = command.respondsTo();
        c.reportType = reportType(command.reportType(), template);
        c.periodLabel = command.periodLabel().trim();
        c.periodStart = period.start();
        c.periodEnd = period.end();
        c.cutOff = command.cutOff();
        c.deadline = future(command.deadline());
        c.latePolicy = command.latePolicy() != null ? command.latePolicy() : LatePolicy.ACCEPT_LATE;
        c.lockAfterDays = command.lockAfterDays();
        c.status = CampaignStatus.DRAFT;
        c.createdBy = currentUser.username();
        List<Unit> recipients = recipients(c.issuerUnit, c.referenceDay(), command.recipients(),
                command.recipientUnitCodes());
        c.persist();
        templates.freeze(template);
        recipients.forEach(unit -> slot(c, unit));
        return c;
    }

    /** Draft to published: recipients get their inbox entry and their report slot opens. */
    public Campaign publish(long id) {
        Campaign c = requireIssuerRights(id);
        if (c.status != CampaignStatus.DRAFT) {
            throw PortalException.conflict(messages.get().campaignNotDraft());
        }
        future(c.deadline);
        c.status = CampaignStatus.PUBLISHED;
        c.publishedAt = clock.nowOffset();
        for (Submission s : submissions(c)) {
            notify(c, s.unit, "PUBLISHED", c.title);
        }
        return c;
    }

    /** Relays a received campaign to the relaying unit's subordinates with an earlier deadline. */
    public Campaign relay(long parentId, RelayCommand command) {
        AppMessages msg = messages.get();
        Campaign parent = find(parentId);
        require(command.issuerUnitCode(), "issuerUnitCode");
        if (command.deadline() == null) {
            throw PortalException.invalid(msg.fieldRequired("deadline"));
        }
        if (parent.status != CampaignStatus.PUBLISHED) {
            throw PortalException.conflict(msg.campaignNotPublished());
        }
        Unit issuer = issuer(command.issuerUnitCode(), parent.referenceDay());
        Submission own = Submission.<Submission> find("campaign = ?1 and unit = ?2", parent, issuer)
                .firstResultOptional()
                .orElseThrow(() -> PortalException.invalid(msg.notRecipient(command.issuerUnitCode())));
        OffsetDateTime limit = own.effectiveDeadline();
        if (!command.deadline().isBefore(limit)) {
            throw PortalException.invalid(msg.deadlineAfterParent(format(limit), format(limit.minus(RELAY_MARGIN))));
        }
        Campaign c = new Campaign();
        c.parent = parent;
        c.template = parent.template;
        c.issuerUnit = issuer;
        c.title = parent.title;
        c.subject = command.subject() != null ? command.subject() : parent.subject;
        c.letterNumber = command.letterNumber();
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
        c.deadline = future(command.deadline());
        c.latePolicy = parent.latePolicy;
        c.lockAfterDays = parent.lockAfterDays;
        c.status = CampaignStatus.DRAFT;
        c.createdBy = currentUser.username();
        List<Unit> recipients = recipients(issuer, c.referenceDay(), command.recipients(),
                command.recipientUnitCodes());
        c.persist();
        recipients.forEach(unit -> slot(c, unit));
        return c;
    }

    /** Extends the deadline for everyone (unitCode null) or one unit, with a recorded reason. */
    public Campaign extend(long id, String unitCode, OffsetDateTime newDeadline, String reason) {
        Campaign c = requireIssuerRights(id);
        require(reason, "reason");
        future(newDeadline);
        DeadlineExtension e = new DeadlineExtension();
        e.campaign = c;
        e.reason = reason;
        e.newDeadline = newDeadline;
        e.createdBy = currentUser.username();
        if (unitCode == null || unitCode.isBlank()) {
            e.oldDeadline = c.deadline;
            c.deadline = newDeadline;
            submissions(c).forEach(s -> notify(c, s.unit, "EXTENDED", reason));
        } else {
            Unit unit = units.require(unitCode);
            Submission s = Submission.<Submission> find("campaign = ?1 and unit = ?2", c, unit).firstResultOptional()
                    .orElseThrow(() -> PortalException.invalid(messages.get().notRecipient(unitCode)));
            e.unit = unit;
            e.oldDeadline = s.effectiveDeadline();
            s.deadlineOverride = newDeadline;
            notify(c, unit, "EXTENDED", reason);
        }
        e.persist();
        return c;
    }

    public Campaign close(long id) {
        Campaign c = requireIssuerRights(id);
        c.status = CampaignStatus.CLOSED;
        return c;
    }

    public Campaign archive(long id) {
        Campaign c = requireIssuerRights(id);
        c.status = CampaignStatus.ARCHIVED;
        return c;
    }

    /** A campaign the user may read: issued in their reach, or addressed to one of their units. */
    public Campaign find(long id) {
        Campaign c = Campaign.<Campaign> findByIdOptional(id)
                .orElseThrow(() -> PortalException.notFound(messages.get().campaignNotFound(id)));
        LocalDate day = c.referenceDay();
        boolean issuerSide = access.has(c.issuerUnit, day, EnumSet.of(Role.ISSUER, Role.VIEWER, Role.ADMIN));
        if (!issuerSide && !isAddressedToMe(c)) {
            throw PortalException.notFound(messages.get().campaignNotFound(id));
        }
        return c;
    }

    public boolean canManage(Campaign c) {
        return access.has(c.issuerUnit, c.referenceDay(), EnumSet.of(Role.ISSUER));
    }

    private Campaign requireIssuerRights(long id) {
        Campaign c = find(id);
        if (!canManage(c)) {
            throw PortalException.forbidden(messages.get().forbidden());
        }
        return c;
    }

    private boolean isAddressedToMe(Campaign c) {
        // from the user's few memberships to the campaign's reports: the database's cached plan of the other way
        // round read every report of the tenant
        return currentUser.id().isPresent()
                && Submission.getEntityManager()
                        .createQuery("select count(m) from Membership m where m.user.id = :user"
                                + " and exists (from Submission s where s.campaign = :campaign and s.unit = m.unit)",
                                Long.class)
                        .setParameter("campaign", c).setParameter("user", currentUser.id().get()).getSingleResult() > 0;
    }

    public List<Submission> submissions(Campaign c) {
        return Submission.find("from Submission s join fetch s.unit where s.campaign = ?1 order by s.unit.code", c)
                .list();
    }

    public List<Campaign> children(Campaign c) {
        return Campaign.list("parent = ?1 order by id", c);
    }

    /** Campaigns issued from units in my issuer/viewer reach, newest first. */
    public List<Campaign> issuedInMyReach() {
        Long userId = currentUser.id().orElse(-1L);
        return Campaign.find(
                "from Campaign c join fetch c.issuerUnit where exists (from Membership m, UnitPlacement a,"
                        + " UnitPlacement p where m.user.id = :user and m.role in :roles and a.unit = m.unit"
                        + " and p.unit = c.issuerUnit and p.path like concat(a.path, '%')"
                        + " and a.validFrom <= c.periodEnd and (a.validTo is null or a.validTo >= c.periodEnd)"
                        + " and p.validFrom <= c.periodEnd and (p.validTo is null or p.validTo >= c.periodEnd))"
                        + " order by c.deadline desc",
                Parameters.with("user", userId).and("roles", EnumSet.of(Role.ISSUER, Role.VIEWER, Role.ADMIN))).list();
    }

    /** My units' report slots in published campaigns, nearest deadline first. */
    public List<Submission> inbox() {
        List<Long> myUnits = currentUser.memberships().stream().map(m -> m.unit.id).distinct().toList();
        if (myUnits.isEmpty()) {
            return List.of();
        }
        return Submission.find(
                "from Submission s join fetch s.campaign c join fetch s.unit join fetch c.issuerUnit"
                        + " where s.unit.id in ?1 and c.status = ?2 order by coalesce(s.deadlineOverride, c.deadline)",
                myUnits, CampaignStatus.PUBLISHED).list();
    }

    public Progress progress(Campaign c) {
        List<Submission> all = submissions(c);
        OffsetDateTime now = clock.nowOffset();
        int submitted = 0, late = 0, missing = 0;
        for (Submission s : all) {
            if (s.status == SubmissionStatus.SUBMITTED) {
                submitted++;
                if (s.late) {
                    late++;
                }
            } else if (now.isAfter(s.effectiveDeadline())) {
                missing++;
            }
        }
        return new Progress(all.size(), submitted, late, missing);
    }

    public record Progress(int expected, int submitted, int late, int missing) {
    }

    /** Status as the issuer reads it: not opened, draft, submitted, submitted late, returned, missing. */
    public String displayStatus(Submission s) {
        if (s.status == SubmissionStatus.SUBMITTED) {
            return s.late ? "SUBMITTED_LATE" : "SUBMITTED";
        }
        if (s.campaign.status != CampaignStatus.DRAFT && clock.nowOffset().isAfter(s.effectiveDeadline())) {
            return "MISSING";
        }
        return s.status.name();
    }

    private void slot(Campaign c, Unit unit) {
        Submission s = new Submission();
        s.campaign = c;
        s.unit = unit;
        s.status = SubmissionStatus.NOT_OPENED;
        s.persist();
    }

    private void notify(Campaign c, Unit unit, String kind, String text) {
        Notification n = new Notification();
        n.campaign = c;
        n.unit = unit;
        n.kind = kind;
        n.message = text.length() > 1000 ? text.substring(0, 1000) : text;
        n.persist();
    }

    private Unit issuer(String code, LocalDate day) {
        Unit unit = units.findByCode(code)
                .orElseThrow(() -> PortalException.invalid(messages.get().issuerNotAllowed(code)));
        if (!access.has(unit, day, EnumSet.of(Role.ISSUER))) {
            throw PortalException.forbidden(messages.get().issuerNotAllowed(code));
        }
        return unit;
    }

    /**
     * Resolves and checks recipients: each must exist, be valid during the period, and lie in the issuer's reach (below
     * a unit where the user is issuer), never the issuing unit itself.
     */
    private List<Unit> recipients(Unit issuer, LocalDate day, RecipientSelection selection, List<String> codes) {
        AppMessages msg = messages.get();
        Set<Unit> chosen = new LinkedHashSet<>();
        if (selection != null && selection.mode() != RecipientSelection.Mode.LIST) {
            List<UnitView> reach = units.subtree(issuer, units.effectiveDay(issuer, day));
            for (UnitView v : reach) {
                boolean pick = selection.mode() == RecipientSelection.Mode.DIRECT ? issuer.code.equals(v.parentCode())
                        : v.kind() == selection.kind() && v.id() != issuer.id;
                if (pick) {
                    chosen.add(Unit.findById(v.id()));
                }
            }
        }
        List<String> errors = new ArrayList<>();
        if (codes != null) {
            Map<String, Unit> found = Unit.<Unit> list("code in ?1", codes).stream()
                    .collect(Collectors.toMap(u -> u.code, Function.identity()));
            for (String code : new LinkedHashSet<>(codes)) {
                Unit unit = found.get(code);
                if (unit == null) {
                    errors.add(msg.recipientUnknown(code));
                } else if (!unit.isValidOn(day)) {
                    errors.add(msg.recipientNotValid(code));
                } else if (unit.id.equals(issuer.id) || !access.has(unit, day, EnumSet.of(Role.ISSUER))) {
                    errors.add(msg.recipientOutsideReach(code));
                } else {
                    chosen.add(unit);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw PortalException.invalid(errors);
        }
        if (chosen.isEmpty()) {
            throw PortalException.invalid(msg.recipientsEmpty());
        }
        return new ArrayList<>(chosen);
    }

    private ReportingPeriod period(String label, LocalDate start, LocalDate end) {
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                throw PortalException.invalid(messages.get().periodUnknown(label));
            }
            return new ReportingPeriod(start, end);
        }
        return ReportingPeriod.parse(label)
                .orElseThrow(() -> PortalException.invalid(messages.get().periodUnknown(label)));
    }

    private ReportType reportType(String value, TemplateVersion template) {
        if (value != null && !value.isBlank()) {
            for (ReportType type : ReportType.values()) {
                if (type.name().equalsIgnoreCase(value) || type.yamlName().equalsIgnoreCase(value)) {
                    return type;
                }
            }
        }
        return templates.outline(template).reportType();
    }

    private OffsetDateTime future(OffsetDateTime deadline) {
        if (!deadline.toInstant().isAfter(clock.now())) {
            throw PortalException.invalid(messages.get().deadlineInPast(format(deadline)));
        }
        return deadline;
    }

    private void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw PortalException.invalid(messages.get().fieldRequired(field));
        }
    }

    static String format(OffsetDateTime time) {
        return time.atZoneSameInstant(PortalClock.ZONE).format(PortalClock.DATE_TIME);
    }
}
