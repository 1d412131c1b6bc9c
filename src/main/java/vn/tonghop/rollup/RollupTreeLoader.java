package vn.tonghop.rollup;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignProgress;
import vn.tonghop.campaign.CampaignStatus;
import vn.tonghop.campaign.Submission;
import vn.tonghop.campaign.SubmissionStatus;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.rollup.RollupTree.Node;
import vn.tonghop.rollup.RollupTree.Slot;
import vn.tonghop.submission.SubmissionContent.RowContent;
import vn.tonghop.template.TemplateLibrary;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.TableDef;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitKind;
import vn.tonghop.unit.UnitService;

/**
 * Reads a campaign's {@link RollupTree}: walks its relays down level by level, then reads every report of the chain
 * (content through {@link ReportContents}), the issuers' consolidated reports and the unit tree of the day.
 */
@ApplicationScoped
@Transactional
public class RollupTreeLoader {

    @Inject
    CampaignProgress campaignProgress;

    @Inject
    TemplateLibrary templates;

    @Inject
    UnitService units;

    @Inject
    ReportContents contents;

    @Inject
    RollupPieces pieces;

    @Inject
    PortalClock clock;

    /**
     * The root's recipients' reports, and under each recipient that relayed, its relay's subtree: kept by
     * {@link RollupPieces} while nothing in it has changed, else loaded. {@code cells}: a row of a table with its
     * computed columns, kept with the report's parsed tables.
     */
    RollupTree load(Campaign root, boolean includeDrafts, BiFunction<TableDef, RowContent, Map<String, Object>> cells) {
        RollupPieces.States states = pieces.states(root, clock.nowOffset());
        Hierarchy hierarchy = hierarchy(root);
        List<Campaign> children = Campaign.list("parent.id = ?1 and status <> ?2 order by id", root.id,
                CampaignStatus.DRAFT);
        Map<Long, Node> relays = new HashMap<>();
        List<Campaign> toLoad = new ArrayList<>();
        for (Campaign child : children) {
            String fingerprint = states.fingerprints().get(child.id);
            Node kept = fingerprint == null ? null : pieces.get(child.id, includeDrafts, fingerprint);
            if (kept != null) {
                relays.put(child.id, kept);
            } else {
                toLoad.add(child);
            }
        }
        if (!toLoad.isEmpty()) {
            Map<Long, Node> loaded = subtrees(root, toLoad, includeDrafts, cells, hierarchy);
            for (Campaign child : toLoad) {
                Node node = loaded.get(child.id);
                relays.put(child.id, node);
                String fingerprint = states.fingerprints().get(child.id);
                if (states.keepable() && fingerprint != null) {
                    pieces.put(child.id, includeDrafts, fingerprint, node);
                }
            }
        }
        Node top = new Node(root);
        Map<Long, Node> rootOnly = Map.of(root.id, top);
        fill(root, rootOnly, reports(List.of(root.id), rootOnly), includeDrafts, cells);
        for (ConsolidatedReport r : ConsolidatedReport.<ConsolidatedReport> list("campaign.id = ?1", root.id)) {
            top.own = r.content();
        }
        for (Campaign child : children) {
            // a later relay by the same unit replaces an earlier one
            top.relays.put(child.issuerUnit.id, relays.get(child.id));
        }
        sortSlots(top, hierarchy);
        return new RollupTree(top, hierarchy);
    }

