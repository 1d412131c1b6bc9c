package vn.tonghop.campaign;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.tonghop.audit.AuditAction;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.notification.NotificationKind;
import vn.tonghop.notification.NotificationService;
import vn.tonghop.platform.i18n.AppMessages;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.AccessService;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.submission.Submission;
import vn.tonghop.submission.SubmissionStatus;
import vn.tonghop.template.OutlineExtension;
import vn.tonghop.template.TemplateLibrary;
import vn.tonghop.template.TemplateVersion;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.ReportType;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitService;
import vn.tonghop.user.Role;

/** Creating, editing, publishing, relaying and extending report campaigns: the district office's journey. */
@ApplicationScoped
@Transactional
public class CampaignService {

    /** The margin proposed between a relayed deadline and the parent's. */
    static final Duration RELAY_MARGIN = Duration.ofDays(1);

    /** How a signing capacity starts (Decree 30/2020): on behalf of, deputy, acting, by order, by authorisation. */
    private static final List<String> CAPACITIES = List.of("TM.", "KT.", "Q.", "TL.", "TUQ.");

    /** The editor's steps that check input, in order. */
    public enum Step {
        TEMPLATE, LETTER, PERIOD, RECIPIENTS
    }

    /** A refusal of one editor step, with every message of that step. */
    public static class StepRefused extends PortalException {

        private final Step step;

        StepRefused(Step step, int status, List<String> messages) {
            super(status, messages);
            this.step = step;
        }

        public Step step() {
            return step;
        }
    }

    /** What a command resolved to, as far as it was checked (the later parts null). */
    public record Checked(TemplateVersion template, Unit issuer, ReportType reportType, ReportingPeriod period,
            LocalDate referenceDay, List<Unit> recipients) {
    }

    @Inject
    TemplateLibrary templates;

    @Inject
    CampaignRecipients recipients;

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

    @Inject
    NotificationService notifications;

    @Inject
    AuditLog audit;

    public Campaign create(CampaignCommand command) {
        Checked checked = check(command, Step.RECIPIENTS, null);
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
        Campaign c = requireIssuerRights(id);
        if (c.status != CampaignStatus.DRAFT) {
            throw PortalException.conflict(messages.get().campaignNotDraft());
        }
        if (command.version() == null) {
            throw PortalException.invalid(camp().versionNeeded());
        }
        if (command.version() != c.version) {
            throw PortalException.conflict(messages.get().staleData());
        }
        // a second editor who read the same version is refused from here on, even if only recipients change
        Campaign.getEntityManager().lock(c, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Checked checked = check(command, Step.RECIPIENTS, c);
        Map<String, Object> before = snapshot(c);
        apply(c, command, checked);
        CampaignRecipients.keep(c, command.recipients(), command.recipientUnitCodes());
        templates.freeze(c.template);
        recipients.reslot(c, submissions(c), checked.recipients());
        Campaign.flush();
        audit.campaign(AuditAction.UPDATE, c, before, snapshot(c));
        return c;
    }

    /** What an edit of a draft may change, for the audit trail's before and after. */
    private Map<String, Object> snapshot(Campaign c) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("title", c.title);
        out.put("letterNumber", c.letterNumber);
        out.put("subject", c.subject);
        out.put("periodLabel", c.periodLabel);
        out.put("deadline", c.deadline == null ? null : c.deadline.toString());
        out.put("latePolicy", c.latePolicy == null ? null : c.latePolicy.name());
        out.put("recipients", submissions(c).stream().map(s -> s.unit.code).sorted().toList());
        return out;
    }

