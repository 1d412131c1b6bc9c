package vn.tonghop.regime;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.audit.AuditAction;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignAccess;
import vn.tonghop.campaign.CampaignProgress;
import vn.tonghop.campaign.LatePolicy;
import vn.tonghop.campaign.Urgency;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitService;
import vn.tonghop.user.AccessService;
import vn.tonghop.user.Role;

/**
 * Setting up regimes, reading them with their periods, and opening a period early. Rights are those of campaigns at the
 * issuing unit: an issuer there creates and opens; whoever may read one of its campaigns reads the regime.
 */
@ApplicationScoped
@Transactional
public class RegimeService {

    /** At most this many periods are listed on a regime (a monthly regime of twenty years). */
    static final int MAX_PERIODS = 240;

    /**
     * One period of a regime as its page and the API show it; {@code campaign} null until opened or when unreadable.
     */
    public record PeriodRow(RegimePeriod period, LocalDate cutOff, OffsetDateTime deadline, Campaign campaign,
            boolean opened, CampaignProgress.Progress progress) {
    }

    @Inject
    RegimeValidator validator;

    @Inject
    RegimeOpener opener;

    @Inject
    CampaignAccess campaigns;

    @Inject
    CampaignProgress campaignProgress;

    @Inject
    UnitService units;

    @Inject
    AccessService access;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    @Inject
    Messages messages;

    public Regime create(RegimeCommand c) {
        RegimeValidator.Checked checked = validator.check(c);
        Regime r = new Regime();
        r.template = checked.template();
        r.issuerUnit = checked.issuer();
        r.title = c.title().trim();
        r.subject = trimmed(c.subject());
        r.urgency = c.urgency() == null ? Urgency.NORMAL : c.urgency();
        r.addressees = trimmed(c.addressees());
        r.distribution = trimmed(c.distribution());
        r.signerName = trimmed(c.signerName());
        r.signerTitle = trimmed(c.signerTitle());
        r.signerCapacity = trimmed(c.signerCapacity());
        r.respondsTo = trimmed(c.respondsTo());
        r.reportType = checked.reportType();
        r.frequency = checked.frequency();
        r.firstPeriod = checked.first().code();
        r.lastPeriod = checked.last() == null ? null : checked.last().code();
        r.cutoffDay = checked.rule().cutoffDay();
        r.deadlineDay = checked.rule().deadlineDay();
        r.deadlineOffsetDays = checked.rule().deadlineOffsetDays();
        r.recipientRule = checked.recipientRule();
        r.recipientKind = checked.kind();
        r.recipientCodes = checked.unitCodes().toArray(String[]::new);
        r.latePolicy = c.latePolicy() == null ? LatePolicy.ACCEPT_LATE : c.latePolicy();
        r.lockAfterDays = r.latePolicy == LatePolicy.LOCK_AFTER_DAYS ? c.lockAfterDays() : null;
        if (c.reminderDays() != null) {
            r.reminderDays = c.reminderDays();
        }
        r.createdBy = currentUser.username();
        r.persist();
        audit.record(AuditAction.CREATE, r.issuerUnit, "regime", r.id,
                r.title + " (" + r.frequency + " " + r.firstPeriod + ")");
        return r;
    }

    /** A regime the user may read; 404 otherwise, as for campaigns. */
    public Regime find(long id) {
        return Regime.<Regime> findByIdOptional(id).filter(this::canRead)
                .orElseThrow(() -> PortalException.notFound(reg().regimeNotFound()));
    }

    /** The regimes the user may read, newest first. */
    public List<Regime> readable() {
        return Regime.<Regime> list("from Regime r join fetch r.issuerUnit order by r.id desc").stream()
                .filter(this::canRead).toList();
    }

    public boolean canRead(Regime r) {
        return isIssuerSide(r) || opened(r).stream().anyMatch(o -> o.campaign != null && campaigns.canRead(o.campaign));
    }

