package vn.tonghop.home;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignAccess;
import vn.tonghop.campaign.CampaignProgress;
import vn.tonghop.campaign.CampaignStatus;
import vn.tonghop.home.Dashboard.DistrictProgress;
import vn.tonghop.home.Dashboard.Issued;
import vn.tonghop.home.Dashboard.Line;
import vn.tonghop.home.Dashboard.Pending;
import vn.tonghop.home.Dashboard.Returned;
import vn.tonghop.home.Dashboard.Series;
import vn.tonghop.home.Dashboard.ToDo;
import vn.tonghop.home.Dashboard.Watched;
import vn.tonghop.platform.i18n.AppMessages;
import vn.tonghop.platform.i18n.Formats;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.AccessService;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.submission.Submission;
import vn.tonghop.submission.SubmissionContent.RowContent;
import vn.tonghop.submission.SubmissionStatus;
import vn.tonghop.submission.SubmissionVersion;
import vn.tonghop.template.Aggregator;
import vn.tonghop.template.TemplateLibrary;
import vn.tonghop.template.TemplateVersion;
import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.ColumnType;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.ReportType;
import vn.tonghop.template.model.RowModel;
import vn.tonghop.template.model.TableDef;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitKind;
import vn.tonghop.unit.UnitService;
import vn.tonghop.unit.UnitView;
import vn.tonghop.user.Role;

/**
 * The home page's work, read from the same services as the rest of the portal and scoped the same way: the tenant by
 * the discriminator, units by the user's memberships.
 */
@ApplicationScoped
@Transactional
public class DashboardService {

    /** Campaigns shown per list; the campaigns page has them all. */
    static final int LIMIT = 20;
    static final int MAX_CHARTS = 3;
    private static final Set<Role> WRITERS = EnumSet.of(Role.REPORTER, Role.APPROVER);

    @Inject
    CampaignAccess campaigns;

    @Inject
    CampaignProgress campaignProgress;

    @Inject
    UnitService units;

    @Inject
    TemplateLibrary templates;

    @Inject
    AccessService access;

    @Inject
    PortalClock clock;

    @Inject
    Messages messages;

    private final Aggregator aggregator = new Aggregator();

    public Dashboard dashboard() {
        List<Submission> open = reportsToDo();
        List<Watched> watched = new ArrayList<>();
        List<Series> charts = new ArrayList<>();
        List<Unit> provincial = provincialViewerUnits();
        if (!provincial.isEmpty()) {
            List<Campaign> roots = watchedCampaigns();
            roots.forEach(c -> watched.add(watched(c, provincial)));
            charts.addAll(charts(roots));
        }
        Dashboard.Roles roles = new Dashboard.Roles(!access.unitsWithRole(WRITERS).isEmpty(),
                !access.unitsWithRole(EnumSet.of(Role.ISSUER)).isEmpty(), !provincial.isEmpty());
        return new Dashboard(roles, open.stream().map(this::toDo).toList(),
                open.stream().filter(s -> s.status == SubmissionStatus.RETURNED).map(this::returned).toList(), issued(),
                watched, charts);
    }

    // ---- commune staff ----

    /** My units' reports not yet submitted (reporter or approver there), nearest deadline first. */
    List<Submission> reportsToDo() {
        Set<Long> writerUnits = new HashSet<>();
        access.unitsWithRole(WRITERS).forEach(u -> writerUnits.add(u.id));
        return campaigns.inbox().stream()
                .filter(s -> writerUnits.contains(s.unit.id) && s.status != SubmissionStatus.SUBMITTED).toList();
    }

    private ToDo toDo(Submission s) {
        Campaign c = s.campaign;
        OffsetDateTime deadline = s.effectiveDeadline();
        boolean overdue = clock.nowOffset().isAfter(deadline);
        return new ToDo(c.id, c.title, c.letterNumber, c.issuerUnit.name, s.unit.code, s.unit.name,
                campaignProgress.displayStatus(s), PortalClock.local(deadline), overdue, timeLeft(deadline),
                formUrl(c, s.unit));
    }

    private Returned returned(Submission s) {
        Optional<SubmissionVersion> version = SubmissionVersion
                .<SubmissionVersion> find("submission = ?1 and status = ?2 order by number desc", s,
                        SubmissionStatus.RETURNED)
                .firstResultOptional();
        return new Returned(s.campaign.id, s.campaign.title, s.unit.code, s.unit.name, s.returnComment,
                version.map(v -> v.createdBy).orElse(s.updatedBy),
                PortalClock.local(version.map(v -> v.createdAt).orElse(s.updatedAt)), formUrl(s.campaign, s.unit));
    }

