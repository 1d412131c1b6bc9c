package vn.tonghop.submission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.tonghop.submission.SubmissionContent.RowContent;
import vn.tonghop.submission.SubmissionContent.TableContent;
import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.FixedRow;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.PeriodOffset;
import vn.tonghop.template.model.RollupRule;
import vn.tonghop.template.model.RowModel;
import vn.tonghop.template.model.TableDef;

/**
 * Puts the earlier periods' figures into a report's earlier-period columns, row by row: a fixed row from the same row
 * of the earlier reports, the unit's own row of a units table from each earlier report's own row. Several reports (the
 * units merged into this one) are combined as the shown column is consolidated: added up, averaged, least or most; a
 * column consolidated otherwise is filled only from a single report. A cell with nothing to show is emptied, so that a
 * figure of a report since returned does not linger.
 */
final class EarlierPeriodCells {

    private EarlierPeriodCells() {
    }

    static SubmissionContent fill(OutlineTemplate outline, SubmissionContent content, SubmissionValidator.Scope scope,
            Map<PeriodOffset, List<EarlierReports.Report>> found) {
        Map<String, TableContent> tables = new LinkedHashMap<>(content.tables());
        for (TableDef table : outline.tables()) {
            List<Column> earlier = table.columns().stream().filter(Column::isEarlier).toList();
            if (earlier.isEmpty() || table.rowModel() == RowModel.FREE) {
                continue;
            }
            Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
            content.table(table.code())
                    .ifPresent(t -> t.rows().forEach(r -> rows.put(r.key(), new LinkedHashMap<>(r.cells()))));
            for (String key : keys(table, scope)) {
                Map<String, Object> cells = rows.computeIfAbsent(key, k -> new LinkedHashMap<>());
                for (Column c : earlier) {
                    Column shown = table.column(c.earlier().column()).orElseThrow();
                    List<BigDecimal> values = new ArrayList<>();
                    for (EarlierReports.Report r : found.getOrDefault(c.earlier().period(), List.of())) {
                        String from = table.rowModel() == RowModel.UNITS && key.equals(scope.ownKey()) ? r.unitCode()
                                : key;
                        r.content().table(table.code()).flatMap(t -> t.row(from))
                                .map(row -> number(row.cells().get(shown.code()))).ifPresent(values::add);
                    }
                    BigDecimal value = combine(shown, values);
                    if (value == null) {
                        cells.remove(c.code());
                    } else {
                        cells.put(c.code(), value);
                    }
                }
            }
            List<RowContent> out = new ArrayList<>();
            rows.forEach((key, cells) -> {
                if (!cells.isEmpty()) {
                    out.add(new RowContent(key, cells));
                }
            });
            if (out.isEmpty()) {
                tables.remove(table.code());
            } else {
                tables.put(table.code(), new TableContent(out));
            }
        }
        return new SubmissionContent(content.sections(), tables, content.explanations());
    }

    /** The rows a unit's report has: the leaves of a fixed table, the unit's own and its subordinates' unit rows. */
    private static Set<String> keys(TableDef table, SubmissionValidator.Scope scope) {
        Set<String> out = new LinkedHashSet<>();
        if (table.rowModel() == RowModel.FIXED) {
            table.flattenFixedRows().stream().filter(FixedRow::isLeaf).forEach(r -> out.add(r.key()));
        } else {
            out.add(scope.ownKey());
            out.addAll(scope.unitNames().keySet());
        }
        return out;
    }

    static BigDecimal combine(Column shown, List<BigDecimal> values) {
        List<BigDecimal> present = values.stream().filter(v -> v != null).toList();
        if (present.isEmpty()) {
            return null;
        }
        if (present.size() == 1) {
            return present.get(0);
        }
        RollupRule rule = shown.rollup();
        return switch (rule) {
            case SUM -> present.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case AVERAGE -> present.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(present.size()), shown.effectiveScale(), RoundingMode.HALF_UP);
            case MIN -> present.stream().min(BigDecimal::compareTo).orElseThrow();
            case MAX -> present.stream().max(BigDecimal::compareTo).orElseThrow();
            default -> null;
        };
    }

    static BigDecimal number(Object v) {
        if (v instanceof BigDecimal b) {
            return b;
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (v instanceof String s && !s.isBlank()) {
            try {
                return new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
