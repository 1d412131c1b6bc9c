package vn.tonghop.submission;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import vn.tonghop.campaign.Submission;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.submission.SubmissionPageModel.Grid;
import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.PeriodOffset;
import vn.tonghop.template.model.TableDef;

/**
 * Fills a report's earlier-period columns from the unit's accepted reports of those periods (found by
 * {@link EarlierReports}, implemented by the regimes above), whenever the report is saved, submitted or shown for
 * editing, so that its ratios compute from them and the consolidation adds them up like any figure. Templates without
 * such columns cost nothing.
 */
@ApplicationScoped
public class EarlierPeriodFill {

    @Inject
    Instance<EarlierReports> finders;

    @Inject
    Messages messages;

    /** The content filled, with what was found for each earlier period the template asks for. */
    public record Filled(SubmissionContent content, Map<PeriodOffset, Optional<EarlierReports.Found>> found) {
    }

    public SubmissionContent fill(Submission s, OutlineTemplate outline, SubmissionContent content,
            SubmissionValidator.Scope scope) {
        return filled(s, outline, content, scope).content();
    }

    public Filled filled(Submission s, OutlineTemplate outline, SubmissionContent content,
            SubmissionValidator.Scope scope) {
        if (!outline.hasEarlierColumns() || !finders.isResolvable()) {
            return new Filled(content, Map.of());
        }
        Map<PeriodOffset, Optional<EarlierReports.Found>> found = new EnumMap<>(PeriodOffset.class);
        Map<PeriodOffset, List<EarlierReports.Report>> reports = new EnumMap<>(PeriodOffset.class);
        for (PeriodOffset offset : offsets(outline.tables())) {
            Optional<EarlierReports.Found> f = finders.get().find(s, offset);
            found.put(offset, f);
            f.ifPresent(x -> reports.put(offset, x.reports()));
        }
        return new Filled(EarlierPeriodCells.fill(outline, content, scope, reports), found);
    }

    /** The grid with a line saying where its grey cells come from, when its table has any. */
    Grid annotate(Grid grid, TableDef table, Filled filled) {
        Set<PeriodOffset> used = offsets(List.of(table));
        if (used.isEmpty() || filled.found().isEmpty()) {
            return grid;
        }
        EarlierPeriodMessages m = messages.bundle(EarlierPeriodMessages.class);
        List<String> parts = new ArrayList<>();
        for (PeriodOffset o : used) {
            String offset = o == PeriodOffset.PREVIOUS ? m.previous() : m.sameLastYear();
            Optional<EarlierReports.Found> f = filled.found().getOrDefault(o, Optional.empty());
            parts.add(f.isEmpty() ? m.noPeriod(offset)
                    : f.get().reports().isEmpty() ? m.noReport(f.get().periodLabel(), offset)
                            : m.found(f.get().periodLabel(), offset));
        }
        String note = m.note(String.join("; ", parts));
        String notes = grid.notes() == null || grid.notes().isBlank() ? note : grid.notes() + " " + note;
        return new Grid(grid.code(), grid.title(), grid.subtitle(), notes, grid.rowModel(), grid.headerRows(),
                grid.columns(), grid.rows(), grid.total(), grid.template(), grid.maxRows(), grid.editable());
    }

    private static Set<PeriodOffset> offsets(List<TableDef> tables) {
        Set<PeriodOffset> out = new LinkedHashSet<>();
        for (TableDef t : tables) {
            t.columns().stream().filter(Column::isEarlier).forEach(c -> out.add(c.earlier().period()));
        }
        return out;
    }
}