    /**
     * Checks a command through one step of the editor (and the steps before it) without saving anything; for a relayed
     * draft ({@code existing} with a parent) the template, issuer and period are the parent's and not checked.
     *
     * @throws StepRefused
     *             naming the first refused step
     */
    // Only reads: a refusal must not doom the caller's transaction (the editor draws the refused step afterwards).
    @Transactional(dontRollbackOn = PortalException.class)
    public Checked check(CampaignCommand command, Step upTo, Campaign existing) {
        CampaignMessages camp = camp();
        AppMessages msg = messages.get();
        Campaign parent = existing == null ? null : existing.parent;

        TemplateVersion template = null;
        Unit issuer = null;
        if (parent != null) {
            template = existing.template;
            issuer = existing.issuerUnit;
        } else {
            List<String> errors = new ArrayList<>();
            if (blank(command.templateCode())) {
                errors.add(camp.required(camp.fieldTemplate()));
            } else {
                template = template(command, existing).orElse(null);
                if (template == null) {
                    errors.add(msg.templateNotFound(command.templateCode()));
                }
            }
            if (blank(command.issuerUnitCode())) {
                errors.add(camp.required(camp.fieldIssuer()));
            } else {
                try {
                    issuer = issuer(command.issuerUnitCode().trim(), dayOf(command));
                } catch (PortalException e) {
                    throw new StepRefused(Step.TEMPLATE, e.status(), e.messages());
                }
            }
            refuse(Step.TEMPLATE, errors);
        }
        if (upTo == Step.TEMPLATE) {
            return new Checked(template, issuer, null, null, null, null);
        }

        List<String> errors = new ArrayList<>();
        if (blank(command.title())) {
            errors.add(camp.required(camp.fieldTitle()));
        }
        length(errors, command.title(), camp.fieldTitle(), 500);
        length(errors, command.subject(), camp.fieldSubject(), 1000);
        length(errors, command.letterNumber(), camp.fieldLetterNumber(), 100);
        length(errors, command.signerName(), camp.signerName(), 255);
        length(errors, command.signerTitle(), camp.signerTitle(), 255);
        length(errors, command.signerCapacity(), camp.signerCapacity(), 255);
        length(errors, command.respondsTo(), camp.respondsTo(), 500);
        if (!blank(command.signerCapacity())
                && CAPACITIES.stream().noneMatch(p -> command.signerCapacity().trim().toUpperCase().startsWith(p))) {
            errors.add(camp.capacityUnknown());
        }
        refuse(Step.LETTER, errors);
        if (upTo == Step.LETTER) {
            return new Checked(template, issuer, null, null, null, null);
        }

        ReportType reportType;
        ReportingPeriod period = null;
        LocalDate referenceDay = null;
        if (parent != null) {
            reportType = parent.reportType;
            period = new ReportingPeriod(parent.periodStart, parent.periodEnd);
            referenceDay = parent.referenceDay();
        } else {
            reportType = reportType(command.reportType(), template);
            if (blank(command.periodLabel())) {
                errors.add(camp.required(camp.fieldPeriod()));
            } else if ((command.periodStart() == null) != (command.periodEnd() == null)) {
                errors.add(camp.periodBothDates());
            } else {
                try {
                    period = period(command.periodLabel(), command.periodStart(), command.periodEnd());
                } catch (PortalException e) {
                    errors.addAll(e.messages());
                }
            }
            length(errors, command.periodLabel(), camp.fieldPeriod(), 100);
            if (period != null) {
                referenceDay = command.cutOff() != null ? command.cutOff() : period.end();
                if (command.cutOff() != null && command.cutOff().isBefore(period.start())) {
                    errors.add(camp.cutOffBeforeStart(command.cutOff().format(PortalClock.DATE),
                            period.start().format(PortalClock.DATE)));
                }
            }
            if (command.latePolicy() == LatePolicy.LOCK_AFTER_DAYS
                    && (command.lockAfterDays() == null || command.lockAfterDays() < 1)) {
                errors.add(camp.lockDaysNeeded());
            }
        }
        if (command.reminderDays() != null && (command.reminderDays() < 0 || command.reminderDays() > 60)) {
            errors.add(camp.reminderRange());
        }
        if (command.deadline() == null) {
            errors.add(camp.required(camp.fieldDeadline()));
        } else if (!command.deadline().toInstant().isAfter(clock.now())) {
            errors.add(msg.deadlineInPast(format(command.deadline())));
        } else if (parent != null) {
            OffsetDateTime limit = relayLimit(parent, issuer);
            if (!command.deadline().isBefore(limit)) {
                errors.add(msg.deadlineAfterParent(format(limit), format(limit.minus(RELAY_MARGIN))));
            }
        }
        refuse(Step.PERIOD, errors);
        if (upTo == Step.PERIOD) {
            return new Checked(template, issuer, reportType, period, referenceDay, null);
        }

        try {
            List<Unit> chosen = recipients.resolve(issuer, referenceDay, command.recipients(),
                    command.recipientUnitCodes());
            return new Checked(template, issuer, reportType, period, referenceDay, chosen);
        } catch (PortalException e) {
            throw new StepRefused(Step.RECIPIENTS, e.status(), e.messages());
        }
    }