    /** These relays of the root with everything under them, linked and in tree order, by campaign id. */
    private Map<Long, Node> subtrees(Campaign root, List<Campaign> tops, boolean includeDrafts,
            BiFunction<TableDef, RowContent, Map<String, Object>> cells, Hierarchy hierarchy) {
        Map<Long, Node> nodes = new LinkedHashMap<>();
        List<Long> level = new ArrayList<>();
        for (Campaign c : tops) {
            nodes.put(c.id, new Node(c));
            level.add(c.id);
        }
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
        fill(root, nodes, reports(ids, nodes), includeDrafts, cells);
        for (ConsolidatedReport r : ConsolidatedReport.<ConsolidatedReport> list("campaign.id in ?1", ids)) {
            nodes.get(r.campaign.id).own = r.content();
        }
        for (Node n : nodes.values()) {
            if (n.campaign.parent != null && nodes.containsKey(n.campaign.parent.id)) {
                // a later relay by the same unit replaces an earlier one
                nodes.get(n.campaign.parent.id).relays.put(n.campaign.issuerUnit.id, n);
            }
            sortSlots(n, hierarchy);
        }
        return nodes;
    }

    /**
     * The root and its recipients' reports only, with each relay's coverage counted in the database: what the
     * narratives and "who has reported" read, when the tables are kept.
     */
    RollupTree loadTop(Campaign root, boolean includeDrafts) {
        Map<Long, Node> nodes = new LinkedHashMap<>();
        nodes.put(root.id, new Node(root));
        List<Campaign> children = Campaign.list("parent.id = ?1 and status <> ?2 order by id", root.id,
                CampaignStatus.DRAFT);
        for (Campaign child : children) {
            nodes.put(child.id, new Node(child));
        }
        fill(root, nodes, reports(List.of(root.id), nodes), includeDrafts, (def, row) -> Map.of());
        for (ConsolidatedReport r : ConsolidatedReport.<ConsolidatedReport> list("campaign.id = ?1", root.id)) {
            nodes.get(r.campaign.id).own = r.content();
        }
        if (!children.isEmpty()) {
            for (Object[] r : Submission.getEntityManager()
                    .createQuery("select s.campaign.id, count(s),"
                            + " sum(case when s.status = :submitted then 1 else 0 end) from Submission s"
                            + " where s.campaign.id in :ids group by s.campaign.id", Object[].class)
                    .setParameter("submitted", SubmissionStatus.SUBMITTED)
                    .setParameter("ids", children.stream().map(c -> c.id).toList()).getResultList()) {
                nodes.get((Long) r[0]).coverage = new RollupView.Coverage(((Number) r[2]).intValue(),
                        ((Number) r[1]).intValue());
            }
        }
        Node top = nodes.get(root.id);
        for (Campaign child : children) {
            top.relays.put(child.issuerUnit.id, nodes.get(child.id));
        }
        Hierarchy hierarchy = hierarchy(root);
        sortSlots(top, hierarchy);
        return new RollupTree(top, hierarchy);
    }

    /** Each report's slot in its node, with its content (whole for the root's recipients, tables for the others). */
    private void fill(Campaign root, Map<Long, Node> nodes, List<Submission> reports, boolean includeDrafts,
            BiFunction<TableDef, RowContent, Map<String, Object>> cells) {
        // only the root's recipients' narratives are shown; the others give their tables
        OutlineTemplate outline = templates.outline(root.template);
        Map<Long, ReportContents.Content> content = contents.of(
                reports.stream().filter(s -> Slot.counts(s, includeDrafts)).toList(),
                s -> s.campaign.id.equals(root.id), this::data,
                (code, row) -> outline.table(code).map(def -> cells.apply(def, row)).orElse(null));
        for (Submission s : reports) {
            ReportContents.Content c = content.getOrDefault(s.id, ReportContents.Content.EMPTY);
            nodes.get(s.campaign.id).slots
                    .add(Slot.of(s, campaignProgress.displayStatus(s), includeDrafts, c::content, c.computed()));
        }
    }

    /** The whole tree on the day: a department issues to districts and communes outside its own subtree. */
    private Hierarchy hierarchy(Campaign root) {
        return new Hierarchy(units.allCached(units.effectiveDay(root.issuerUnit, root.referenceDay())));
    }

    private static void sortSlots(Node n, Hierarchy hierarchy) {
        n.slots.sort(Comparator.comparingInt((Slot s) -> hierarchy.order(s.code())).thenComparing(Slot::code));
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
}
