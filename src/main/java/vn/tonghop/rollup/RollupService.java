package vn.tonghop.rollup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignAccess;
import vn.tonghop.campaign.CampaignProgress;
import vn.tonghop.campaign.CampaignStatus;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.AccessService;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.rollup.RollupTree.Node;
import vn.tonghop.rollup.RollupTree.Slot;
import vn.tonghop.rollup.RollupView.ColumnInfo;
import vn.tonghop.rollup.RollupView.Completeness;
import vn.tonghop.rollup.RollupView.Coverage;
import vn.tonghop.rollup.RollupView.FixedRow;
import vn.tonghop.rollup.RollupView.Group;
import vn.tonghop.rollup.RollupView.GroupCompleteness;
import vn.tonghop.rollup.RollupView.NarrativeRollup;
import vn.tonghop.rollup.synthesis.Drafter;
import vn.tonghop.rollup.synthesis.SourceText;
import vn.tonghop.rollup.RollupView.TableRollup;
import vn.tonghop.rollup.RollupView.Total;
import vn.tonghop.rollup.RollupView.UnitRow;
import vn.tonghop.rollup.RollupView.UnitStatus;
import vn.tonghop.rollup.RollupView.UnitText;
import vn.tonghop.submission.Submission;
import vn.tonghop.submission.SubmissionContent;
import vn.tonghop.submission.SubmissionContent.RowContent;
import vn.tonghop.template.Aggregator;
import vn.tonghop.template.FormulaEngine;
import vn.tonghop.template.TemplateLibrary;
import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.RowModel;
import vn.tonghop.template.model.Section;
import vn.tonghop.template.model.SectionKind;
import vn.tonghop.template.model.TableDef;
import vn.tonghop.submission.SubmissionStatus;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitKind;
import vn.tonghop.unit.UnitService;
import vn.tonghop.unit.UnitView;
import vn.tonghop.user.Role;

/**
 * Consolidates a campaign live from the stored reports (no batch job): every read reflects every save (a rollup is kept
 * by {@link RollupCache} only until one of its inputs changes). A recipient that relayed the campaign to its own
 * subordinates contributes their reports too, unless it has submitted its own copy of their figures, which then wins
 * (it is what the recipient approved).
 */
@ApplicationScoped
@Transactional
public class RollupService {

    @Inject
    CampaignAccess campaigns;

    @Inject
    CampaignProgress campaignProgress;

    @Inject
    TemplateLibrary templates;

    @Inject
    UnitService units;

    @Inject
    AccessService access;

    @Inject
    PortalClock clock;

    @Inject
    Messages messages;

    @Inject
    ReportContents contents;

    @Inject
    RollupCache cache;

    @Inject
    Drafter drafter;

    private final FormulaEngine engine = new FormulaEngine();
    private final Aggregator aggregator = new Aggregator(engine);
    private final UnitsTableAssembler unitsAssembler = new UnitsTableAssembler(aggregator);

    /** Options of a rollup read: count drafts too, and show one row per district instead of its units. */
    public record Options(boolean includeDrafts, boolean collapse) {
        public static final Options DEFAULT = new Options(false, false);
    }

    /** A campaign whose consolidation the user may read: issued from a unit in their issuer or viewer reach. */
    public Campaign requireReadable(long campaignId) {
        Campaign c = campaigns.find(campaignId);
        if (!canRead(c)) {
            throw PortalException.notFound(messages.get().campaignNotFound(campaignId));
        }
        return c;
    }

    public boolean canRead(Campaign c) {
        return access.has(c.issuerUnit, c.referenceDay(), EnumSet.of(Role.ISSUER, Role.VIEWER, Role.ADMIN));
    }

    public RollupView rollup(long campaignId, Options options) {
        Campaign c = requireReadable(campaignId);
        return cache.get(c, options, clock.nowOffset(), () -> compute(c, options));
    }

    private RollupView compute(Campaign c, Options options) {
        RollupTree tree = load(c, options.includeDrafts());
        OutlineTemplate outline = templates.outline(c.template);
        List<TableRollup> tables = new ArrayList<>();
        for (TableDef table : outline.tables()) {
            tables.add(switch (table.rowModel()) {
                case UNITS -> unitsTable(table, tree, options.collapse());
                case FIXED -> fixedTable(table, tree);
                case FREE -> freeTable(table, tree);
            });
        }
        return new RollupView(c.id, c.title, c.periodLabel, c.issuerUnit.code, c.issuerUnit.name,
                PortalClock.local(c.deadline), c.parent == null ? null : c.parent.id, options.includeDrafts(),
                options.collapse(), tables, narratives(outline, tree), completeness(tree));
    }

