package vn.tonghop.rollup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.tonghop.campaign.Campaign;
import vn.tonghop.rollup.RollupTree.Node;
import vn.tonghop.rollup.RollupTree.Slot;
import vn.tonghop.rollup.RollupView.ColumnInfo;
import vn.tonghop.rollup.RollupView.Coverage;
import vn.tonghop.rollup.RollupView.FixedRow;
import vn.tonghop.rollup.RollupView.Group;
import vn.tonghop.rollup.RollupView.TableRollup;
import vn.tonghop.rollup.RollupView.Total;
import vn.tonghop.rollup.RollupView.UnitRow;
import vn.tonghop.submission.SubmissionContent;
import vn.tonghop.submission.SubmissionContent.RowContent;
import vn.tonghop.template.Aggregator;
import vn.tonghop.template.FormulaEngine;
import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.TableDef;
import vn.tonghop.unit.UnitKind;
import vn.tonghop.unit.UnitView;

/**
 * The consolidated tables of a {@link RollupTree}, one per row model: units (each recipient's row, or its relay's rows
 * where it has not reported them itself), fixed rows (summed leaf by leaf, then up the outline) and free rows (one
 * group per reporting unit).
 */
final class RollupTables {

    private final FormulaEngine engine = new FormulaEngine();
    private final Aggregator aggregator = new Aggregator(engine);
    private final UnitsTableAssembler unitsAssembler = new UnitsTableAssembler(aggregator);

    TableRollup table(TableDef table, RollupTree tree, boolean collapse) {
        return switch (table.rowModel()) {
            case UNITS -> unitsTable(table, tree, collapse);
            case FIXED -> fixedTable(table, tree);
            case FREE -> freeTable(table, tree);
        };
    }

    /** A row with its computed columns; none for no row. */
    Map<String, Object> cells(TableDef table, RowContent row) {
        return row == null ? Map.of() : engine.computeRow(table, new LinkedHashMap<>(row.cells()));
    }

    // ---- tables of units ----

    private TableRollup unitsTable(TableDef table, RollupTree tree, boolean collapse) {
        List<UnitEntry> entries = new ArrayList<>();
        Campaign root = tree.root.campaign;
        String issuerCode = root.issuerUnit.code;
        if (table.issuerRow()) {
            RowContent own = tree.root.own.table(table.code()).flatMap(t -> t.row(issuerCode)).orElse(null);
            boolean inTemplate = table.unitGroups().stream()
                    .anyMatch(g -> g.levels().stream().anyMatch(l -> l.name().equals(root.issuerUnit.kind.name())));
            if (own != null || inTemplate) {
                String name = table.issuerRowLabel() != null ? table.issuerRowLabel() : root.issuerUnit.name;
                entries.add(new UnitEntry(issuerCode, name, root.issuerUnit.kind, "ISSUER", false,
                        own != null && hasValue(own), cells(table, own), root.id, null, true));
            }
        }
        List<UnitEntry> others = new ArrayList<>();
        collectUnits(tree.root, table, tree.hierarchy, others);
        others.sort(Comparator.comparingInt((UnitEntry e) -> tree.hierarchy.order(e.code()))
                .thenComparing(UnitEntry::code));
        entries.addAll(others);
        UnitsTableAssembler.Laid laid = unitsAssembler.layout(table, entries, tree.hierarchy, issuerCode, collapse);
        return new TableRollup(table.code(), table.title(), table.subtitle(), table.notes(),
                table.rowModel().yamlName(), table.labelHeader(), columns(table), laid.groups(), laid.grandTotal(),
                null, laid.coverage());
    }

