package vn.tonghop.regime;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tonghop.campaign.LatePolicy;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.template.TemplateLibrary;
import vn.tonghop.template.TemplateVersion;
import vn.tonghop.template.model.ReportType;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitKind;
import vn.tonghop.unit.UnitService;
import vn.tonghop.user.AccessService;
import vn.tonghop.user.Role;

/**
 * Checks a regime as written: every field's problem at once, each on its field. The issuing unit must be one where the
 * user is issuer (as for creating a campaign there); a rule must be possible in every period (a cut-off before the
 * deadline even in the shortest month), its first period still open for reports, and its recipients rule must reach at
 * least one unit then. Only reads; works inside the caller's transaction.
 */
@ApplicationScoped
public class RegimeValidator {

    /** What a command resolved to. */
    public record Checked(TemplateVersion template, Unit issuer, ReportType reportType, Frequency frequency,
            RegimePeriod first, RegimePeriod last, DeadlineRule rule, RecipientRule recipientRule, UnitKind kind,
            List<String> unitCodes, List<Unit> firstRecipients) {
    }

    @Inject
    TemplateLibrary templates;

    @Inject
    UnitService units;

    @Inject
    AccessService access;

    @Inject
    RegimeRecipients recipients;

    @Inject
    PortalClock clock;

    @Inject
    Messages messages;