    // ---- loading ----

    RollupTree load(Campaign root, boolean includeDrafts) {
        Map<Long, Node> nodes = new LinkedHashMap<>();
        nodes.put(root.id, new Node(root));
        List<Long> level = List.of(root.id);
        while (!level.isEmpty()) {
            List<Campaign> children = Campaign.list("parent.id in ?1 and status <> ?2 order by id", level,
                    CampaignStatus.DRAFT);
            List<Long> next = new ArrayList<>();
            for (Campaign child : children) {
                nodes.put(child.id, new Node(child));
                next.add(child.id);
            }
            level = next;
        }
        List<Long> ids = List.copyOf(nodes.keySet());
        List<Submission> reports = reports(ids, nodes);
        // only the root's recipients' narratives are shown; the others give their tables
        OutlineTemplate outline = templates.outline(root.template);
        Map<Long, ReportContents.Content> content = contents.of(
                reports.stream().filter(s -> Slot.counts(s, includeDrafts)).toList(),
                s -> s.campaign.id.equals(root.id), this::data,
                (code, row) -> outline.table(code).map(def -> cells(def, row)).orElse(null));
        for (Submission s : reports) {
            ReportContents.Content c = content.getOrDefault(s.id, ReportContents.Content.EMPTY);
            nodes.get(s.campaign.id).slots
                    .add(Slot.of(s, campaignProgress.displayStatus(s), includeDrafts, c::content, c.computed()));
        }
        for (ConsolidatedReport r : ConsolidatedReport.<ConsolidatedReport> list("campaign.id in ?1", ids)) {
            nodes.get(r.campaign.id).own = r.content();
        }
        for (Node n : nodes.values()) {
            if (n.campaign.parent != null && nodes.containsKey(n.campaign.parent.id)) {
                // a later relay by the same unit replaces an earlier one
                nodes.get(n.campaign.parent.id).relays.put(n.campaign.issuerUnit.id, n);
            }
        }
        // the whole tree on the day: a department issues to districts and communes outside its own subtree
        Hierarchy hierarchy = new Hierarchy(units.allCached(units.effectiveDay(root.issuerUnit, root.referenceDay())));
        for (Node n : nodes.values()) {
            n.slots.sort(Comparator.comparingInt((Slot s) -> hierarchy.order(s.code())).thenComparing(Slot::code));
        }
        return new RollupTree(nodes.get(root.id), hierarchy);
    }