    private static void refuse(Step step, List<String> errors) {
        if (!errors.isEmpty()) {
            throw new StepRefused(step, 422, errors);
        }
    }

    private void length(List<String> errors, String value, String field, int max) {
        if (value != null && value.trim().length() > max) {
            errors.add(camp().tooLong(field, max));
        }
    }

    /** The template a command names: the version asked for, else the draft's own version, else the latest. */
    private Optional<TemplateVersion> template(CampaignCommand command, Campaign existing) {
        String code = command.templateCode().trim();
        if (command.templateVersion() != null) {
            return templates.version(code, command.templateVersion());
        }
        if (existing != null && existing.template.code.equals(code)) {
            return Optional.of(existing.template);
        }
        return templates.latest(code);
    }

    /** The day whose hierarchy a command uses, as far as it can be told yet (today otherwise). */
    private LocalDate dayOf(CampaignCommand command) {
        Optional<ReportingPeriod> period = command.periodStart() != null && command.periodEnd() != null
                && !command.periodEnd().isBefore(command.periodStart())
                        ? Optional.of(new ReportingPeriod(command.periodStart(), command.periodEnd()))
                        : ReportingPeriod.parse(command.periodLabel());
        return period.map(p -> command.cutOff() != null ? command.cutOff() : p.end()).orElse(clock.today());
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
        Campaign c = requireIssuerRights(id);
        if (c.status != CampaignStatus.DRAFT) {
            throw PortalException.conflict(messages.get().campaignNotDraft());
        }
        future(c.deadline);
        List<String> drafted = null;
        if (c.recipientMode != RecipientSelection.Mode.LIST) {
            // a rule ("all units of a kind") is drawn again from the unit tree as it stands at publishing
            List<Submission> draftSlots = submissions(c);
            drafted = unitCodes(draftSlots);
            CampaignRecipients.Choice choice = recipients.choice(c);
            recipients.reslot(c, draftSlots,
                    recipients.resolve(c.issuerUnit, c.referenceDay(), choice.selection(), choice.unitCodes()));
            Campaign.flush();
        }
        c.status = CampaignStatus.PUBLISHED;
        c.publishedAt = clock.nowOffset();
        List<Submission> slots = submissions(c);
        for (Submission s : slots) {
            notify(c, s.unit, "PUBLISHED", c.title);
        }
        List<String> published = unitCodes(slots);
        if (drafted != null && !drafted.equals(published)) {
            audit.campaign(AuditAction.PUBLISH, c, Map.of("recipients", drafted), Map.of("recipients", published));
        } else {
            audit.campaign(AuditAction.PUBLISH, c);
        }
        return c;
    }

    private static List<String> unitCodes(List<Submission> slots) {
        return slots.stream().map(s -> s.unit.code).toList();
    }