    public Checked check(RegimeCommand c) {
        RegimeMessages reg = messages.bundle(RegimeMessages.class);
        List<FieldError> errors = new ArrayList<>();

        TemplateVersion template = null;
        if (blank(c.templateCode())) {
            errors.add(new FieldError("templateCode", reg.required(reg.fieldTemplate())));
        } else {
            String code = c.templateCode().trim();
            template = (c.templateVersion() == null ? templates.latest(code)
                    : templates.version(code, c.templateVersion())).orElse(null);
            if (template == null) {
                errors.add(new FieldError("templateCode", messages.get().templateNotFound(code)));
            }
        }
        Unit issuer = null;
        if (blank(c.issuerUnitCode())) {
            errors.add(new FieldError("issuerUnitCode", reg.required(reg.fieldIssuer())));
        } else {
            String code = c.issuerUnitCode().trim();
            issuer = units.findByCode(code).orElse(null);
            if (issuer == null) {
                errors.add(new FieldError("issuerUnitCode", messages.get().issuerNotAllowed(code)));
            } else if (!access.holdsAt(issuer, EnumSet.of(Role.ISSUER))) {
                // the same refusal as creating a campaign there: the user may not issue for this unit
                throw PortalException.forbidden(messages.get().issuerNotAllowed(code));
            }
        }
        if (blank(c.title())) {
            errors.add(new FieldError("title", reg.required(reg.fieldTitle())));
        }
        length(errors, "title", c.title(), reg.fieldTitle(), 400, reg);
        length(errors, "subject", c.subject(), reg.fieldSubject(), 900, reg);
        length(errors, "respondsTo", c.respondsTo(), reg.fieldRespondsTo(), 500, reg);
        length(errors, "signerName", c.signerName(), reg.fieldSigner(), 255, reg);
        length(errors, "signerTitle", c.signerTitle(), reg.fieldSigner(), 255, reg);
        length(errors, "signerCapacity", c.signerCapacity(), reg.fieldSigner(), 255, reg);

        Frequency frequency = null;
        if (blank(c.frequency())) {
            errors.add(new FieldError("frequency", reg.required(reg.fieldFrequency())));
        } else {
            frequency = enumOf(Frequency.class, c.frequency()).orElse(null);
            if (frequency == null) {
                errors.add(new FieldError("frequency", reg.frequencyUnknown(c.frequency().trim())));
            }
        }
        RegimePeriod first = null;
        RegimePeriod last = null;
        if (blank(c.firstPeriod())) {
            errors.add(new FieldError("firstPeriod", reg.required(reg.fieldFirstPeriod())));
        } else if (frequency != null) {
            first = RegimePeriod.parse(frequency, c.firstPeriod()).orElse(null);
            if (first == null) {
                errors.add(new FieldError("firstPeriod", reg.periodUnreadable(c.firstPeriod().trim(),
                        RegimePeriod.containing(frequency, clock.today()).code())));
            }
        }
        if (!blank(c.lastPeriod()) && frequency != null) {
            last = RegimePeriod.parse(frequency, c.lastPeriod()).orElse(null);
            if (last == null) {
                errors.add(new FieldError("lastPeriod", reg.periodUnreadable(c.lastPeriod().trim(),
                        RegimePeriod.containing(frequency, clock.today()).code())));
            } else if (first != null && last.compareTo(first) < 0) {
                errors.add(new FieldError("lastPeriod", reg.lastBeforeFirst(last.label(), first.label())));
            }
        }

        DeadlineRule rule = rule(c, frequency, errors, reg);
        if (rule != null && first != null) {
            OffsetDateTime due = rule.deadline(first);
            if (!due.toInstant().isAfter(clock.now())) {
                errors.add(new FieldError("firstPeriod", reg.firstPeriodOverdue(first.label(),
                        due.atZoneSameInstant(PortalClock.ZONE).format(PortalClock.DATE_TIME))));
            }
        }
        ReportType reportType = reportType(c.reportType(), errors, reg);
        if (c.latePolicy() == LatePolicy.LOCK_AFTER_DAYS && (c.lockAfterDays() == null || c.lockAfterDays() < 1)) {
            errors.add(new FieldError("lockAfterDays", reg.lockDaysNeeded()));
        }
        if (c.reminderDays() != null && (c.reminderDays() < 0 || c.reminderDays() > 60)) {
            errors.add(new FieldError("reminderDays", reg.reminderRange()));
        }

        RecipientRule recipientRule = null;
        UnitKind kind = null;
        List<String> codes = List.of();
        RegimeCommand.Recipients r = c.recipients();
        if (r == null || blank(r.rule())) {
            errors.add(new FieldError("recipients.rule", reg.required(reg.fieldRule())));
        } else {
            recipientRule = enumOf(RecipientRule.class, r.rule()).orElse(null);
            if (recipientRule == null) {
                errors.add(new FieldError("recipients.rule", reg.ruleUnknown(r.rule().trim())));
            } else if (recipientRule == RecipientRule.CHILDREN_OF_KIND) {
                kind = blank(r.kind()) ? null : UnitKind.fromText(r.kind()).orElse(null);
                if (kind == null) {
                    errors.add(new FieldError("recipients.kind", reg.kindNeeded()));
                }
            } else if (recipientRule == RecipientRule.LIST) {
                codes = r.unitCodes() == null ? List.of()
                        : r.unitCodes().stream().filter(Objects::nonNull).map(String::trim).filter(s -> !s.isEmpty())
                                .distinct().toList();
                if (codes.isEmpty()) {
                    errors.add(new FieldError("recipients.unitCodes", reg.unitsNeeded()));
                }
            }
        }
        List<Unit> firstRecipients = List.of();
        if (errors.isEmpty()) {
            LocalDate day = rule.referenceDay(first);
            for (String code : codes) {
                Optional<Unit> unit = recipients.successorOn(code, day);
                if (units.findByCode(code).isEmpty()) {
                    errors.add(new FieldError("recipients.unitCodes", messages.get().recipientUnknown(code)));
                } else if (unit.isEmpty() || unit.get().id.equals(issuer.id)
                        || !access.has(unit.get(), day, EnumSet.of(Role.ISSUER))) {
                    errors.add(new FieldError("recipients.unitCodes", messages.get().recipientOutsideReach(code)));
                }
            }
            if (errors.isEmpty()) {
                firstRecipients = recipients.resolve(issuer, recipientRule, kind, codes, day);
                if (firstRecipients.isEmpty()) {
                    errors.add(new FieldError("recipients.rule",
                            reg.nobodyOn(first.label(), day.format(PortalClock.DATE))));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new RegimeRefused(errors);
        }
        return new Checked(template, issuer, reportType, frequency, first, last, rule, recipientRule, kind, codes,
                firstRecipients);
    }

    /** The cut-off and deadline rule, when it is possible in every period of the frequency; null otherwise. */
    private DeadlineRule rule(RegimeCommand c, Frequency frequency, List<FieldError> errors, RegimeMessages reg) {
        int before = errors.size();
        if (c.cutoffDay() != null && (c.cutoffDay() < 1 || c.cutoffDay() > 31)) {
            errors.add(new FieldError("cutoffDay", reg.dayRange(reg.fieldCutoffDay())));
        }
        if ((c.deadlineDay() == null) == (c.deadlineOffsetDays() == null)) {
            errors.add(new FieldError("deadlineDay", reg.deadlineRuleOne()));
        } else if (c.deadlineDay() != null && (c.deadlineDay() < 1 || c.deadlineDay() > 31)) {
            errors.add(new FieldError("deadlineDay", reg.dayRange(reg.fieldDeadlineDay())));
        } else if (c.deadlineOffsetDays() != null && (c.deadlineOffsetDays() < 0 || c.deadlineOffsetDays() > 366)) {
            errors.add(new FieldError("deadlineOffsetDays", reg.offsetRange()));
        }
        if (errors.size() > before || frequency == null) {
            return null;
        }
        if (c.cutoffDay() != null && c.deadlineDay() != null) {
            // days beyond a month's end mean its last day, so the shortest last month decides whether the order holds
            int shortest = DeadlineRule.shortestLastMonth(frequency);
            if (Math.min(c.cutoffDay(), shortest) >= Math.min(c.deadlineDay(), shortest)) {
                errors.add(new FieldError("cutoffDay",
                        reg.cutoffNotBeforeDeadline(c.cutoffDay(), c.deadlineDay(), shortest)));
                return null;
            }
        }
        return new DeadlineRule(c.cutoffDay(), c.deadlineDay(), c.deadlineOffsetDays());
    }

    /** The report type named, or periodic (what a regime is) when none is. */
    private static ReportType reportType(String value, List<FieldError> errors, RegimeMessages reg) {
        if (!blank(value)) {
            for (ReportType type : ReportType.values()) {
                if (type.name().equalsIgnoreCase(value.trim()) || type.yamlName().equalsIgnoreCase(value.trim())) {
                    return type;
                }
            }
            errors.add(new FieldError("reportType", reg.reportTypeUnknown(value.trim())));
            return null;
        }
        return ReportType.DINH_KY;
    }

    private static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.trim())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static void length(List<FieldError> errors, String field, String value, String label, int max,
            RegimeMessages reg) {
        if (value != null && value.trim().length() > max) {
            errors.add(new FieldError(field, reg.tooLong(label, max)));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