    static String formUrl(Campaign c, Unit unit) {
        return "/campaigns/" + c.id + "/submissions/" + unit.code;
    }

    String timeLeft(OffsetDateTime deadline) {
        AppMessages msg = messages.get();
        Duration left = Duration.between(clock.now(), deadline.toInstant());
        return left.isNegative() ? msg.overdue() : msg.timeLeft(left.toDays(), left.toHoursPart());
    }

    // ---- issuers ----

    /** Open campaigns issued from the units where I am issuer, newest first, with who has not submitted. */
    List<Issued> issued() {
        List<Unit> issuerUnits = access.unitsWithRole(EnumSet.of(Role.ISSUER));
        if (issuerUnits.isEmpty()) {
            return List.of();
        }
        List<Campaign> list = Campaign
                .<Campaign> find("from Campaign c join fetch c.issuerUnit where c.issuerUnit in ?1 and c.status = ?2"
                        + " order by c.id desc", issuerUnits, CampaignStatus.PUBLISHED)
                .page(0, LIMIT).list();
        List<Issued> out = new ArrayList<>();
        OffsetDateTime now = clock.nowOffset();
        for (Campaign c : list) {
            List<Submission> all = campaigns.submissions(c);
            int submitted = 0, late = 0, missing = 0;
            List<Pending> pending = new ArrayList<>();
            for (Submission s : all) {
                if (s.status == SubmissionStatus.SUBMITTED) {
                    submitted++;
                    late += s.late ? 1 : 0;
                    continue;
                }
                boolean overdue = now.isAfter(s.effectiveDeadline());
                missing += overdue ? 1 : 0;
                pending.add(new Pending(s.unit.code, s.unit.name, campaignProgress.displayStatus(s),
                        PortalClock.local(s.effectiveDeadline()), overdue));
            }
            // the overdue first: they are the ones to chase
            pending.sort(Comparator.comparing((Pending p) -> !p.overdue()));
            out.add(new Issued(c.id, c.title, c.letterNumber, c.issuerUnit.code, c.issuerUnit.name, c.periodLabel,
                    PortalClock.local(c.deadline), all.size(), submitted, late, missing,
                    Formats.percentOf(submitted, all.size()), pending, !pending.isEmpty() && campaigns.canManage(c)));
        }
        return out;
    }

    // ---- provincial viewers ----

    /** Units where I am viewer at province (or ministry) level: their subtree is a whole province. */
    List<Unit> provincialViewerUnits() {
        return access.unitsWithRole(EnumSet.of(Role.VIEWER)).stream()
                .filter(u -> u.kind.level() <= UnitKind.PROVINCE.level()).toList();
    }

    /** Campaigns in my reach that start a chain (their relays are counted inside), newest first. */
    List<Campaign> watchedCampaigns() {
        List<Campaign> reach = campaigns.issuedInMyReach().stream()
                .filter(c -> c.status == CampaignStatus.PUBLISHED || c.status == CampaignStatus.CLOSED).toList();
        Set<Long> ids = new HashSet<>();
        reach.forEach(c -> ids.add(c.id));
        return reach.stream().filter(c -> c.parent == null || !ids.contains(c.parent.id))
                .sorted(Comparator.comparing((Campaign c) -> c.id).reversed()).limit(LIMIT).toList();
    }

    private Watched watched(Campaign root, List<Unit> viewerUnits) {
        List<Long> ids = chain(root);
        List<Submission> all = Submission
                .<Submission> find("from Submission s join fetch s.unit where s.campaign.id in ?1", ids).list();
        Reach reach = reach(viewerUnits, root.referenceDay());
        Map<Long, int[]> counts = new LinkedHashMap<>();
        int submitted = 0;
        for (Submission s : all) {
            submitted += s.status == SubmissionStatus.SUBMITTED ? 1 : 0;
            UnitView district = reach.districtOf(s.unit.id);
            if (district != null) {
                int[] c = counts.computeIfAbsent(district.id(), k -> new int[2]);
                c[0]++;
                c[1] += s.status == SubmissionStatus.SUBMITTED ? 1 : 0;
            }
        }
        List<DistrictProgress> districts = new ArrayList<>();
        counts.entrySet().stream().sorted(Comparator.comparingInt(e -> reach.order(e.getKey()))).forEach(e -> {
            UnitView d = reach.unit(e.getKey());
            int[] c = e.getValue();
            districts.add(new DistrictProgress(d.code(), d.name(), c[0], c[1], Formats.percentOf(c[1], c[0])));
        });
        return new Watched(root.id, root.title, root.letterNumber, root.issuerUnit.name, root.periodLabel,
                PortalClock.local(root.deadline), all.size(), submitted, Formats.percentOf(submitted, all.size()),
                districts);
    }