    public boolean isIssuerSide(Regime r) {
        return access.has(r.issuerUnit, day(r), EnumSet.of(Role.ISSUER, Role.VIEWER, Role.ADMIN));
    }

    /** Only an issuer of the issuing unit creates regimes there and opens their periods. */
    public boolean canManage(Regime r) {
        return access.holdsAt(r.issuerUnit, EnumSet.of(Role.ISSUER));
    }

    /** Whether the user may set up a regime at all: an issuer somewhere, as for campaigns. */
    public boolean mayCreate() {
        return !access.unitsWithRole(EnumSet.of(Role.ISSUER)).isEmpty();
    }

    private LocalDate day(Regime r) {
        return units.effectiveDay(r.issuerUnit, clock.today());
    }

    public List<OpenedPeriod> opened(Regime r) {
        return OpenedPeriod.list("from OpenedPeriod o left join fetch o.campaign where o.regime = ?1", r);
    }

    /**
     * The regime's periods: from the first one to its last one, or while it runs on, to the period after the current
     * one (or after the last opened); each with its cut-off, deadline and, once opened, its campaign and progress.
     */
    public List<PeriodRow> periods(Regime r) {
        Map<String, OpenedPeriod> opened = opened(r).stream()
                .collect(Collectors.toMap(o -> o.periodCode, Function.identity()));
        RegimePeriod until = RegimePeriod.containing(r.frequency, clock.today()).next();
        if (until.compareTo(r.first()) < 0) {
            until = r.first();
        }
        if (r.last() != null) {
            // a regime with an end shows its whole calendar
            until = r.last();
        }
        for (String code : opened.keySet()) {
            RegimePeriod p = RegimePeriod.parse(r.frequency, code).orElseThrow();
            if (p.compareTo(until) >= 0) {
                until = p.next();
            }
        }
        List<Campaign> readable = opened.values().stream().map(o -> o.campaign)
                .filter(c -> c != null && campaigns.canRead(c)).toList();
        Map<Long, CampaignProgress.Progress> progress = campaignProgress.progress(readable);
        List<PeriodRow> rows = new ArrayList<>();
        for (RegimePeriod p = r.first(); r.covers(p) && p.compareTo(until) <= 0
                && rows.size() < MAX_PERIODS; p = p.next()) {
            OpenedPeriod o = opened.get(p.code());
            Campaign c = o != null && o.campaign != null && readable.contains(o.campaign) ? o.campaign : null;
            rows.add(new PeriodRow(p, r.rule().cutOff(p), r.rule().deadline(p), c, o != null,
                    c == null ? null : progress.get(c.id)));
        }
        return rows;
    }

    /** The period "open next" would open: the earliest not opened whose reports are not yet due. */
    public Optional<RegimePeriod> nextToOpen(Regime r) {
        List<String> opened = opened(r).stream().map(o -> o.periodCode).toList();
        for (RegimePeriod p = r.first(); r.covers(p); p = p.next()) {
            if (!opened.contains(p.code()) && r.rule().deadline(p).toInstant().isAfter(clock.now())) {
                return Optional.of(p);
            }
            if (p.start().getYear() > clock.today().getYear() + 100) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The issuer opens the next period now, before it starts: a published campaign like the job's. */
    public Campaign openNext(long id) {
        Regime r = find(id);
        if (!canManage(r)) {
            throw PortalException.forbidden(messages.get().forbidden());
        }
        RegimePeriod next = nextToOpen(r).orElseThrow(() -> PortalException.conflict(reg().noNextPeriod()));
        List<Unit> to = opener.recipientsOf(r, next);
        if (to.isEmpty()) {
            throw PortalException
                    .invalid(reg().nobodyOn(next.label(), r.rule().referenceDay(next).format(PortalClock.DATE)));
        }
        return opener.open(r, next, to, currentUser.username())
                .orElseThrow(() -> PortalException.conflict(reg().openedMeanwhile(next.label())));
    }

    private RegimeMessages reg() {
        return messages.bundle(RegimeMessages.class);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
