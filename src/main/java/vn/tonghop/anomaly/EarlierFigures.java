package vn.tonghop.anomaly;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import vn.tonghop.campaign.Submission;
import vn.tonghop.submission.EarlierReports;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.PeriodOffset;

/**
 * The figures of the judged reports' earlier periods in their regime (previous period, same period last year), looked
 * up for the whole campaign at once: a unit merged since takes the sum of the units merged into it, cell by cell.
 */
final class EarlierFigures {

    private final OutlineTemplate outline;
    private final List<Submission> judged;
    private final Instance<EarlierReports> finder;
    private final Map<PeriodOffset, Map<Long, EarlierReports.Found>> found = new EnumMap<>(PeriodOffset.class);

    EarlierFigures(OutlineTemplate outline, List<Submission> judged, Instance<EarlierReports> finder) {
        this.outline = outline;
        this.judged = judged;
        this.finder = finder;
    }

    /** Empty when the report's campaign is of no regime or that period was not opened. */
    Optional<Map<Cells.Where, Cells.Figure>> of(Submission s, PeriodOffset offset) {
        if (!finder.isResolvable() || judged.isEmpty()) {
            return Optional.empty();
        }
        EarlierReports.Found f = found.computeIfAbsent(offset, o -> finder.get().findAll(judged, o)).get(s.id);
        if (f == null) {
            return Optional.empty();
        }
        Map<Cells.Where, Cells.Figure> sum = new LinkedHashMap<>();
        for (EarlierReports.Report r : f.reports()) {
            Cells.of(outline, r.content(), r.unitCode(), s.unit.name)
                    .forEach((where, figure) -> sum.merge(where, figure, (a, b) -> new Cells.Figure(a.where(),
                            a.rowKey(), a.rowLabel(), a.tableTitle(), a.columnTitle(), a.value().add(b.value()))));
        }
        return Optional.of(sum);
    }
}