    /** Every unit row a node contributes: each recipient's own row, then its subordinates' (its copy or live). */
    private void collectUnits(Node node, TableDef table, Hierarchy hierarchy, List<UnitEntry> out) {
        for (Slot slot : node.slots) {
            Node relay = node.relayOf(slot);
            Long childId = relay == null ? null : relay.campaign.id;
            Map<String, RowContent> rows = new LinkedHashMap<>();
            slot.content().table(table.code()).ifPresent(t -> t.rows().forEach(r -> rows.put(r.key(), r)));
            RowContent own = rows.remove(slot.code());
            out.add(new UnitEntry(slot.code(), slot.name(), slot.kind(), slot.status(), slot.late(),
                    slot.counted() && own != null && hasValue(own), cells(slot, table, own), node.campaign.id, childId,
                    false));
            Set<String> covered = new HashSet<>();
            for (RowContent r : rows.values()) {
                UnitKind kind = hierarchy.unit(r.key()).map(UnitView::kind).orElse(UnitKind.OFFICE);
                out.add(new UnitEntry(r.key(), hierarchy.name(r.key()), kind, slot.status(), slot.late(),
                        slot.counted() && hasValue(r), cells(slot, table, r), node.campaign.id, null, false));
                covered.add(r.key());
            }
            if (relay != null) {
                List<UnitEntry> below = relay.memo("units:" + table.code(), () -> {
                    List<UnitEntry> rowsBelow = new ArrayList<>();
                    collectUnits(relay, table, hierarchy, rowsBelow);
                    return List.copyOf(rowsBelow);
                });
                below.stream().filter(e -> !covered.contains(e.code())).forEach(out::add);
            }
        }
    }

    /** A recipient's row with its computed columns: kept with its report's parsed tables when it was read before. */
    private Map<String, Object> cells(Slot slot, TableDef table, RowContent row) {
        Map<String, Object> kept = row == null ? null : slot.computed().get(row);
        return kept != null ? kept : cells(table, row);
    }

    private static boolean hasValue(RowContent row) {
        return row.cells().values().stream().anyMatch(v -> v != null && !(v instanceof String s && s.isBlank()));
    }

    // ---- tables of fixed rows ----

    private TableRollup fixedTable(TableDef table, RollupTree tree) {
        int[] counted = new int[1];
        Map<String, Map<String, Object>> leaves = fixedLeaves(table, tree.root, counted);
        Map<String, Map<String, Object>> all = aggregator.rollupFixedRows(table, leaves);
        List<FixedRow> rows = new ArrayList<>();
        for (vn.tonghop.template.model.FixedRow r : table.flattenFixedRows()) {
            Map<String, Object> cells = all.get(r.key());
            rows.add(new FixedRow(r.key(), r.label(), r.depth(), !r.isLeaf(), cells == null ? Map.of() : cells));
        }
        Total grand = null;
        if (table.totalRow()) {
            List<Map<String, Object>> roots = table.fixedRows().stream().map(r -> all.get(r.key())).toList();
            grand = new Total(table.totalLabel(), aggregator.aggregate(table, roots),
                    new Coverage(counted[0], tree.root.slots.size()));
        }
        return new TableRollup(table.code(), table.title(), table.subtitle(), table.notes(),
                table.rowModel().yamlName(), table.labelHeader(), columns(table), List.of(), grand, rows,
                new Coverage(counted[0], tree.root.slots.size()));
    }

    /**
     * The leaf rows of a node's scope, cell by cell: the issuer's own figures plus each recipient's report, or, for a
     * recipient that relayed and has not submitted, the consolidation of its relay.
     */
    private Map<String, Map<String, Object>> fixedLeaves(TableDef table, Node node, int[] counted) {
        List<Map<String, Map<String, Object>>> parts = new ArrayList<>();
        parts.add(rowsByKey(node.own, table));
        for (Slot slot : node.slots) {
            Node relay = node.relayOf(slot);
            if (slot.counted()) {
                parts.add(rowsByKey(slot, table));
                counted[0]++;
            } else if (relay != null) {
                parts.add(relay.memo("fixed:" + table.code(), () -> fixedLeaves(table, relay, new int[1])));
            }
        }
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (vn.tonghop.template.model.FixedRow r : table.flattenFixedRows()) {
            if (!r.isLeaf()) {
                continue;
            }
            List<Map<String, Object>> values = new ArrayList<>();
            for (Map<String, Map<String, Object>> p : parts) {
                Map<String, Object> v = p.get(r.key());
                if (v != null) {
                    values.add(v);
                }
            }
            out.put(r.key(), aggregator.aggregate(table, values));
        }
        return out;
    }

