package vn.tonghop.campaign;

import static vn.tonghop.campaign.CampaignText.blank;
import static vn.tonghop.campaign.CampaignText.trimmed;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import vn.tonghop.platform.i18n.Formats;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.unit.UnitKind;

/** The campaign pages' forms as typed, and their reading into commands with messages per editor step. */
final class CampaignForms {

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter VN_DATE_TIME = DateTimeFormatter.ofPattern("d/M/uuuu H:mm")
            .withResolverStyle(ResolverStyle.STRICT);

    private CampaignForms() {
    }

    /** The editor as typed: every field a string, so that a refused step comes back with nothing lost. */
    public record Form(String templateCode, String issuerUnitCode, String title, String subject, String letterNumber,
            String letterDate, String urgency, String addressees, String distribution, String signerCapacity,
            String signerTitle, String signerName, String respondsTo, String reportType, String periodKind,
            String periodYear, String periodQuarter, String periodMonth, String periodHalf, String periodLabel,
            String periodStart, String periodEnd, String cutOff, String deadline, String latePolicy,
            String lockAfterDays, String reminderDays, String recipientMode, String recipientKind,
            List<String> recipientUnitCodes, String version, String confirmEarlyDeadline) {

        /** The issuer ticked "hạn nộp trước khi kỳ báo cáo kết thúc" as meant. */
        public boolean earlyDeadlineConfirmed() {
            return "true".equals(confirmEarlyDeadline);
        }

        static Form read(MultivaluedMap<String, String> f) {
            List<String> codes = f.get("recipientUnitCodes");
            return new Form(f.getFirst("templateCode"), f.getFirst("issuerUnitCode"), f.getFirst("title"),
                    f.getFirst("subject"), f.getFirst("letterNumber"), f.getFirst("letterDate"), f.getFirst("urgency"),
                    f.getFirst("addressees"), f.getFirst("distribution"), f.getFirst("signerCapacity"),
                    f.getFirst("signerTitle"), f.getFirst("signerName"), f.getFirst("respondsTo"),
                    f.getFirst("reportType"), f.getFirst("periodKind"), f.getFirst("periodYear"),
                    f.getFirst("periodQuarter"), f.getFirst("periodMonth"), f.getFirst("periodHalf"),
                    f.getFirst("periodLabel"), f.getFirst("periodStart"), f.getFirst("periodEnd"), f.getFirst("cutOff"),
                    f.getFirst("deadline"), f.getFirst("latePolicy"), f.getFirst("lockAfterDays"),
                    f.getFirst("reminderDays"), f.getFirst("recipientMode"), f.getFirst("recipientKind"),
                    codes == null ? List.of() : List.copyOf(codes), f.getFirst("version"),
                    f.getFirst("confirmEarlyDeadline"));
        }

        /** A new request: letter dated today, the last quarter, accepted late, reminded two days before. */
        static Form blank(String issuerUnitCode, LocalDate today) {
            PeriodChoice last = PeriodChoice.lastQuarter(today);
            return new Form(null, issuerUnitCode, null, null, null, today.toString(), Urgency.NORMAL.name(), null, null,
                    null, null, null, null, null, PeriodChoice.Kind.QUARTER.name(), String.valueOf(last.year()),
                    String.valueOf(last.part()), null, null, null, null, null, null, null,
                    LatePolicy.ACCEPT_LATE.name(), null, "2", RecipientSelection.Mode.LIST.name(), null, List.of(),
                    null, null);
        }

        /** A saved draft, to edit it again. */
        static Form of(Campaign c, CampaignRecipients.Choice recipients) {
            PeriodChoice choice = PeriodChoice.of(c.periodLabel, c.periodStart, c.periodEnd).orElse(null);
            String kind = choice == null ? PeriodChoice.Kind.CUSTOM.name() : choice.kind().name();
            String year = choice == null ? String.valueOf(c.periodStart.getYear()) : String.valueOf(choice.year());
            String part = choice == null ? null : String.valueOf(choice.part());
            boolean custom = choice == null;
            return new Form(c.template.code, c.issuerUnit.code, c.title, c.subject, c.letterNumber, iso(c.letterDate),
                    c.urgency.name(), c.addressees, c.distribution, c.signerCapacity, c.signerTitle, c.signerName,
                    c.respondsTo, c.reportType.name(), kind, year,
                    choice != null && choice.kind() == PeriodChoice.Kind.QUARTER ? part : null,
                    choice != null && choice.kind() == PeriodChoice.Kind.MONTH ? part : null,
                    choice != null && choice.kind() == PeriodChoice.Kind.HALF ? part : null,
                    custom ? c.periodLabel : null, custom ? iso(c.periodStart) : null, custom ? iso(c.periodEnd) : null,
                    iso(c.cutOff), Formats.inputValue(c.deadline), c.latePolicy.name(),
                    c.lockAfterDays == null ? null : String.valueOf(c.lockAfterDays), String.valueOf(c.reminderDays),
                    recipients.selection().mode().name(),
                    recipients.selection().kind() == null ? null : recipients.selection().kind().name(),
                    recipients.unitCodes(), String.valueOf(c.version), c.earlyDeadlineConfirmed ? "true" : null);
        }

        public boolean picked(String code) {
            return recipientUnitCodes.contains(code);
        }

        public boolean is(String field, String value) {
            return value != null && value.equals(value(field));
        }

        private String value(String field) {
            return switch (field) {
                case "urgency" -> urgency;
                case "reportType" -> reportType;
                case "periodKind" -> periodKind;
                case "periodQuarter" -> periodQuarter;
                case "periodMonth" -> periodMonth;
                case "periodHalf" -> periodHalf;
                case "latePolicy" -> latePolicy;
                case "recipientMode" -> recipientMode;
                case "recipientKind" -> recipientKind;
                default -> null;
            };
        }
    }