    /** The campaign and every relay below it (drafts excluded: nobody reports to them yet). */
    static List<Long> chain(Campaign root) {
        List<Long> ids = new ArrayList<>(List.of(root.id));
        List<Long> level = List.of(root.id);
        while (!level.isEmpty()) {
            List<Long> next = Campaign.<Campaign> list("parent.id in ?1 and status <> ?2", level, CampaignStatus.DRAFT)
                    .stream().map(c -> c.id).toList();
            ids.addAll(next);
            level = next;
        }
        return ids;
    }

    /** One chart per periodic template among the campaigns watched, of its key figure. */
    private List<Series> charts(List<Campaign> watched) {
        Set<String> codes = new LinkedHashSet<>();
        watched.stream().filter(c -> c.reportType == ReportType.DINH_KY).forEach(c -> codes.add(c.template.code));
        List<Series> out = new ArrayList<>();
        for (String code : codes) {
            if (out.size() == MAX_CHARTS) {
                break;
            }
            templates.latest(code).map(templates::outline).flatMap(DashboardService::keyFigure)
                    .map(column -> series(code, column)).filter(s -> !s.periods().isEmpty()).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The figure worth following across periods: the first percentage computed from other columns of a table of units
     * (a ratio such as dossiers resolved on time), else its first summed number.
     */
    static Optional<String> keyFigure(OutlineTemplate outline) {
        for (TableDef t : outline.tables()) {
            if (t.rowModel() != RowModel.UNITS) {
                continue;
            }
            Optional<Column> ratio = t.columns().stream().filter(c -> c.isComputed() && c.type() == ColumnType.PERCENT)
                    .findFirst();
            Optional<Column> number = t.columns().stream().filter(c -> c.type().isNumeric() && !c.isComputed())
                    .filter(c -> c.rollup() == vn.tonghop.template.model.RollupRule.SUM).findFirst();
            Optional<Column> pick = ratio.or(() -> number);
            if (pick.isPresent()) {
                return Optional.of(pick.get().code());
            }
        }
        return Optional.empty();
    }

    /**
     * A column of a template across the periods of its campaigns in my reach, one line per unit right under the top of
     * my reach (the districts, for a province). Each unit's own row of its submitted report counts once per period: its
     * latest submission, whichever campaign of the period it answered. A computed column is recomputed on the
     * consolidated inputs, so a percentage is a ratio of sums.
     */
    public Series series(String templateCode, String columnCode) {
        HomeMessages m = messages.bundle(HomeMessages.class);
        if (blank(templateCode) || blank(columnCode)) {
            throw PortalException.invalid(m.seriesParams());
        }
        TemplateVersion latest = templates.latest(templateCode)
                .orElseThrow(() -> PortalException.notFound(messages.get().templateNotFound(templateCode)));
        OutlineTemplate outline = templates.outline(latest);
        TableDef table = outline.tables().stream().filter(t -> t.rowModel() == RowModel.UNITS)
                .filter(t -> t.column(columnCode).map(c -> c.type().isNumeric()).orElse(false)).findFirst()
                .orElseThrow(() -> PortalException.invalid(m.badColumn(columnCode, templateCode)));
        Column column = table.column(columnCode).orElseThrow();
        List<Unit> roots = access.unitsWithRole(AccessService.SUBTREE_ROLES);
        if (roots.isEmpty()) {
            return new Series(templateCode, outline.title(), columnCode, column.header(), column.unit(), List.of(),
                    List.of());
        }
        List<Submission> submitted = Submission.<Submission> find(
                "from Submission s join fetch s.campaign c join fetch s.unit where c.template.code = ?1"
                        + " and s.status = ?2 and c.status <> ?3",
                templateCode, SubmissionStatus.SUBMITTED, CampaignStatus.DRAFT).list();
        Map<LocalDate, Reach> reaches = new HashMap<>();
        // period -> unit -> its latest report of the period, with the district it then belonged to
        Map<Period, Map<Long, Counted>> latestByPeriod = new HashMap<>();
        Map<Long, UnitView> districts = new HashMap<>();
        Map<Long, Integer> districtOrder = new HashMap<>();
        for (Submission s : submitted) {
            Campaign c = s.campaign;
            Reach reach = reaches.computeIfAbsent(c.referenceDay(), day -> reach(roots, day));
            UnitView district = reach.districtOf(s.unit.id);
            if (district == null) {
                continue;
            }
            districts.putIfAbsent(district.id(), district);
            districtOrder.merge(district.id(), reach.order(district.id()), Math::min);
            Period period = new Period(c.periodStart, c.periodEnd, c.periodLabel);
            latestByPeriod.computeIfAbsent(period, k -> new HashMap<>()).merge(s.unit.id, new Counted(s, district.id()),
                    (a, b) -> b.isNewerThan(a) ? b : a);
        }
        List<Period> periods = latestByPeriod.keySet().stream()
                .sorted(Comparator.comparing(Period::start).thenComparing(Period::end).thenComparing(Period::label))
                .toList();
        List<Line> lines = new ArrayList<>();
        for (UnitView d : districts.values().stream().sorted(Comparator.comparingInt(v -> districtOrder.get(v.id())))
                .toList()) {
            List<BigDecimal> values = new ArrayList<>();
            for (Period p : periods) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Counted counted : latestByPeriod.get(p).values()) {
                    Submission s = counted.submission();
                    if (counted.districtId() == d.id()) {
                        s.content().table(table.code()).flatMap(t -> t.row(s.unit.code)).map(RowContent::cells)
                                .ifPresent(rows::add);
                    }
                }
                values.add(rows.isEmpty() ? null : round(aggregator.aggregate(table, rows).get(columnCode)));
            }
            lines.add(new Line(d.code(), d.name(), values));
        }
        return new Series(templateCode, outline.title(), columnCode, column.header(), column.unit(),
                periods.stream().map(Period::label).toList(), lines);
    }

