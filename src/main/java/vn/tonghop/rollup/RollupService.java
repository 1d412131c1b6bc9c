package vn.tonghop.rollup;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignAccess;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.rollup.RollupTree.Slot;
import vn.tonghop.rollup.RollupView.NarrativeRollup;
import vn.tonghop.rollup.RollupView.TableRollup;
import vn.tonghop.rollup.RollupView.UnitText;
import vn.tonghop.rollup.synthesis.DrafterChoice;
import vn.tonghop.rollup.synthesis.SourceText;
import vn.tonghop.template.TemplateLibrary;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.Section;
import vn.tonghop.template.model.SectionKind;
import vn.tonghop.template.model.TableDef;
import vn.tonghop.user.AccessService;
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
    TemplateLibrary templates;

    @Inject
    AccessService access;

    @Inject
    PortalClock clock;

    @Inject
    Messages messages;

    @Inject
    RollupTreeLoader loader;

    @Inject
    RollupCache cache;

    @Inject
    DrafterChoice drafters;

    @Inject
    ObjectMapper json;

    private final RollupTables tables = new RollupTables();

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
        return cache.get(c, options, clock.nowOffset(), kept -> compute(c, options, kept));
    }

    /** The rollup as the API sends it, written once for as long as it is kept. */
    public byte[] rollupJson(long campaignId, Options options) {
        Campaign c = requireReadable(campaignId);
        return cache.json(c, options, clock.nowOffset(), kept -> compute(c, options, kept), new RollupJson(json));
    }

    /**
     * The rollup, around {@code keptTables} when their inputs have not changed (then only the root's recipients are
     * read, for the narratives and who has reported).
     */
    private RollupView compute(Campaign c, Options options, List<TableRollup> keptTables) {
        OutlineTemplate outline = templates.outline(c.template);
        RollupTree tree = keptTables == null ? loader.load(c, options.includeDrafts(), tables::cells)
                : loader.loadTop(c, options.includeDrafts());
        List<TableRollup> rolled = keptTables;
        if (rolled == null) {
            rolled = new ArrayList<>();
            for (TableDef table : outline.tables()) {
                rolled.add(tables.table(table, tree, options.collapse()));
            }
        }
        return new RollupView(c.id, c.title, c.periodLabel, c.issuerUnit.code, c.issuerUnit.name,
                PortalClock.local(c.deadline), c.parent == null ? null : c.parent.id, options.includeDrafts(),
                options.collapse(), rolled, narratives(outline, tree), RollupCompleteness.of(tree));
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
        return drafters.drafter().draft(heading,
                texts.stream().map(t -> new SourceText(t.unitCode(), t.unitName(), t.version(), t.html())).toList())
                .html();
    }
}
