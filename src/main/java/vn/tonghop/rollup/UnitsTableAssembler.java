package vn.tonghop.rollup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import vn.tonghop.platform.i18n.DocumentWording;
import vn.tonghop.rollup.RollupView.Coverage;
import vn.tonghop.rollup.RollupView.Group;
import vn.tonghop.rollup.RollupView.Subgroup;
import vn.tonghop.rollup.RollupView.Total;
import vn.tonghop.rollup.RollupView.UnitRow;
import vn.tonghop.template.Aggregator;
import vn.tonghop.template.Consolidation;
import vn.tonghop.template.model.NumberingStyle;
import vn.tonghop.template.model.TableDef;
import vn.tonghop.template.model.UnitGroupLabel;
import vn.tonghop.template.model.UnitLevel;
import vn.tonghop.unit.UnitKind;

/**
 * Lays out a {@code units} table the way officials do: the blocks of the template (A. CẤP HUYỆN, B. CẤP XÃ …) with the
 * issuing unit's row first in its block, units under a district gathered under it (I. Thị xã Bỉm Sơn …) with a
 * subtotal, a "Tổng" per block and a grand total, each total saying how many units it covers.
 */
final class UnitsTableAssembler {

    private static final Locale VI = Locale.forLanguageTag("vi");
    static final String SUBTOTAL_LABEL = DocumentWording.text("annex.subtotal");

    private final Aggregator aggregator;

    UnitsTableAssembler(Aggregator aggregator) {
        this.aggregator = aggregator;
    }

    /**
     * The groups of a table, the grand total (made of the groups' totals rather than of every row again) and how many
     * of all the units have reported.
     */
    record Laid(List<Group> groups, Total grandTotal, Coverage coverage) {
    }

    /**
     * The groups of the table, and its grand total when the template has one; entries must be in tree order, the
     * issuer's own row (if any) first.
     */
    Laid layout(TableDef table, List<UnitEntry> entries, Hierarchy hierarchy, String issuerCode, boolean collapse) {
        Map<Object, Block> blocks = new LinkedHashMap<>();
        for (UnitGroupLabel g : table.unitGroups()) {
            blocks.put(g, new Block(g.label(), g.levels().stream().map(Enum::name).toList(), g));
        }
        List<Block> ownBlock = new ArrayList<>();
        for (UnitEntry e : entries) {
            Block block = blockFor(table, e.kind(), blocks);
            if (block == null) {
                block = blocks.computeIfAbsent(e.kind(),
                        k -> new Block(e.kind().label(), List.of(e.kind().name()), null));
                if (e.issuer() && block.entries.isEmpty()) {
                    ownBlock.add(block);
                }
            }
            block.entries.add(e);
        }
        List<Block> ordered = new ArrayList<>(ownBlock);
        blocks.values().stream().filter(b -> !ownBlock.contains(b)).forEach(ordered::add);
        List<Group> out = new ArrayList<>();
        Consolidation all = aggregator.consolidation(table);
        int letter = 0;
        for (Block b : ordered) {
            if (b.entries.isEmpty()) {
                continue;
            }
            String ordinal = String.valueOf((char) ('A' + letter++));
            out.add(b.build(ordinal, table, hierarchy, issuerCode, collapse, all));
        }
        Coverage coverage = coverage(entries);
        Total grand = table.totalRow() ? new Total(table.totalLabel(), all.row(), coverage) : null;
        return new Laid(out, grand, coverage);
    }

    private static Block blockFor(TableDef table, UnitKind kind, Map<Object, Block> blocks) {
        UnitLevel level = UnitLevel.valueOf(kind.name());
        for (UnitGroupLabel g : table.unitGroups()) {
            if (g.contains(level)) {
                return blocks.get(g);
            }
        }
        return null;
    }

    /** The consolidation of the rows of the units counted (those that have reported). */
    private Consolidation counted(TableDef table, List<UnitEntry> entries) {
        Consolidation c = aggregator.consolidation(table);
        for (UnitEntry e : entries) {
            if (e.counted()) {
                c.add(e.cells());
            }
        }
        return c;
    }

    private static Coverage coverage(List<UnitEntry> entries) {
        return new Coverage((int) entries.stream().filter(UnitEntry::counted).count(), entries.size());
    }