    private record Period(LocalDate start, LocalDate end, String label) {
    }

    private record Counted(Submission submission, long districtId) {
        boolean isNewerThan(Counted other) {
            OffsetDateTime mine = submission.submittedAt;
            OffsetDateTime theirs = other.submission.submittedAt;
            return mine != null && (theirs == null || mine.isAfter(theirs)
                    || mine.isEqual(theirs) && submission.id > other.submission.id);
        }
    }

    private static BigDecimal round(Object value) {
        if (value instanceof BigDecimal d) {
            return d.setScale(Math.min(2, Math.max(0, d.scale())), RoundingMode.HALF_UP);
        }
        return null;
    }

    // ---- where a unit sits in my reach ----

    /** My reach on a day, and for each unit in it the unit right under the top of the reach that it belongs to. */
    Reach reach(List<Unit> roots, LocalDate day) {
        List<UnitView> forest = units.forest(roots, List.of(), day);
        return new Reach(forest);
    }

    static final class Reach {
        private final Map<Long, UnitView> byId = new HashMap<>();
        private final Map<Long, Integer> order = new HashMap<>();
        private final Set<Long> tops = new HashSet<>();

        Reach(List<UnitView> forest) {
            Set<String> codes = new HashSet<>();
            forest.forEach(v -> codes.add(v.code()));
            for (int i = 0; i < forest.size(); i++) {
                UnitView v = forest.get(i);
                byId.put(v.id(), v);
                order.put(v.id(), i);
                if (v.parentCode() == null || !codes.contains(v.parentCode())) {
                    tops.add(v.id());
                }
            }
        }

        /** The unit right under a top of the reach on the unit's path; the top itself for the top's own report. */
        UnitView districtOf(long unitId) {
            UnitView v = byId.get(unitId);
            if (v == null) {
                return null;
            }
            String[] ids = v.path().split("/");
            for (int i = 0; i < ids.length; i++) {
                if (!ids[i].isEmpty() && tops.contains(Long.parseLong(ids[i]))) {
                    return i + 1 < ids.length && !ids[i + 1].isEmpty() ? byId.get(Long.parseLong(ids[i + 1]))
                            : byId.get(Long.parseLong(ids[i]));
                }
            }
            return null;
        }

        UnitView unit(long id) {
            return byId.get(id);
        }

        int order(long id) {
            return order.getOrDefault(id, Integer.MAX_VALUE);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