    /**
     * Addresses a published campaign to more units (a commune forgotten, or one created since): their report slots open
     * with the campaign's deadline and they are told in their inbox. Units that have it already are left as they are.
     */
    public List<Unit> addRecipients(long id, List<String> unitCodes) {
        Campaign c = requireIssuerRights(id);
        if (c.status != CampaignStatus.PUBLISHED) {
            throw PortalException.conflict(messages.get().campaignNotPublished());
        }
        List<Unit> chosen = recipients.resolve(c.issuerUnit, c.referenceDay(), null, unitCodes);
        List<Submission> slots = submissions(c);
        Set<Long> already = Set.copyOf(slots.stream().map(s -> s.unit.id).toList());
        List<Unit> added = chosen.stream().filter(u -> !already.contains(u.id)).toList();
        if (added.isEmpty()) {
            throw PortalException.invalid(camp().alreadyRecipients());
        }
        // two issuers adding at once are serialised, and a kept rollup sees the change
        Campaign.getEntityManager().lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        for (Unit unit : added) {
            recipients.slot(c, unit);
            notify(c, unit, "PUBLISHED", c.title);
        }
        List<String> before = unitCodes(slots).stream().sorted().toList();
        List<String> after = Stream.concat(before.stream(), added.stream().map(u -> u.code)).sorted().toList();
        audit.campaign(AuditAction.UPDATE, c, Map.of("recipients", before), Map.of("recipients", after));
        return added;
    }