    private Map<String, Map<String, Object>> rowsByKey(Slot slot, TableDef table) {
        Map<String, Map<String, Object>> out = new HashMap<>();
        slot.content().table(table.code())
                .ifPresent(t -> t.rows().forEach(r -> out.put(r.key(), cells(slot, table, r))));
        return out;
    }

    private Map<String, Map<String, Object>> rowsByKey(SubmissionContent content, TableDef table) {
        Map<String, Map<String, Object>> out = new HashMap<>();
        content.table(table.code())
                .ifPresent(t -> t.rows().forEach(r -> out.put(r.key(), engine.computeRow(table, r.cells()))));
        return out;
    }

    // ---- tables of free rows ----

    private TableRollup freeTable(TableDef table, RollupTree tree) {
        List<Group> groups = new ArrayList<>();
        List<Map<String, Object>> allRows = new ArrayList<>();
        int[] counted = new int[1];
        Campaign root = tree.root.campaign;
        addFreeGroup(table, root.issuerUnit.code, root.issuerUnit.name, root.issuerUnit.kind, "ISSUER", true,
                tree.root.own, root.id, groups, allRows, false);
        collectFree(table, tree.root, groups, allRows, counted);
        Total grand = table.totalRow()
                ? new Total(table.totalLabel(), aggregator.aggregate(table, allRows),
                        new Coverage(counted[0], tree.root.slots.size()))
                : null;
        return new TableRollup(table.code(), table.title(), table.subtitle(), table.notes(),
                table.rowModel().yamlName(), table.labelHeader(), columns(table), groups, grand, null,
                new Coverage(counted[0], tree.root.slots.size()));
    }

    private void collectFree(TableDef table, Node node, List<Group> groups, List<Map<String, Object>> allRows,
            int[] counted) {
        for (Slot slot : node.slots) {
            Node relay = node.relayOf(slot);
            if (slot.counted()) {
                counted[0]++;
                addFreeGroup(table, slot.code(), slot.name(), slot.kind(), slot.status(), true, slot.content(),
                        node.campaign.id, groups, allRows, true);
            } else if (relay != null) {
                collectFree(table, relay, groups, allRows, new int[1]);
            } else {
                addFreeGroup(table, slot.code(), slot.name(), slot.kind(), slot.status(), false,
                        SubmissionContent.EMPTY, node.campaign.id, groups, allRows, true);
            }
        }
    }

    private void addFreeGroup(TableDef table, String code, String name, UnitKind kind, String status, boolean counted,
            SubmissionContent content, long campaignId, List<Group> groups, List<Map<String, Object>> allRows,
            boolean evenIfEmpty) {
        List<RowContent> typed = content.table(table.code()).map(t -> t.rows()).orElse(List.of());
        if (typed.isEmpty() && !evenIfEmpty) {
            return;
        }
        List<UnitRow> rows = new ArrayList<>();
        int n = 0;
        for (RowContent r : typed) {
            Map<String, Object> cells = engine.computeRow(table, new LinkedHashMap<>(r.cells()));
            allRows.add(cells);
            rows.add(new UnitRow(Integer.toString(++n), code, name, kind.name(), status, false, counted, cells,
                    campaignId, null));
        }
        String ordinal = NumberingOrdinal.roman(groups.size() + 1);
        groups.add(new Group(ordinal, name, List.of(kind.name()), rows, List.of(), null,
                new Coverage(counted ? 1 : 0, 1)));
    }

    private static List<ColumnInfo> columns(TableDef table) {
        List<ColumnInfo> out = new ArrayList<>();
        for (Column c : table.columns()) {
            out.add(new ColumnInfo(c.code(), c.header(), c.type().yamlName(), c.rollup().yamlName(), c.isComputed(),
                    c.unit(), c.effectiveScale()));
        }
        return out;
    }
}
