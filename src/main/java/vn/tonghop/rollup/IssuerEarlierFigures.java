package vn.tonghop.rollup;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.submission.SubmissionContent;
import vn.tonghop.submission.SubmissionContent.RowContent;
import vn.tonghop.submission.SubmissionContent.TableContent;
import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.PeriodOffset;
import vn.tonghop.template.model.RowModel;
import vn.tonghop.template.model.TableDef;

/**
 * The earlier-period columns of the issuer's own row ("A. CẤP HUYỆN" of a quarterly regime): taken from its own row in
 * the consolidation of the campaign it issued in that period, as a unit's come from its accepted report. Only a row
 * holding figures of this period gets them, so that the totals compare the same units in both periods.
 */
@ApplicationScoped
public class IssuerEarlierFigures {

    @Inject
    Instance<EarlierConsolidations> finders;

    /** The content with the own rows' earlier cells filled, or emptied where that period has no figure. */
    public SubmissionContent fill(Campaign c, OutlineTemplate outline, SubmissionContent content) {
        List<TableDef> tables = outline.tables().stream().filter(t -> t.rowModel() == RowModel.UNITS && t.issuerRow()
                && t.columns().stream().anyMatch(Column::isEarlier)).toList();
        if (tables.isEmpty() || !finders.isResolvable()) {
            return content;
        }
        String own = c.issuerUnit.code;
        Map<PeriodOffset, Optional<SubmissionContent>> earlier = new EnumMap<>(PeriodOffset.class);
        Map<String, TableContent> out = new LinkedHashMap<>(content.tables());
        for (TableDef table : tables) {
            Optional<RowContent> row = content.table(table.code()).flatMap(t -> t.row(own));
            if (row.isEmpty()) {
                continue;
            }
            Map<String, Object> cells = new LinkedHashMap<>(row.get().cells());
            for (Column col : table.columns()) {
                if (col.isEarlier()) {
                    cells.remove(col.code());
                }
            }
            if (cells.values().stream().anyMatch(v -> v != null)) {
                for (Column col : table.columns()) {
                    if (!col.isEarlier()) {
                        continue;
                    }
                    earlier.computeIfAbsent(col.earlier().period(), o -> consolidation(c, o))
                            .flatMap(e -> e.table(table.code())).flatMap(t -> t.row(own))
                            .map(r -> r.cells().get(col.earlier().column())).ifPresent(v -> cells.put(col.code(), v));
                }
            }
            List<RowContent> rows = new ArrayList<>(out.get(table.code()).rows());
            rows.replaceAll(r -> own.equals(r.key()) ? new RowContent(own, cells) : r);
            out.put(table.code(), new TableContent(rows));
        }
        return new SubmissionContent(content.sections(), out, content.explanations());
    }

    private Optional<SubmissionContent> consolidation(Campaign c, PeriodOffset offset) {
        Optional<ConsolidatedReport> report = finders.get().find(c, offset)
                .flatMap(e -> ConsolidatedReport.find("campaign", e.campaign()).firstResultOptional());
        return report.map(ConsolidatedReport::content);
    }
}