    private final class Block {
        final String label;
        final List<String> levels;
        final UnitGroupLabel template;
        final List<UnitEntry> entries = new ArrayList<>();

        Block(String label, List<String> levels, UnitGroupLabel template) {
            this.label = label;
            this.levels = levels;
            this.template = template;
        }

        /** The block as a group; what it consolidates is added to {@code all}, for the grand total. */
        Group build(String ordinal, TableDef table, Hierarchy hierarchy, String issuerCode, boolean collapse,
                Consolidation all) {
            String heading = label.toUpperCase(VI) + String.format(" (%02d)", entries.size());
            boolean showTotal = template == null || template.subtotal();
            UnitKind headKind = template != null && template.subgroupBy() != null
                    ? UnitKind.valueOf(template.subgroupBy().name())
                    : null;
            Function<UnitEntry, String> keyOf = headKind != null ? e -> hierarchy.ancestorOfKind(e.code(), headKind)
                    : e -> district(e, hierarchy, issuerCode);

            List<UnitEntry> loose = new ArrayList<>();
            Map<String, List<UnitEntry>> byKey = new LinkedHashMap<>();
            for (UnitEntry e : entries) {
                String key = e.issuer() ? null : keyOf.apply(e);
                if (key == null) {
                    loose.add(e);
                } else {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
                }
            }
            List<UnitRow> rows = new ArrayList<>();
            int n = 0;
            for (UnitEntry e : loose) {
                rows.add(row(Integer.toString(++n), e));
            }
            // the block's consolidation, in the order of its rows: the loose ones, then each sub-group's
            Consolidation block = counted(table, loose);
            List<Subgroup> subgroups = new ArrayList<>();
            int roman = 0;
            boolean subtotals = headKind == null || template.subtotal();
            for (Map.Entry<String, List<UnitEntry>> sg : byKey.entrySet()) {
                String sgOrdinal = NumberingStyle.ROMAN.ordinal(++roman);
                List<UnitRow> sgRows = new ArrayList<>();
                int m = 0;
                for (UnitEntry e : sg.getValue()) {
                    boolean head = headKind != null && e.code().equals(sg.getKey());
                    sgRows.add(row(head ? sgOrdinal : Integer.toString(++m), e));
                }
                // "Cộng" under a district, "Tổng" under the block: one label each, so that readers tell them apart
                Consolidation sgSum = counted(table, sg.getValue());
                block.add(sgSum);
                Coverage sgCoverage = coverage(sg.getValue());
                Map<String, Object> sgCells = subtotals || collapse ? sgSum.row() : null;
                Total sgTotal = subtotals ? new Total(SUBTOTAL_LABEL, sgCells, sgCoverage) : null;
                subgroups.add(
                        new Subgroup(sgOrdinal, sg.getKey(), hierarchy.name(sg.getKey()), sgRows, sgTotal, sgCoverage));
                if (collapse) {
                    rows.add(new UnitRow(sgOrdinal, sg.getKey(), hierarchy.name(sg.getKey()),
                            hierarchy.unit(sg.getKey()).map(v -> v.kind().name()).orElse(null), sgCoverage.label(),
                            false, sgCoverage.submitted() > 0, sgCells, null, null));
                } else {
                    rows.addAll(sgRows);
                }
            }
            all.add(block);
            Coverage coverage = coverage(entries);
            Total total = showTotal ? new Total(table.totalLabel(), block.row(), coverage) : null;
            return new Group(ordinal, heading, levels, rows, subgroups, total, coverage);
        }
    }

    /** The district a unit lies in, when that district is not the issuer (a province-wide view). */
    private static String district(UnitEntry e, Hierarchy hierarchy, String issuerCode) {
        String d = hierarchy.ancestorOfKind(e.code(), UnitKind.DISTRICT);
        return d == null || d.equals(e.code()) || d.equals(issuerCode) ? null : d;
    }

    private static UnitRow row(String ordinal, UnitEntry e) {
        return new UnitRow(ordinal, e.code(), e.name(), e.kind().name(), e.status(), e.late(), e.counted(), e.cells(),
                e.campaignId(), e.childCampaignId());
    }
}