    /** Relays a received campaign to the relaying unit's subordinates with an earlier deadline. */
    public Campaign relay(long parentId, RelayCommand command) {
        AppMessages msg = messages.get();
        Campaign parent = find(parentId);
        require(command.issuerUnitCode(), camp().fieldIssuer());
        if (command.deadline() == null) {
            throw PortalException.invalid(camp().required(camp().fieldDeadline()));
        }
        if (parent.status != CampaignStatus.PUBLISHED) {
            throw PortalException.conflict(msg.campaignNotPublished());
        }
        Unit issuer = issuer(command.issuerUnitCode(), parent.referenceDay());
        Submission own = ownSlot(parent, issuer)
                .orElseThrow(() -> PortalException.invalid(msg.notRecipient(command.issuerUnitCode())));
        Optional<Campaign> earlier = Campaign.<Campaign> find("parent = ?1 and issuerUnit = ?2", parent, issuer)
                .firstResultOptional();
        if (earlier.isPresent()) {
            throw PortalException.conflict(camp().alreadyRelayed(issuer.code, earlier.get().id));
        }
        OffsetDateTime limit = own.effectiveDeadline();
        if (!command.deadline().isBefore(limit)) {
            throw PortalException.invalid(msg.deadlineAfterParent(format(limit), format(limit.minus(RELAY_MARGIN))));
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
        c.deadline = future(command.deadline());
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
        List<String> missing = OutlineExtension.missing(templates.outline(parent.template), templates.outline(chosen));
        if (!missing.isEmpty()) {
            throw PortalException.invalid(camp().relayOutlineMustExtend(chosen.code, String.join("; ", missing)));
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

    /** The deadline proposed to a unit relaying a campaign: a margin before its own deadline. */
    public OffsetDateTime proposedRelayDeadline(Campaign parent, Unit relaying) {
        return relayLimit(parent, relaying).minus(RELAY_MARGIN);
    }

    /** A relay's deadline must come before this: the relaying unit's own deadline in the parent campaign. */
    public OffsetDateTime relayLimit(Campaign parent, Unit relaying) {
        return ownSlot(parent, relaying).map(Submission::effectiveDeadline).orElse(parent.deadline);
    }

    private Optional<Submission> ownSlot(Campaign parent, Unit unit) {
        return Submission.<Submission> find("campaign = ?1 and unit = ?2", parent, unit).firstResultOptional();
    }

    /** Extends the deadline for everyone (unitCode null) or one unit, with a recorded reason. */
    public Campaign extend(long id, String unitCode, OffsetDateTime newDeadline, String reason) {
        CampaignMessages camp = camp();
        Campaign c = requireIssuerRights(id);
        if (c.status != CampaignStatus.PUBLISHED) {
            throw PortalException.conflict(messages.get().campaignNotPublished());
        }
        List<String> errors = new ArrayList<>();
        if (newDeadline == null) {
            errors.add(camp.required(camp.newDeadline()));
        }
        if (blank(reason)) {
            errors.add(camp.required(camp.fieldReason()));
        }
        length(errors, reason, camp.fieldReason(), 1000);
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
            for (Submission s : submissions(c)) {
                // a unit's own extension that the new deadline overtakes no longer holds it earlier
                if (s.deadlineOverride != null && s.deadlineOverride.isBefore(newDeadline)) {
                    s.deadlineOverride = null;
                }
                notify(c, s.unit, "EXTENDED", e.reason);
            }
        } else {
            Unit unit = units.findByCode(unitCode.trim())
                    .orElseThrow(() -> PortalException.invalid(messages.get().notRecipient(unitCode)));
            Submission s = ownSlot(c, unit)
                    .orElseThrow(() -> PortalException.invalid(messages.get().notRecipient(unitCode)));
            notLater(newDeadline, s.effectiveDeadline());
            e.unit = unit;
            e.oldDeadline = s.effectiveDeadline();
            s.deadlineOverride = newDeadline;
            notify(c, unit, "EXTENDED", e.reason);
        }
        e.persist();
        audit.record(AuditAction.EXTEND, e.unit != null ? e.unit : c.issuerUnit, "campaign", c.id, reason,
                Map.of("deadline", e.oldDeadline), Map.of("deadline", newDeadline));
        return c;
    }

    private void notLater(OffsetDateTime proposed, OffsetDateTime current) {
        if (!proposed.isAfter(current)) {
            throw PortalException.invalid(camp().extensionNotLater(format(proposed), format(current)));
        }
    }

    /** The recorded extensions of a campaign, oldest first. */
    public List<DeadlineExtension> extensions(Campaign c) {
        return DeadlineExtension.list(
                "from DeadlineExtension e left join fetch e.unit where e.campaign = ?1" + " order by e.createdAt, e.id",
                c);
    }

    /** Published to closed: no unit can submit any more. */
    public Campaign close(long id) {
        Campaign c = requireIssuerRights(id);
        if (c.status != CampaignStatus.PUBLISHED) {
            throw PortalException.conflict(camp().notClosable());
        }
        c.status = CampaignStatus.CLOSED;
        audit.campaign(AuditAction.CLOSE, c);
        return c;
    }

    public Campaign archive(long id) {
        Campaign c = requireIssuerRights(id);
        if (c.status != CampaignStatus.CLOSED) {
            throw PortalException.conflict(camp().notArchivable());
        }
        c.status = CampaignStatus.ARCHIVED;
        audit.campaign(AuditAction.ARCHIVE, c);
        return c;
    }

    /** A campaign the user may read: issued in their reach, or addressed to one of their units. */
    public Campaign find(long id) {
        Campaign c = Campaign.<Campaign> findByIdOptional(id)
                .orElseThrow(() -> PortalException.notFound(messages.get().campaignNotFound(id)));
        if (!canRead(c)) {
            throw PortalException.notFound(messages.get().campaignNotFound(id));
        }
        return c;
    }

    public boolean canRead(Campaign c) {
        return isIssuerSide(c) || isAddressedToMe(c);
    }

    /** The user reads the campaign as its issuer or from above it, and so sees every recipient. */
    public boolean isIssuerSide(Campaign c) {
        return access.has(c.issuerUnit, c.referenceDay(), EnumSet.of(Role.ISSUER, Role.VIEWER, Role.ADMIN));
    }

    /** Only the issuing unit's own issuers act on its campaign; an issuer of a unit above reads it, as a viewer. */
    public boolean canManage(Campaign c) {
        return access.holdsAt(c.issuerUnit, EnumSet.of(Role.ISSUER));
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

    private List<Long> myUnitIds() {
        return currentUser.memberships().stream().map(m -> m.unit.id).distinct().toList();
    }

    public List<Submission> submissions(Campaign c) {
        return recipients.slots(c);
    }

    /** The report slots the user may see: all of them from the issuer's side, else only their own units'. */
    public List<Submission> visibleSubmissions(Campaign c) {
        List<Submission> all = submissions(c);
        if (isIssuerSide(c)) {
            return all;
        }
        Set<Long> mine = Set.copyOf(myUnitIds());
        return all.stream().filter(s -> mine.contains(s.unit.id)).toList();
    }

    public List<Campaign> children(Campaign c) {
        return Campaign.list("parent = ?1 order by id", c);
    }

    /** Relays of a campaign that the user may read. */
    public List<Campaign> readableChildren(Campaign c) {
        return children(c).stream().filter(this::canRead).toList();
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
                Map.of("user", userId, "roles", EnumSet.of(Role.ISSUER, Role.VIEWER, Role.ADMIN))).list();
    }

    /** My units' report slots in published campaigns, nearest deadline first. */
    public List<Submission> inbox() {
        List<Long> myUnits = myUnitIds();
        if (myUnits.isEmpty()) {
            return List.of();
        }
        return Submission.find(
                "from Submission s join fetch s.campaign c join fetch s.unit join fetch c.issuerUnit"
                        + " where s.unit.id in ?1 and c.status = ?2 order by coalesce(s.deadlineOverride, c.deadline)",
                myUnits, CampaignStatus.PUBLISHED).list();
    }

    /** How many of the campaign's recipients have submitted, late among them, and are missing at this instant. */
    public Progress progress(Campaign c) {
        return progress(List.of(c)).get(c.id);
    }

    public record Progress(int expected, int submitted, int late, int missing) {
        static final Progress NONE = new Progress(0, 0, 0, 0);
    }

    private static final String PROGRESS = """
            select s.campaign.id, count(s),
                   sum(case when s.status = :submitted then 1 else 0 end),
                   sum(case when s.status = :submitted and s.late = true then 1 else 0 end),
                   sum(case when s.status <> :submitted and coalesce(s.deadlineOverride, c.deadline) < :now
                            then 1 else 0 end)
              from Submission s join s.campaign c where c.id in :ids group by s.campaign.id""";

    /** {@link #progress(Campaign)} of many campaigns in one query (a ministry's list holds hundreds of relays). */
    public Map<Long, Progress> progress(List<Campaign> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        Map<Long, Progress> out = new HashMap<>();
        for (Object[] r : Submission.getEntityManager().createQuery(PROGRESS, Object[].class)
                .setParameter("submitted", SubmissionStatus.SUBMITTED).setParameter("now", clock.nowOffset())
                .setParameter("ids", list.stream().map(c -> c.id).toList()).getResultList()) {
            out.put((Long) r[0], new Progress(((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                    ((Number) r[3]).intValue(), ((Number) r[4]).intValue()));
        }
        list.forEach(c -> out.putIfAbsent(c.id, Progress.NONE));
        return out;
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

    private void notify(Campaign c, Unit unit, String kind, String text) {
        notifications.notify(c, unit, NotificationKind.valueOf(kind), text);
    }

    private Unit issuer(String code, LocalDate day) {
        Unit unit = units.findByCode(code)
                .orElseThrow(() -> PortalException.invalid(messages.get().issuerNotAllowed(code)));
        if (!access.has(unit, day, EnumSet.of(Role.ISSUER))) {
            throw PortalException.forbidden(messages.get().issuerNotAllowed(code));
        }
        return unit;
    }

    /** The unit an editor's issuer code names, if the user may issue for it on that day. */
    public Optional<Unit> issuerUnit(String code, LocalDate day) {
        if (blank(code)) {
            return Optional.empty();
        }
        return units.findByCode(code.trim()).filter(u -> access.has(u, day, EnumSet.of(Role.ISSUER)));
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
        if (blank(value)) {
            throw PortalException.invalid(camp().required(field));
        }
    }

    private CampaignMessages camp() {
        return messages.bundle(CampaignMessages.class);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimmed(String value) {
        return blank(value) ? null : value.trim();
    }

    static String format(OffsetDateTime time) {
        return time.atZoneSameInstant(PortalClock.ZONE).format(PortalClock.DATE_TIME);
    }
}
