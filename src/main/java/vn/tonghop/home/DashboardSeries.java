package vn.tonghop.home;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignStatus;
import vn.tonghop.campaign.Submission;
import vn.tonghop.campaign.SubmissionStatus;
import vn.tonghop.home.Dashboard.Line;
import vn.tonghop.home.Dashboard.Series;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.submission.SubmissionContent.RowContent;
import vn.tonghop.submission.SubmissionContent;
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
import vn.tonghop.unit.UnitService;
import vn.tonghop.unit.UnitView;
import vn.tonghop.user.AccessService;

/**
 * Key figures of periodic templates across their periods, one line per district of my reach: the home page's charts.
 */
@ApplicationScoped
@Transactional
public class DashboardSeries {

    static final int MAX_CHARTS = 3;

    @Inject
    UnitService units;

    @Inject
    TemplateLibrary templates;

    @Inject
    AccessService access;

    @Inject
    Messages messages;

    private final Aggregator aggregator = new Aggregator();

    /** One chart per periodic template among the campaigns watched, of its key figure. */
    List<Series> charts(List<Campaign> watched) {
        Set<String> codes = new LinkedHashSet<>();
        watched.stream().filter(c -> c.reportType == ReportType.DINH_KY).forEach(c -> codes.add(c.template.code));
        List<Series> out = new ArrayList<>();
        for (String code : codes) {
            if (out.size() == MAX_CHARTS) {
                break;
            }
            templates.latest(code).map(templates::outline).flatMap(DashboardSeries::keyFigure)
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
            Reach reach = reaches.computeIfAbsent(c.referenceDay(), day -> Reach.of(units, roots, day));
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
                        SubmissionContent.of(s).table(table.code()).flatMap(t -> t.row(s.unit.code))
                                .map(RowContent::cells).ifPresent(rows::add);
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

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