    /**
     * The reports of these campaigns without their content, as detached copies: a national campaign has some 11 000,
     * which as managed entities with their JSON would be read, kept and dirty-checked on every rollup. Content is read
     * by {@link #data} only for what {@link ReportContents} does not hold already.
     */
    private List<Submission> reports(List<Long> campaignIds, Map<Long, Node> nodes) {
        List<Object[]> rows = Submission.getEntityManager()
                .createQuery("select s.id, s.version, s.campaign.id, u.id,"
                        + " u.code, u.name, u.kind, s.status, s.late, s.deadlineOverride, s.submittedAt, s.signerName,"
                        + " s.signerTitle from Submission s join s.unit u where s.campaign.id in :ids", Object[].class)
                .setParameter("ids", campaignIds).getResultList();
        List<Submission> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Submission s = new Submission();
            s.id = (Long) r[0];
            s.version = (Long) r[1];
            s.campaign = nodes.get((Long) r[2]).campaign;
            Unit u = new Unit();
            u.id = (Long) r[3];
            u.code = (String) r[4];
            u.name = (String) r[5];
            u.kind = (UnitKind) r[6];
            s.unit = u;
            s.status = (SubmissionStatus) r[7];
            s.late = (Boolean) r[8];
            s.deadlineOverride = (OffsetDateTime) r[9];
            s.submittedAt = (OffsetDateTime) r[10];
            s.signerName = (String) r[11];
            s.signerTitle = (String) r[12];
            out.add(s);
        }
        return out;
    }

    /** The stored JSON of these reports, by id. */
    private Map<Long, String> data(List<Long> submissionIds) {
        Map<Long, String> out = new HashMap<>();
        for (Object[] r : Submission.getEntityManager()
                .createQuery("select s.id, s.data from Submission s where s.id in :ids", Object[].class)
                .setParameter("ids", submissionIds).getResultList()) {
            out.put((Long) r[0], (String) r[1]);
        }
        return out;
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
        List<Group> groups = unitsAssembler.groups(table, entries, tree.hierarchy, issuerCode, collapse);
        Total grand = table.totalRow() ? unitsAssembler.grandTotal(table, entries) : null;
        Coverage coverage = new Coverage((int) entries.stream().filter(UnitEntry::counted).count(), entries.size());
        return new TableRollup(table.code(), table.title(), table.subtitle(), table.notes(),
                table.rowModel().yamlName(), table.labelHeader(), columns(table), groups, grand, null, coverage);
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
                List<UnitEntry> below = new ArrayList<>();
                collectUnits(relay, table, hierarchy, below);
                below.stream().filter(e -> !covered.contains(e.code())).forEach(out::add);
            }
        }
    }

    private Map<String, Object> cells(TableDef table, RowContent row) {
        return row == null ? Map.of() : engine.computeRow(table, new LinkedHashMap<>(row.cells()));
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
                parts.add(fixedLeaves(table, relay, new int[1]));
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

    // ---- narratives ----

    private List<NarrativeRollup> narratives(OutlineTemplate outline, RollupTree tree) {
        List<NarrativeRollup> out = new ArrayList<>();
        for (Section s : outline.flattenSections()) {
            if (s.kind() != SectionKind.TEXT) {
                continue;
            }
            List<UnitText> texts = new ArrayList<>();
            for (Slot slot : tree.root.slots) {
                String html = slot.content().section(s.code());
                if (slot.counted() && !html.isBlank()) {
                    texts.add(new UnitText(slot.code(), slot.name(), slot.status(), slot.version(), html));
                }
            }
            String own = tree.root.own.section(s.code());
            boolean edited = !own.isBlank();
            String draft = draft(s.heading(), texts);
            out.add(new NarrativeRollup(s.code(), s.heading(), s.depth(), texts, edited ? own : draft, edited, draft));
        }
        return out;
    }

    /** One text synthesised from the units' texts: the starting point of the consolidated text. */
    private String draft(String heading, List<UnitText> texts) {
        return drafter.draft(heading,
                texts.stream().map(t -> new SourceText(t.unitCode(), t.unitName(), t.version(), t.html())).toList())
                .html();
    }

    // ---- completeness ----

    private Completeness completeness(RollupTree tree) {
        List<UnitStatus> unitsStatus = new ArrayList<>();
        Map<String, int[]> byGroup = new LinkedHashMap<>();
        int submitted = 0, onTime = 0, late = 0, missing = 0;
        for (Slot slot : tree.root.slots) {
            Node relay = tree.root.relayOf(slot);
            Coverage child = null;
            if (relay != null) {
                int done = (int) relay.slots.stream().filter(Slot::submitted).count();
                child = new Coverage(done, relay.slots.size());
            }
            unitsStatus.add(new UnitStatus(slot.code(), slot.name(), slot.kind().name(), slot.status(),
                    PortalClock.local(slot.deadline()), PortalClock.local(slot.submittedAt()), slot.late(),
                    slot.lateMinutes(), slot.signerName(), slot.signerTitle(), relay == null ? null : relay.campaign.id,
                    child));
            int[] g = byGroup.computeIfAbsent(slot.kind().label(), k -> new int[5]);
            g[0]++;
            if (slot.submitted()) {
                submitted++;
                g[1]++;
                if (slot.late()) {
                    late++;
                    g[3]++;
                } else {
                    onTime++;
                    g[2]++;
                }
            } else if ("MISSING".equals(slot.status())) {
                missing++;
                g[4]++;
            }
        }
        int expected = tree.root.slots.size();
        List<GroupCompleteness> groups = new ArrayList<>();
        byGroup.forEach((label, g) -> groups.add(new GroupCompleteness(label, g[0], g[1], g[2], g[3], g[4])));
        return new Completeness(expected, submitted, onTime, late, missing, expected - submitted - missing,
                percent(submitted, expected), percent(onTime, expected), percent(late, expected),
                percent(missing, expected), unitsStatus, groups);
    }

    private static int percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(part * 100f / whole);
    }
}