    /** A command read from a form, with what could not be read, by the editor step it belongs to. */
    record Parsed(CampaignCommand command, Map<CampaignChecks.Step, List<String>> errors) {
    }

    /** Reads the editor's form; a relay's template, issuer and period are its parent's, so they are not read. */
    static Parsed parse(Form f, boolean relay, CampaignMessages camp, CampaignCheckMessages check) {
        Map<CampaignChecks.Step, List<String>> errors = new EnumMap<>(CampaignChecks.Step.class);
        List<String> letter = new ArrayList<>();
        LocalDate letterDate = date(f.letterDate(), check.fieldLetterDate(), check, letter);
        Urgency urgency = enumOf(Urgency.class, f.urgency());

        List<String> period = new ArrayList<>();
        String periodLabel = null;
        LocalDate start = null;
        LocalDate end = null;
        LocalDate cutOff = null;
        LatePolicy latePolicy = null;
        Integer lockAfterDays = null;
        if (!relay) {
            PeriodChoice.Kind kind = enumOf(PeriodChoice.Kind.class, f.periodKind());
            if (kind == null || kind == PeriodChoice.Kind.CUSTOM) {
                periodLabel = f.periodLabel();
                start = date(f.periodStart(), camp.periodStart(), check, period);
                end = date(f.periodEnd(), camp.periodEnd(), check, period);
            } else {
                Integer year = number(f.periodYear(), check.fieldYear(), check, period);
                if (year == null && blank(f.periodYear())) {
                    period.add(check.required(check.fieldYear()));
                } else if (year != null && (year < 2000 || year > 2100)) {
                    period.add(check.yearRange());
                }
                String partText = switch (kind) {
                    case QUARTER -> f.periodQuarter();
                    case MONTH -> f.periodMonth();
                    case HALF -> f.periodHalf();
                    default -> "0";
                };
                Integer part = number(partText, camp.periodKindName(kind.name()), check, period);
                if (part == null || !PeriodChoice.validPart(kind, part)) {
                    if (part != null || blank(partText)) {
                        period.add(check.required(camp.periodKindName(kind.name())));
                    }
                } else if (year != null && period.isEmpty()) {
                    periodLabel = new PeriodChoice(kind, year, part).label();
                }
            }
            cutOff = date(f.cutOff(), camp.cutOff(), check, period);
            latePolicy = enumOf(LatePolicy.class, f.latePolicy());
            lockAfterDays = latePolicy == LatePolicy.LOCK_AFTER_DAYS
                    ? number(f.lockAfterDays(), camp.lockAfterDays(), check, period)
                    : null;
        }
        OffsetDateTime deadline = dateTime(f.deadline(), check.fieldDeadline(), check, period);
        Integer reminderDays = number(f.reminderDays(), camp.reminderDays(), check, period);

        RecipientSelection.Mode mode = enumOf(RecipientSelection.Mode.class, f.recipientMode());
        RecipientSelection selection = new RecipientSelection(mode == null ? RecipientSelection.Mode.LIST : mode,
                enumOf(UnitKind.class, f.recipientKind()));
        Long version = null;
        try {
            version = blank(f.version()) ? null : Long.valueOf(f.version().trim());
        } catch (NumberFormatException e) {
            version = -1L;
        }
        errors.put(CampaignChecks.Step.LETTER, letter);
        errors.put(CampaignChecks.Step.PERIOD, period);
        CampaignCommand command = new CampaignCommand(trimmed(f.templateCode()), null, trimmed(f.issuerUnitCode()),
                f.title(), f.subject(), f.letterNumber(), letterDate, urgency, f.addressees(), f.distribution(),
                f.signerName(), f.signerTitle(), f.signerCapacity(), f.respondsTo(), trimmed(f.reportType()),
                periodLabel, start, end, cutOff, deadline, latePolicy, lockAfterDays, selection, f.recipientUnitCodes(),
                reminderDays, version);
        return new Parsed(command, errors);
    }

    /** A date as typed: the date input's ISO value, or dd/MM/yyyy. */
    static LocalDate date(String value, String field, CampaignCheckMessages check, List<String> errors) {
        if (blank(value)) {
            return null;
        }
        String text = value.trim();
        try {
            return text.contains("/") ? LocalDate.parse(text, VN_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(check.badDate(field, text));
            return null;
        }
    }

    /** A date and time as typed, read as Vietnam time: the datetime-local input's value, or dd/MM/yyyy HH:mm. */
    static OffsetDateTime dateTime(String value, String field, CampaignCheckMessages check, List<String> errors) {
        if (blank(value)) {
            return null;
        }
        String text = value.trim();
        try {
            LocalDateTime local = text.contains("/") ? LocalDateTime.parse(text, VN_DATE_TIME)
                    : LocalDateTime.parse(text);
            return local.atZone(PortalClock.ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            errors.add(check.badDate(field, text));
            return null;
        }
    }

    static Integer number(String value, String field, CampaignCheckMessages check, List<String> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            errors.add(check.badNumber(field, value.trim()));
            return null;
        }
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
