package vn.tonghop.campaign;

import static vn.tonghop.campaign.CampaignText.blank;
import static vn.tonghop.campaign.CampaignText.format;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.platform.i18n.AppMessages;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.template.TemplateLibrary;
import vn.tonghop.template.TemplateVersion;
import vn.tonghop.template.model.ReportType;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitService;
import vn.tonghop.user.AccessService;
import vn.tonghop.user.Role;

/** The checks of a campaign command, step by step as the editor asks for them, and of the issuing unit. */
@ApplicationScoped
@Transactional
public class CampaignChecks {

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
    CampaignDeadlines deadlines;

    @Inject
    UnitService units;

    @Inject
    AccessService access;

    @Inject
    PortalClock clock;

    @Inject
    Messages messages;

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
        CampaignCheckMessages check = check();
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
                errors.add(check.required(check.fieldTemplate()));
            } else {
                template = template(command, existing).orElse(null);
                if (template == null) {
                    errors.add(msg.templateNotFound(command.templateCode()));
                }
            }
            if (blank(command.issuerUnitCode())) {
                errors.add(check.required(check.fieldIssuer()));
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
            errors.add(check.required(check.fieldTitle()));
        }
        length(errors, command.title(), check.fieldTitle(), 500);
        length(errors, command.subject(), check.fieldSubject(), 1000);
        length(errors, command.letterNumber(), check.fieldLetterNumber(), 100);
        length(errors, command.signerName(), camp.signerName(), 255);
        length(errors, command.signerTitle(), camp.signerTitle(), 255);
        length(errors, command.signerCapacity(), camp.signerCapacity(), 255);
        length(errors, command.respondsTo(), camp.respondsTo(), 500);
        if (!blank(command.signerCapacity())
                && CAPACITIES.stream().noneMatch(p -> command.signerCapacity().trim().toUpperCase().startsWith(p))) {
            errors.add(check.capacityUnknown());
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
                errors.add(check.required(check.fieldPeriod()));
            } else if ((command.periodStart() == null) != (command.periodEnd() == null)) {
                errors.add(check.periodBothDates());
            } else {
                try {
                    period = period(command.periodLabel(), command.periodStart(), command.periodEnd());
                } catch (PortalException e) {
                    errors.addAll(e.messages());
                }
            }
            length(errors, command.periodLabel(), check.fieldPeriod(), 100);
            if (period != null) {
                referenceDay = command.cutOff() != null ? command.cutOff() : period.end();
                if (command.cutOff() != null && command.cutOff().isBefore(period.start())) {
                    errors.add(check.cutOffBeforeStart(command.cutOff().format(PortalClock.DATE),
                            period.start().format(PortalClock.DATE)));
                }
            }
            if (command.latePolicy() == LatePolicy.LOCK_AFTER_DAYS
                    && (command.lockAfterDays() == null || command.lockAfterDays() < 1)) {
                errors.add(check.lockDaysNeeded());
            }
        }
        if (command.reminderDays() != null && (command.reminderDays() < 0 || command.reminderDays() > 60)) {
            errors.add(check.reminderRange());
        }
        if (command.deadline() == null) {
            errors.add(check.required(check.fieldDeadline()));
        } else if (!command.deadline().toInstant().isAfter(clock.now())) {
            errors.add(msg.deadlineInPast(format(command.deadline())));
        } else if (parent != null) {
            OffsetDateTime limit = deadlines.relayLimit(parent, issuer);
            if (!command.deadline().isBefore(limit)) {
                errors.add(msg.deadlineAfterParent(format(limit), format(limit.minus(CampaignDeadlines.RELAY_MARGIN))));
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
        CampaignText.length(errors, value, field, max, check());
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

    /** The unit a code names, refused unless the user is one of its own issuers. */
    Unit issuer(String code, LocalDate day) {
        Unit unit = units.findByCode(code)
                .orElseThrow(() -> PortalException.invalid(messages.get().issuerNotAllowed(code)));
        // a request goes out in the name of a unit its own issuers speak for; the units above read it
        if (!access.holdsAt(unit, EnumSet.of(Role.ISSUER))) {
            throw PortalException.forbidden(messages.get().issuerNotAllowed(code));
        }
        return unit;
    }

    /** The unit an editor's issuer code names, if the user may issue for it on that day. */
    public Optional<Unit> issuerUnit(String code, LocalDate day) {
        if (blank(code)) {
            return Optional.empty();
        }
        return units.findByCode(code.trim()).filter(u -> access.holdsAt(u, EnumSet.of(Role.ISSUER)));
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

    private CampaignMessages camp() {
        return messages.bundle(CampaignMessages.class);
    }

    private CampaignCheckMessages check() {
        return messages.bundle(CampaignCheckMessages.class);
    }
}
